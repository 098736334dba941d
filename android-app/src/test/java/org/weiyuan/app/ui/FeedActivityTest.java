package org.weiyuan.app.ui;

import android.os.Looper;
import android.view.View;
import android.view.ViewGroup;
import android.widget.Spinner;
import android.widget.TextView;

import androidx.recyclerview.widget.RecyclerView;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.weiyuan.app.R;

import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/**
 * The donor feed driven against a scripted server, in Robolectric with real graphics: it shows the
 * cards with their progress, a server error's detail with a retry, and saves screenshots (Chinese,
 * Chinese at the largest font, English) under target/screenshots for a reviewer.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class FeedActivityTest {

    private static final String FEED = "{\"items\":["
            + "{\"id\":\"w1\",\"kind\":\"GOODS\",\"title\":\"冬天的棉被和电暖器\",\"story\":\"老房子漏风\",\"district\":\"南明区\","
            + "\"targetFen\":70000,\"pledgedFen\":35000,\"paidFen\":30000,\"remainingFen\":35000,\"progressPercent\":50,"
            + "\"deadline\":\"2026-12-31\"},"
            + "{\"id\":\"w2\",\"kind\":\"SCHOLARSHIP\",\"title\":\"女儿考上贵州大学的学费\",\"story\":\"金秋助学\",\"district\":\"云岩区\","
            + "\"targetFen\":450000,\"pledgedFen\":405000,\"paidFen\":405000,\"remainingFen\":45000,\"progressPercent\":90,"
            + "\"deadline\":\"2026-12-01\"}],\"nextCursor\":null}";

    private final MockWebServer server = new MockWebServer();
    /** The feed's answers in turn (each test scripts them), or one route for every page. */
    private final Queue<MockResponse> feedAnswers = new ConcurrentLinkedQueue<>();
    private volatile Function<String, MockResponse> feedRoute;
    private final List<String> feedPaths = new CopyOnWriteArrayList<>();

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, null, r -> {
            String p = r.getPath();
            if (p.equals("/api/v1/feed/districts")) {
                return json("[{\"district\":\"南明区\",\"wishes\":12},{\"district\":\"云岩区\",\"wishes\":3}]");
            }
            if (p.startsWith("/api/v1/feed/wishes?")) {
                feedPaths.add(p);
                MockResponse answer = feedRoute != null ? feedRoute.apply(p) : feedAnswers.poll();
                return answer == null ? new MockResponse().setResponseCode(404) : answer;
            }
            return new MockResponse().setResponseCode(404);
        });
    }

    @After
    public void stop() throws IOException {
        ScreenTests.stop(server);
    }

    @Test
    public void showsEachWishWithItsProgressAndSavesScreenshots() throws Exception {
        feedAnswers.add(new MockResponse().setBody(FEED).setHeader("Content-Type", "application/json"));
        FeedActivity activity = open();

        RecyclerView list = activity.findViewById(R.id.list);
        assertThat(list.getAdapter().getItemCount()).isEqualTo(2);
        View first = list.getLayoutManager().findViewByPosition(0);
        assertThat(((TextView) first.findViewById(R.id.title)).getText().toString()).isEqualTo("冬天的棉被和电暖器");
        assertThat(((TextView) first.findViewById(R.id.amounts)).getText().toString()).isEqualTo("已筹 ¥350 / 目标 ¥700");
        assertThat(first.getContentDescription().toString()).isEqualTo("冬天的棉被和电暖器，已筹集 50%");
        assertThat(activity.findViewById(R.id.status).getVisibility()).isEqualTo(View.GONE);
        RecordedRequest asked = server.takeRequest();
        while (!asked.getPath().startsWith("/api/v1/feed/wishes")) {
            asked = server.takeRequest();
        }
        assertThat(asked.getHeader("Accept-Language")).startsWith("zh");
        ScreenTests.screenshot(activity, "feed-zh-CN.png");
    }

    @Test
    @Config(qualifiers = "+en")
    public void speaksEnglishToAnEnglishPhone() throws Exception {
        feedAnswers.add(new MockResponse().setBody(FEED).setHeader("Content-Type", "application/json"));
        FeedActivity activity = open();
        View first = ((RecyclerView) activity.findViewById(R.id.list)).getLayoutManager().findViewByPosition(0);
        assertThat(((TextView) first.findViewById(R.id.amounts)).getText().toString()).isEqualTo("¥350 raised of ¥700");
        ScreenTests.screenshot(activity, "feed-en.png");
    }

    @Test
    public void staysUsableAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        feedAnswers.add(new MockResponse().setBody(FEED).setHeader("Content-Type", "application/json"));
        FeedActivity activity = open();
        TextView title = ((RecyclerView) activity.findViewById(R.id.list)).getLayoutManager().findViewByPosition(0)
                .findViewById(R.id.title);
        // Android 14 scales large text less than linearly: 20sp at 2× is 34dp, not 40dp (×2 px on xhdpi)
        assertThat(title.getTextSize()).as("20sp at the largest font").isGreaterThan(20 * 1.5f * 2f);
        View card = (View) title.getParent();
        assertThat(title.getRight()).as("the title wraps inside its card").isLessThanOrEqualTo(card.getWidth());
        assertThat(title.getLineCount()).as("a long title wraps rather than being cut").isGreaterThan(1);
        ScreenTests.screenshot(activity, "feed-zh-CN-largest-font.png");
    }

    @Test
    public void aServerErrorShowsItsDetailAndARetry() throws Exception {
        feedAnswers.add(new MockResponse().setResponseCode(503).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\"系统维护中，请稍后再试\"}"));
        feedAnswers.add(new MockResponse().setBody(FEED).setHeader("Content-Type", "application/json"));
        FeedActivity activity = open();

        TextView status = activity.findViewById(R.id.status);
        assertThat(status.getText().toString()).isEqualTo("系统维护中，请稍后再试");
        View retry = activity.findViewById(R.id.retry);
        assertThat(retry.getVisibility()).isEqualTo(View.VISIBLE);
        ScreenTests.screenshot(activity, "feed-zh-CN-error.png");

        retry.performClick();
        awaitItems(activity);
        assertThat(((RecyclerView) activity.findViewById(R.id.list)).getAdapter().getItemCount()).isEqualTo(2);
        assertThat(status.getVisibility()).isEqualTo(View.GONE);
    }

    @Test
    public void offlineTheLastFeedSeenStaysWithItsAgeEvenAfterARestart() throws Exception {
        feedAnswers.add(new MockResponse().setBody(FEED).setHeader("Content-Type", "application/json"));
        open().finish();
        server.shutdown(); // the network is gone

        FeedActivity again = open();
        RecyclerView list = again.findViewById(R.id.list);
        assertThat(list.getAdapter().getItemCount()).isEqualTo(2);
        TextView status = again.findViewById(R.id.status);
        assertThat(status.getText().toString()).startsWith("网络不通，显示的是").endsWith("保存的内容；网络恢复后会自动刷新");
        assertThat(again.findViewById(R.id.retry).getVisibility()).isEqualTo(View.VISIBLE);
        ScreenTests.screenshot(again, "feed-zh-CN-offline.png");
    }

    @Test
    public void narrowingByKindDistrictAndOrderAsksTheServerForJustThat() throws Exception {
        feedRoute = path -> path.contains("kind=CASH") ? json("{\"items\":[],\"nextCursor\":null}") : json(FEED);
        FeedActivity activity = open();
        Spinner district = activity.findViewById(R.id.feed_district);
        ScreenTests.await(() -> district.getAdapter().getCount() == 3);
        assertThat(district.getAdapter().getItem(1)).isEqualTo("南明区（12）");

        chip(activity, "金秋助学").performClick();
        ScreenTests.await(() -> feedPaths.size() == 2);
        assertThat(feedPaths.get(1)).contains("kind=SCHOLARSHIP").doesNotContain("district=");
        district.setSelection(1);
        ScreenTests.await(() -> feedPaths.size() == 3);
        assertThat(feedPaths.get(2)).contains("kind=SCHOLARSHIP").contains("district=%E5%8D%97%E6%98%8E%E5%8C%BA");
        ((Spinner) activity.findViewById(R.id.feed_sort)).setSelection(1);
        ScreenTests.await(() -> feedPaths.size() == 4);
        assertThat(feedPaths.get(3)).contains("sort=NEAREST_GOAL").contains("kind=SCHOLARSHIP");
        awaitItems(activity);
        ScreenTests.screenshot(activity, "feed-zh-CN-filtered.png");

        chip(activity, "现金").performClick();
        TextView status = activity.findViewById(R.id.status);
        ScreenTests.await(() -> status.getText().toString().equals("没有符合这些条件的微愿，换个条件看看"));
        assertThat(((RecyclerView) activity.findViewById(R.id.list)).getAdapter().getItemCount())
                .as("nothing of the earlier choice is left on screen").isZero();
    }

    @Test
    public void scrollingNearTheEndFetchesTheNextPageOnce() throws Exception {
        StringBuilder first = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 20; i++) {
            first.append(i == 0 ? "" : ",").append(card("p1-" + i));
        }
        String firstPage = first.append("],\"nextCursor\":\"c2\"}").toString();
        String lastPage = "{\"items\":[" + card("p2-0") + "," + card("p2-1") + "],\"nextCursor\":null}";
        feedRoute = path -> json(path.contains("cursor=c2") ? lastPage : firstPage);
        FeedActivity activity = open();
        RecyclerView list = activity.findViewById(R.id.list);
        assertThat(list.getAdapter().getItemCount()).isEqualTo(20);

        list.scrollToPosition(19);
        ScreenTests.await(() -> list.getAdapter().getItemCount() == 22);
        list.scrollToPosition(21);
        shadowOf(Looper.getMainLooper()).idle();
        assertThat(feedPaths).hasSize(2);
        assertThat(feedPaths.get(1)).contains("cursor=c2");
    }

    private static String card(String id) {
        return "{\"id\":\"" + id + "\",\"kind\":\"GOODS\",\"title\":\"微愿 " + id + "\",\"story\":\"\",\"district\":\"南明区\","
                + "\"targetFen\":10000,\"pledgedFen\":0,\"paidFen\":0,\"remainingFen\":10000,\"progressPercent\":0,"
                + "\"deadline\":\"2026-12-31\"}";
    }

    private static View chip(FeedActivity activity, String label) {
        ViewGroup kinds = activity.findViewById(R.id.feed_kinds);
        for (int i = 0; i < kinds.getChildCount(); i++) {
            if (((TextView) kinds.getChildAt(i)).getText().toString().equals(label)) {
                return kinds.getChildAt(i);
            }
        }
        throw new AssertionError("no chip " + label);
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    private FeedActivity open() throws InterruptedException {
        ActivityController<FeedActivity> c = Robolectric.buildActivity(FeedActivity.class).setup();
        awaitItems(c.get());
        return c.get();
    }

    /** The feed loads on a background thread and posts back: run the main looper until it settles. */
    private void awaitItems(FeedActivity activity) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            shadowOf(Looper.getMainLooper()).idle();
            RecyclerView list = activity.findViewById(R.id.list);
            View status = activity.findViewById(R.id.status);
            boolean loading = status.getVisibility() == View.VISIBLE
                    && ((TextView) status).getText().toString().equals(activity.getString(R.string.feed_loading));
            if (!loading && (list.getAdapter().getItemCount() > 0 || status.getVisibility() == View.VISIBLE)) {
                list.measure(View.MeasureSpec.makeMeasureSpec(list.getWidth(), View.MeasureSpec.EXACTLY),
                        View.MeasureSpec.makeMeasureSpec(list.getHeight(), View.MeasureSpec.EXACTLY));
                list.layout(list.getLeft(), list.getTop(), list.getRight(), list.getBottom());
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the feed never finished loading");
    }

}
