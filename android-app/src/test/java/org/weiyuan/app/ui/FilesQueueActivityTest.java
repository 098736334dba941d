package org.weiyuan.app.ui;

import android.widget.LinearLayout;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/** Staff approve a household file from their queue, against a scripted server. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class FilesQueueActivityTest {

    private static final String FILES = "{\"items\":[{\"id\":\"h1\",\"headName\":\"王*\",\"district\":\"南明区\",\"category\":\"DIBAO\","
            + "\"severity\":\"EXTREME_HARDSHIP\",\"status\":\"UNDER_VERIFICATION\",\"memberCount\":3,\"perCapitaIncomeFen\":52000}],"
            + "\"nextCursor\":null}";

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean approved = new AtomicBoolean();
    /** While true, an approval never reaches the server (the phone lost its network). */
    private final AtomicBoolean offline = new AtomicBoolean();

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, null, r -> {
            if (offline.get() && r.getMethod().equals("POST")) {
                return new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST);
            }
            requests.add(r);
            if (r.getPath().startsWith("/api/v1/households?status=UNDER_VERIFICATION")) {
                return new MockResponse().setBody(approved.get() ? "{\"items\":[],\"nextCursor\":null}" : FILES);
            }
            if (r.getPath().equals("/api/v1/disbursements/pending")) {
                return new MockResponse().setBody("[{\"disbursement\":{\"id\":\"d1\",\"amountFen\":80000,\"reference\":\"转账 001\"},"
                        + "\"wishTitle\":\"孩子的医药费\",\"mine\":true},"
                        + "{\"disbursement\":{\"id\":\"d2\",\"amountFen\":120000,\"reference\":\"转账 002\"},"
                        + "\"wishTitle\":\"女儿的学费\",\"mine\":false}]");
            }
            if (r.getPath().equals("/api/v1/disbursements/d2/approve")) {
                return new MockResponse().setBody("{\"id\":\"d2\",\"status\":\"APPROVED\"}");
            }
            if (r.getPath().startsWith("/api/v1/wishes?status=SUBMITTED")) {
                return new MockResponse().setBody("[{\"id\":\"w5\",\"kind\":\"GOODS\",\"status\":\"SUBMITTED\",\"title\":\"轮椅一台\",\"district\":\"南明区\",\"targetFen\":120000}]");
            }
            if (r.getPath().equals("/api/v1/wishes/w5/publish")) {
                return new MockResponse().setBody("{\"id\":\"w5\",\"status\":\"PUBLISHED\"}");
            }
            if (r.getPath().equals("/api/v1/households/h1/approve") && r.getMethod().equals("POST")) {
                approved.set(true);
                return new MockResponse().setBody("{\"id\":\"h1\",\"status\":\"APPROVED\"}");
            }
            return new MockResponse().setResponseCode(404);
        });
        ScreenTests.signIn("zhou.hua", "staff");
    }

    @After
    public void stop() throws IOException {
        ScreenTests.stop(server);
    }

    @Test
    public void staffApproveAFileAndTheQueueEmpties() throws Exception {
        FilesQueueActivity a = Robolectric.buildActivity(FilesQueueActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.queue_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        assertThat(((TextView) list.getChildAt(0).findViewById(R.id.file_name)).getText().toString()).isEqualTo("王* · 南明区");
        assertThat(((TextView) list.getChildAt(0).findViewById(R.id.file_facts)).getText().toString())
                .isEqualTo("3 口人，人均月收入 ¥520 · 低保户 · 特困");
        ScreenTests.screenshot(a, "staff-queue-zh-CN.png");

        list.getChildAt(0).findViewById(R.id.file_approve).performClick();
        ScreenTests.await(() -> true);
        assertThat(requests).extracting(RecordedRequest::getPath).noneMatch(p -> p.endsWith("/approve")); // asked first
        assertThat(dialogTitle()).as("the decision's name, with the full-width colon beside Chinese").isEqualTo("审核通过：王*");
        ScreenTests.screenshot(a, "staff-queue-zh-CN-confirm.png");
        confirm();
        TextView status = a.findViewById(R.id.queue_status);
        ScreenTests.await(() -> list.getChildCount() == 0 && status.getText().toString().equals("这里没有待处理的事项"));
        RecordedRequest approve = requests.stream().filter(r -> r.getPath().endsWith("/approve")).findFirst().orElseThrow();
        assertThat(approve.getHeader("Authorization")).startsWith("Bearer eyJ");
        assertThat(approve.getHeader("Accept-Language")).startsWith("zh");
    }

    @Test
    public void anApprovalMadeOfflineIsKeptAndSentOnceWhenTheNetworkReturns() throws Exception {
        FilesQueueActivity a = Robolectric.buildActivity(FilesQueueActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.queue_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        offline.set(true);
        list.getChildAt(0).findViewById(R.id.file_approve).performClick();
        confirm();
        TextView status = a.findViewById(R.id.queue_status);
        ScreenTests.await(() -> status.getText().toString().equals("网络不通，已保存在手机上；网络恢复后会自动发送\n1 项待发送"));
        assertThat(requests.stream().filter(r -> r.getPath().endsWith("/approve"))).isEmpty();
        ScreenTests.screenshot(a, "staff-queue-zh-CN-offline-action.png");

        offline.set(false);
        android.net.ConnectivityManager cm = a.getSystemService(android.net.ConnectivityManager.class);
        for (android.net.ConnectivityManager.NetworkCallback callback : shadowOf(cm).getNetworkCallbacks()) {
            callback.onAvailable(org.robolectric.shadows.ShadowNetwork.newInstance(1));
        }
        ScreenTests.await(() -> "网络已恢复，之前保存的 1 项已发送".equals(org.robolectric.shadows.ShadowToast.getTextOfLatestToast())
                && list.getChildCount() == 0);
        assertThat(requests.stream().filter(r -> r.getPath().equals("/api/v1/households/h1/approve"))).hasSize(1);
        // a screen opened later finds nothing left to send
        Robolectric.buildActivity(FilesQueueActivity.class).setup();
        ScreenTests.await(() -> true);
        assertThat(requests.stream().filter(r -> r.getPath().equals("/api/v1/households/h1/approve"))).hasSize(1);
    }

    @Test
    public void aSecondApproverApprovesWhatAnotherRecordedButNotTheirOwn() throws Exception {
        FilesQueueActivity a = Robolectric.buildActivity(FilesQueueActivity.class).setup().get();
        a.findViewById(R.id.queue_disbursements).performClick();
        LinearLayout list = a.findViewById(R.id.queue_list);
        ScreenTests.await(() -> list.getChildCount() == 2);
        TextView own = list.getChildAt(0).findViewById(R.id.file_approve);
        assertThat(own.isEnabled()).isFalse();
        assertThat(own.getText().toString()).isEqualTo("复核通过");
        assertThat(((TextView) list.getChildAt(0).findViewById(R.id.file_facts)).getText().toString())
                .isEqualTo("拨付 ¥800 · 转账 001\n您登记的拨付须由另一位工会干部复核");
        assertThat(((TextView) list.getChildAt(1).findViewById(R.id.file_facts)).getText().toString()).isEqualTo("拨付 ¥1,200 · 转账 002");
        ScreenTests.screenshot(a, "staff-second-approval-zh-CN.png");
        list.getChildAt(1).findViewById(R.id.file_approve).performClick();
        confirm();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getPath().equals("/api/v1/disbursements/d2/approve")));
        assertThat(requests).extracting(RecordedRequest::getPath).doesNotContain("/api/v1/disbursements/d1/approve");
    }

    @Test
    public void aLinkToAWishInVettingOpensTheWholeWishForStaffAndTheQueueLinksToItToo() throws Exception {
        android.content.Intent link = new android.content.Intent(android.content.Intent.ACTION_VIEW,
                android.net.Uri.parse("weiyuan://wishes/w5"), RuntimeEnvironment.getApplication(), HomeActivity.class);
        HomeActivity home = Robolectric.buildActivity(HomeActivity.class, link).setup().get();
        android.content.Intent next = shadowOf(home).getNextStartedActivity();
        assertThat(next.getComponent().getClassName()).isEqualTo(WishReviewActivity.class.getName());
        assertThat(next.getStringExtra(WishReviewActivity.EXTRA_ID)).isEqualTo("w5");
        FilesQueueActivity a = Robolectric.buildActivity(FilesQueueActivity.class).setup().get();
        a.findViewById(R.id.queue_wishes).performClick();
        LinearLayout list = a.findViewById(R.id.queue_list);
        ScreenTests.await(() -> list.getChildCount() == 1 && ((TextView) list.getChildAt(0).findViewById(R.id.file_name)).getText().toString()
                .equals("轮椅一台"));
        TextView open = list.getChildAt(0).findViewById(R.id.file_open);
        assertThat(open.getText().toString()).isEqualTo("查看完整微愿");
        open.performClick();
        android.content.Intent full = shadowOf(a).getNextStartedActivity();
        assertThat(full.getComponent().getClassName()).isEqualTo(WishReviewActivity.class.getName());
        assertThat(full.getStringExtra(WishReviewActivity.EXTRA_ID)).isEqualTo("w5");
    }

    @Test
    public void staffPublishAWishFromTheVettingQueue() throws Exception {
        FilesQueueActivity a = Robolectric.buildActivity(FilesQueueActivity.class).setup().get();
        a.findViewById(R.id.queue_wishes).performClick();
        LinearLayout list = a.findViewById(R.id.queue_list);
        ScreenTests.await(() -> list.getChildCount() == 1 && ((TextView) list.getChildAt(0).findViewById(R.id.file_name)).getText().toString()
                .equals("轮椅一台"));
        list.getChildAt(0).findViewById(R.id.file_approve).performClick();
        confirm();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getPath().equals("/api/v1/wishes/w5/publish")));
    }

    @Test
    public void theQueueIsReadableAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        FilesQueueActivity a = Robolectric.buildActivity(FilesQueueActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.queue_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        ScreenTests.readableAtLargestFont(a, list.getChildAt(0).findViewById(R.id.file_facts), 16);
        ScreenTests.screenshot(a, "staff-queue-zh-CN-largest-font.png");
    }


    @Test
    @Config(qualifiers = "en-w360dp-h640dp-xhdpi")
    public void inEnglishTheDecisionIsNamedWithAnEnglishColon() throws Exception {
        FilesQueueActivity a = Robolectric.buildActivity(FilesQueueActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.queue_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        list.getChildAt(0).findViewById(R.id.file_approve).performClick();
        ScreenTests.await(() -> true);
        assertThat(dialogTitle()).isEqualTo("Approve: 王*");
    }

    /** The title of the confirmation shown last. */
    static String dialogTitle() {
        androidx.appcompat.app.AlertDialog dialog = (androidx.appcompat.app.AlertDialog) org.robolectric.shadows.ShadowDialog.getLatestDialog();
        return ((TextView) dialog.findViewById(androidx.appcompat.R.id.alertTitle)).getText().toString();
    }

    /** Says yes in the confirmation staff are asked before a decision. */
    private static void confirm() {
        shadowOf(android.os.Looper.getMainLooper()).idle();
        androidx.appcompat.app.AlertDialog dialog = (androidx.appcompat.app.AlertDialog) org.robolectric.shadows.ShadowDialog.getLatestDialog();
        assertThat(dialog.isShowing()).isTrue();
        dialog.getButton(android.content.DialogInterface.BUTTON_POSITIVE).performClick();
        shadowOf(android.os.Looper.getMainLooper()).idle();
    }
}
