package org.weiyuan.app.ui;

import android.os.Looper;
import android.view.View;
import android.widget.LinearLayout;
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
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.weiyuan.app.R;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/** The donor's "for you", donations and inbox (polled, since push may never come), against a scripted server. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class DonorScreensTest {

    private static final String CARD = "{\"id\":\"%s\",\"kind\":\"GOODS\",\"title\":\"%s\",\"story\":\"\",\"district\":\"南明区\","
            + "\"targetFen\":70000,\"pledgedFen\":35000,\"paidFen\":35000,\"remainingFen\":35000,\"progressPercent\":50,"
            + "\"deadline\":\"2026-12-31\"}";

    /** Stands in for the receipt the backend renders (the backend's own tests check the real PDF). */
    private static final byte[] PDF = "%PDF-1.7\n捐赠收据\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    /** My donations when one is still held (null: the usual two); paying it in the sandbox makes it paid. */
    private volatile String held;

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, requests, r -> {
            String p = r.getPath();
            if (p.equals("/api/v1/feed/districts")) {
                return new MockResponse().setBody("[]"); // the feed's district filter: none (the API has no 404 there)
            }
            if (p.startsWith("/api/v1/feed/wishes?")) {
                return new MockResponse().setBody("{\"items\":[" + String.format(CARD, "w1", "所有人都看到的微愿") + "],\"nextCursor\":null}");
            }
            if (p.startsWith("/api/v1/feed/for-you")) {
                return new MockResponse().setBody("[" + String.format(CARD, "w2", "为您挑选的微愿") + "]");
            }
            if (p.equals("/api/v1/pledges/mine")) {
                return new MockResponse().setBody(held != null ? held : "[{\"id\":\"p1\",\"wishId\":\"w1\",\"wishTitle\":\"冬天的棉被\",\"amountFen\":35000,"
                        + "\"status\":\"PAID\",\"createdAt\":\"2026-11-20T08:00:00Z\"},"
                        + "{\"id\":\"p2\",\"wishId\":\"w2\",\"wishTitle\":\"孩子的书包\",\"amountFen\":1000,\"status\":\"REFUNDED\","
                        + "\"createdAt\":\"2026-10-01T08:00:00Z\"}]");
            }
            if (p.equals("/api/v1/sandbox/checkout/sb-7") && r.getMethod().equals("POST")) {
                held = held.replace("\"HELD\"", "\"PAID\"").replace(",\"payment\":{\"reference\":\"sb-7\"}", "");
                return new MockResponse().setResponseCode(202); // as the backend answers: the gateway notifies later
            }
            if (p.equals("/api/v1/pledges/p1/receipt")) {
                return new MockResponse().setHeader("Content-Type", "application/pdf").setBody(new okio.Buffer().write(PDF));
            }
            if (p.startsWith("/api/v1/inbox?")) {
                return new MockResponse().setBody("{\"items\":[{\"id\":\"n1\",\"kind\":\"THANK_YOU_RECEIVED\",\"title\":\"收到一封感谢信\","
                        + "\"body\":\"“冬天的棉被”的受助家庭给您写了感谢信。\",\"deepLink\":\"weiyuan://wishes/w1\",\"readAt\":null}],"
                        + "\"nextCursor\":null}");
            }
            if (p.equals("/api/v1/inbox/n1/read")) {
                return new MockResponse().setBody("{\"id\":\"n1\",\"readAt\":\"2026-11-22T08:00:00Z\"}");
            }
            return new MockResponse().setResponseCode(404);
        });
        ScreenTests.signIn("zhao.min", "donor");
    }

    @After
    public void stop() throws Exception {
        ScreenTests.stop(server);
        ScreenTests.forgetFileProviderRoots();
    }

    @Test
    public void aDonorSwitchesToTheWishesPickedForThem() throws Exception {
        FeedActivity a = Robolectric.buildActivity(FeedActivity.class).setup().get();
        RecyclerView list = a.findViewById(R.id.list);
        ScreenTests.await(() -> list.getAdapter().getItemCount() == 1);
        assertThat(a.findViewById(R.id.donor_actions).getVisibility()).isEqualTo(View.VISIBLE);
        a.findViewById(R.id.for_you).performClick();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getPath().startsWith("/api/v1/feed/for-you")) && list.getAdapter().getItemCount() == 1
                && title(list).equals("为您挑选的微愿"));
        assertThat(((TextView) a.findViewById(R.id.for_you)).getText().toString()).isEqualTo("全部微愿");
        ScreenTests.screenshot(a, "donor-for-you-zh-CN.png");
    }

    @Test
    public void donationsShowWhatBecameOfEach() throws Exception {
        DonationsActivity a = Robolectric.buildActivity(DonationsActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.donations_list);
        ScreenTests.await(() -> list.getChildCount() == 2);
        assertThat(text(list.getChildAt(0), R.id.donation_wish)).isEqualTo("冬天的棉被");
        assertThat(text(list.getChildAt(0), R.id.donation_facts)).isEqualTo("¥350 · 已到账 · 2026-11-20");
        assertThat(text(list.getChildAt(1), R.id.donation_facts)).isEqualTo("¥10 · 已退款 · 2026-10-01");
        // a receipt only for what was paid
        assertThat(list.getChildAt(0).findViewById(R.id.donation_receipt).getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(list.getChildAt(0).findViewById(R.id.donation_receipt).getContentDescription().toString())
                .isEqualTo("“冬天的棉被”的捐赠收据");
        assertThat(list.getChildAt(1).findViewById(R.id.donation_receipt).getVisibility()).isEqualTo(View.GONE);
        ScreenTests.screenshot(a, "donor-donations-zh-CN.png");

        list.getChildAt(1).findViewById(R.id.donation_wish).performClick();
        android.content.Intent wish = shadowOf(a).getNextStartedActivity();
        assertThat(wish.getComponent().getClassName()).isEqualTo(WishActivity.class.getName());
        assertThat(wish.getStringExtra(WishActivity.EXTRA_ID)).isEqualTo("w2");
    }

    @Test
    public void aHeldPledgeIsPaidFromMyDonationsWithItsOwnReference() throws Exception {
        held = "[{\"id\":\"p7\",\"wishId\":\"w1\",\"wishTitle\":\"冬天的棉被\",\"amountFen\":20000,\"status\":\"HELD\","
                + "\"createdAt\":\"2026-11-28T08:00:00Z\",\"payment\":{\"reference\":\"sb-7\"}}]";
        DonationsActivity a = Robolectric.buildActivity(DonationsActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.donations_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        assertThat(text(list.getChildAt(0), R.id.donation_facts)).isEqualTo("¥200 · 待支付 · 2026-11-28");
        View pay = list.getChildAt(0).findViewById(R.id.donation_pay);
        assertThat(pay.getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(pay.getContentDescription().toString()).isEqualTo("继续支付“冬天的棉被”的认捐");
        assertThat(list.getChildAt(0).findViewById(R.id.donation_receipt).getVisibility()).isEqualTo(View.GONE);
        ScreenTests.screenshot(a, "donor-donations-held-zh-CN.png");

        pay.performClick();
        ScreenTests.await(() -> list.getChildCount() == 1 && text(list.getChildAt(0), R.id.donation_facts).contains("已到账"));
        // paid with the pledge's own reference: no second pledge is made
        assertThat(requests).filteredOn(r -> r.getMethod().equals("POST")).extracting(RecordedRequest::getPath)
                .containsExactly("/api/v1/sandbox/checkout/sb-7");
        assertThat(list.getChildAt(0).findViewById(R.id.donation_pay).getVisibility()).isEqualTo(View.GONE);
        assertThat(list.getChildAt(0).findViewById(R.id.donation_receipt).getVisibility()).isEqualTo(View.VISIBLE);
        ScreenTests.awaitText(a.findViewById(R.id.donations_status), "已支付，到账后这里显示“已到账”");
        ScreenTests.screenshot(a, "donor-donations-held-paid-zh-CN.png");
    }

    @Test
    public void donationsAreReadableAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        DonationsActivity a = Robolectric.buildActivity(DonationsActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.donations_list);
        ScreenTests.await(() -> list.getChildCount() == 2);
        ScreenTests.readableAtLargestFont(a, list.getChildAt(0).findViewById(R.id.donation_facts), 18);
        ScreenTests.screenshot(a, "donor-donations-zh-CN-largest-font.png");
    }

    @Test
    public void aReceiptOpensInThePhonesPdfViewer() throws Exception {
        DonationsActivity a = Robolectric.buildActivity(DonationsActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.donations_list);
        ScreenTests.await(() -> list.getChildCount() == 2);
        list.getChildAt(0).findViewById(R.id.donation_receipt).performClick();
        ScreenTests.await(() -> shadowOf(a).peekNextStartedActivity() != null);
        android.content.Intent view = shadowOf(a).getNextStartedActivity();
        assertThat(view.getAction()).isEqualTo(android.content.Intent.ACTION_VIEW);
        assertThat(view.getType()).isEqualTo("application/pdf");
        assertThat(view.getData().getAuthority()).isEqualTo(DonationsActivity.FILES_AUTHORITY);
        assertThat(view.getFlags() & android.content.Intent.FLAG_GRANT_READ_URI_PERMISSION).isNotZero();
        RecordedRequest asked = requests.stream().filter(r -> r.getPath().equals("/api/v1/pledges/p1/receipt")).findFirst().orElseThrow();
        assertThat(asked.getHeader("Accept")).startsWith("application/pdf");
        assertThat(asked.getHeader("Authorization")).startsWith("Bearer ");
        // the viewer reads exactly the bytes the server sent, through the FileProvider
        try (java.io.InputStream in = a.getContentResolver().openInputStream(view.getData())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    public void aPhoneWithoutAPdfViewerIsToldSo() throws Exception {
        DonationsActivity a = Robolectric.buildActivity(DonationsActivity.class).setup().get();
        shadowOf(a.getApplication()).checkActivities(true); // nothing on this phone handles application/pdf
        LinearLayout list = a.findViewById(R.id.donations_list);
        ScreenTests.await(() -> list.getChildCount() == 2);
        list.getChildAt(0).findViewById(R.id.donation_receipt).performClick();
        TextView status = a.findViewById(R.id.donations_status);
        ScreenTests.await(() -> status.getText().toString().contains("PDF"));
        assertThat(status.getText().toString()).startsWith("收据已下载");
    }

    private static String text(View row, int id) {
        return ((TextView) row.findViewById(id)).getText().toString();
    }

    @Test
    public void theInboxIsReadWithoutPushAndAgainEveryMinute() throws Exception {
        InboxActivity a = Robolectric.buildActivity(InboxActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.inbox_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        TextView title = list.getChildAt(0).findViewById(R.id.notice_title);
        assertThat(title.getText().toString()).isEqualTo("收到一封感谢信");
        assertThat(title.getTypeface().isBold()).isTrue();
        assertThat(list.getChildAt(0).getContentDescription().toString()).startsWith("未读，收到一封感谢信");
        ScreenTests.screenshot(a, "inbox-zh-CN.png");

        list.getChildAt(0).performClick();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getPath().equals("/api/v1/inbox/n1/read")) && !title.getTypeface().isBold());
        android.content.Intent opened = shadowOf(a).getNextStartedActivity();
        assertThat(opened.getComponent().getClassName()).isEqualTo(WishActivity.class.getName());
        assertThat(opened.getStringExtra(WishActivity.EXTRA_ID)).isEqualTo("w1");

        long reads = requests.stream().filter(r -> r.getPath().startsWith("/api/v1/inbox?")).count();
        shadowOf(Looper.getMainLooper()).idleFor(Duration.ofMillis(InboxActivity.POLL_MILLIS));
        ScreenTests.await(() -> requests.stream().filter(r -> r.getPath().startsWith("/api/v1/inbox?")).count() > reads);
    }

    private static String title(RecyclerView list) {
        View first = list.getLayoutManager() == null ? null : list.getLayoutManager().findViewByPosition(0);
        if (first == null) {
            list.measure(View.MeasureSpec.makeMeasureSpec(720, View.MeasureSpec.EXACTLY), View.MeasureSpec.makeMeasureSpec(1280, View.MeasureSpec.EXACTLY));
            list.layout(0, 0, 720, 1280);
            first = list.getLayoutManager().findViewByPosition(0);
        }
        return first == null ? "" : ((TextView) first.findViewById(R.id.title)).getText().toString();
    }

    @Test
    public void theInboxIsReadableAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        InboxActivity a = Robolectric.buildActivity(InboxActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.inbox_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        ScreenTests.readableAtLargestFont(a, list.getChildAt(0).findViewById(R.id.notice_body), 16);
        ScreenTests.screenshot(a, "inbox-zh-CN-largest-font.png");
    }

}
