package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.Intent;
import android.view.View;
import android.widget.TextView;

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A loading indicator and a retry on every list (issue 17): the jobs, the service menu, my donations,
 * the inbox and the staff queue each say "正在加载…" while the list comes; when the server cannot answer
 * (503) they show its detail and a 重试 button, and the retry loads the list.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class ListRetryTest {

    private static final String OUTAGE = "系统维护中，请稍后再试";

    private final MockWebServer server = new MockWebServer();
    /** Each list's path, and how often it was asked for: the first time is held, then refused (503); then it answers. */
    private final Map<String, Integer> asked = new ConcurrentHashMap<>();
    private final CountDownLatch shownLoading = new CountDownLatch(1);

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, null, this::answer);
    }

    @After
    public void stop() throws IOException {
        shownLoading.countDown();
        ScreenTests.stop(server);
    }

    private MockResponse answer(RecordedRequest r) {
        String path = r.getPath();
        String empty = path.startsWith("/api/v1/inbox?") || path.startsWith("/api/v1/households?")
                ? "{\"items\":[],\"nextCursor\":null}" : "[]";
        if (!path.startsWith("/api/v1/jobs/matches") && !path.startsWith("/api/v1/services/menu") && !path.equals("/api/v1/pledges/mine")
                && !path.startsWith("/api/v1/inbox?") && !path.startsWith("/api/v1/households?")) {
            return new MockResponse().setResponseCode(503);
        }
        if (asked.merge(path, 1, Integer::sum) == 1) {
            try {
                shownLoading.await(10, TimeUnit.SECONDS); // the screen says it is loading meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new MockResponse().setResponseCode(503).setHeader("Content-Type", "application/problem+json")
                    .setBody("{\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\"" + OUTAGE + "\"}");
        }
        return new MockResponse().setBody(empty);
    }

    @Test
    public void theJobsSayTheyAreLoadingAndARetryFollowsAFailure() throws Exception {
        ScreenTests.signIn("wang.fang", "worker");
        check(JobsActivity.class, R.id.jobs_status, "暂时没有合适的岗位，有新岗位会通知您", "jobs");
    }

    @Test
    public void theServiceMenuToo() throws Exception {
        ScreenTests.signIn("wang.fang", "worker");
        check(ServicesActivity.class, R.id.services_status, "暂时没有可预约的服务", "services");
    }

    @Test
    public void myDonationsToo() throws Exception {
        ScreenTests.signIn("zhao.min", "donor");
        check(DonationsActivity.class, R.id.donations_status, "还没有捐赠记录", "donations");
    }

    @Test
    public void theInboxToo() throws Exception {
        ScreenTests.signIn("zhao.min", "donor");
        check(InboxActivity.class, R.id.inbox_status, "还没有消息", "inbox");
    }

    @Test
    public void theStaffQueueToo() throws Exception {
        ScreenTests.signIn("zhou.hua", "staff");
        check(FilesQueueActivity.class, R.id.queue_status, "这里没有待处理的事项", "queue");
    }

    private void check(Class<? extends Activity> screen, int statusId, String empty, String name) throws Exception {
        Activity a = Robolectric.buildActivity(screen, new Intent(RuntimeEnvironment.getApplication(), screen)).setup().get();
        TextView status = a.findViewById(statusId);
        ScreenTests.awaitText(status, "正在加载…");
        assertThat(status.isShown()).isTrue();
        shownLoading.countDown();

        ScreenTests.awaitText(status, OUTAGE);
        View retry = a.findViewById(R.id.list_retry);
        assertThat(retry).as("a retry under the status line").isNotNull();
        ScreenTests.await(retry::isShown);
        assertThat(((TextView) retry).getText().toString()).isEqualTo("重试");
        ScreenTests.screenshot(a, "list-retry-" + name + "-zh-CN.png");

        retry.performClick();
        ScreenTests.awaitText(status, empty);
        assertThat(retry.getVisibility()).as("no retry once the list came").isEqualTo(View.GONE);
        assertThat(asked.values()).containsExactly(2);
    }
}
