package org.weiyuan.app.ui;

import android.content.Intent;
import android.view.View;
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
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/** A donor funds a wish end to end (choose the rest, pledge, pay in the sandbox, see it arrive), against a scripted server. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class WishActivityTest {

    private static final String WISH = "{\"id\":\"w1\",\"kind\":\"GOODS\",\"title\":\"冬天的棉被和电暖器\","
            + "\"story\":\"老房子漏风，冬天很冷，想给老人添置过冬物品。\",\"district\":\"南明区\",\"targetFen\":70000,"
            + "\"pledgedFen\":35000,\"paidFen\":30000,\"remainingFen\":35000,\"progressPercent\":50,\"deadline\":\""
            + org.weiyuan.app.core.Dates.plusDays(System.currentTimeMillis(), 12) + "\",\"items\":[{\"name\":\"棉被\",\"quantity\":2,"
            + "\"unitPriceFen\":15000},{\"name\":\"电暖器\",\"quantity\":1,\"unitPriceFen\":40000}],\"photoIds\":[\"ph1\",\"ph2\"],"
            + "\"verified\":true,\"verifiedOn\":\"2026-11-20\",\"donorCount\":7}";

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger statusChecks = new AtomicInteger();
    private final AtomicInteger pledges = new AtomicInteger();
    /** When set, the first pledge waits for it (the phone rotates or its process is killed meanwhile). */
    private volatile java.util.concurrent.CountDownLatch holdFirstPledge;
    private final java.util.concurrent.atomic.AtomicReference<MockResponse> wishThree = new java.util.concurrent.atomic.AtomicReference<>(
            new MockResponse().setResponseCode(503).setHeader("Content-Type", "application/problem+json")
                    .setBody("{\"status\":503,\"title\":\"暂时无法服务\",\"detail\":\"服务暂时不可用，请稍后再试\"}"));
    private volatile MockResponse pledgeAnswer = new MockResponse().setResponseCode(201)
            .setBody("{\"id\":\"p1\",\"wishId\":\"w1\",\"amountFen\":35000,\"status\":\"HELD\",\"payment\":{\"gateway\":\"sandbox\",\"reference\":\"r1\"}}");

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, requests, r -> {
            String path = r.getPath();
            if (path.equals("/api/v1/feed/wishes/w1")) {
                // once paid, the wish's figures include the gift
                return new MockResponse().setBody(statusChecks.get() >= 2 ? WISH.replace("\"pledgedFen\":35000", "\"pledgedFen\":70000")
                        .replace("\"remainingFen\":35000", "\"remainingFen\":0").replace("\"progressPercent\":50", "\"progressPercent\":100")
                        : WISH);
            }
            if (path.equals("/api/v1/feed/wishes/w1/photos/ph1") || path.equals("/api/v1/feed/wishes/w1/photos/ph2")) {
                android.graphics.Bitmap b = android.graphics.Bitmap.createBitmap(64, 48, android.graphics.Bitmap.Config.ARGB_8888);
                b.eraseColor(path.endsWith("ph1") ? 0xFF8D6E63 : 0xFF90A4AE);
                java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
                b.compress(android.graphics.Bitmap.CompressFormat.JPEG, 80, jpeg);
                return new MockResponse().setHeader("Content-Type", "image/jpeg").setBody(new okio.Buffer().write(jpeg.toByteArray()));
            }
            if (path.equals("/api/v1/feed/wishes/w3")) {
                return wishThree.get();
            }
            if (path.equals("/api/v1/feed/wishes/w1/report")) {
                return new MockResponse().setBody("{\"wishId\":\"w1\",\"status\":\"PARTLY_FUNDED\",\"donatedFen\":30000,"
                        + "\"matchedFen\":0,\"disbursedFen\":0,\"returnedFen\":0,\"heldFen\":30000,\"disbursements\":[]}");
            }
            if (path.equals("/api/v1/feed/wishes/w2")) {
                return new MockResponse().setBody(WISH.replace("w1", "w2").replace("\"pledgedFen\":35000", "\"pledgedFen\":70000")
                        .replace("\"remainingFen\":35000", "\"remainingFen\":0").replace("\"progressPercent\":50", "\"progressPercent\":100"));
            }
            if (path.equals("/api/v1/feed/wishes/w2/report")) {
                return new MockResponse().setBody("{\"wishId\":\"w2\",\"status\":\"CLOSED\",\"donatedFen\":60000,"
                        + "\"matchedFen\":10000,\"disbursedFen\":70000,\"returnedFen\":0,\"heldFen\":0,\"disbursements\":[],"
                        + "\"thankYou\":\"棉被和电暖器都收到了，老人冬天不冷了，谢谢大家！\"}");
            }
            if (path.equals("/api/v1/wishes/w1/pledges")) {
                if (pledges.incrementAndGet() == 1 && holdFirstPledge != null) {
                    try {
                        holdFirstPledge.await(10, java.util.concurrent.TimeUnit.SECONDS); // the answer is lost on the way
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return pledgeAnswer;
            }
            if (path.equals("/api/v1/sandbox/checkout/r1")) {
                return new MockResponse().setResponseCode(202);
            }
            if (path.equals("/api/v1/pledges/p1")) {
                // the gateway's notice arrives between the first and the second look
                return new MockResponse().setBody(statusChecks.incrementAndGet() < 2 ? "{\"status\":\"HELD\"}" : "{\"status\":\"PAID\"}");
            }
            return new MockResponse().setResponseCode(404);
        });
    }

    @After
    public void stop() throws IOException {
        ScreenTests.stop(server);
    }

    private static void signInAsDonor() {
        ScreenTests.signIn("zhao.min", "donor");
    }

    private WishActivity open() throws InterruptedException {
        WishActivity a = Robolectric.buildActivity(WishActivity.class,
                new Intent(RuntimeEnvironment.getApplication(), WishActivity.class).putExtra(WishActivity.EXTRA_ID, "w1")).setup().get();
        ScreenTests.await(() -> ((LinearLayout) a.findViewById(R.id.amount_choices)).getChildCount() > 0);
        return a;
    }

    @Test
    public void aFundedWishShowsWhereTheMoneyWentAndTheFamilysThanks() throws Exception {
        WishActivity a = Robolectric.buildActivity(WishActivity.class,
                new Intent(RuntimeEnvironment.getApplication(), WishActivity.class).putExtra(WishActivity.EXTRA_ID, "w2")).setup().get();
        TextView thanks = a.findViewById(R.id.report_thanks);
        ScreenTests.await(() -> thanks.getVisibility() == View.VISIBLE);
        assertThat(thanks.getText().toString()).isEqualTo("受助家庭的感谢信：\n棉被和电暖器都收到了，老人冬天不冷了，谢谢大家！");
        assertThat(((TextView) a.findViewById(R.id.report_money)).getText().toString())
                .isEqualTo("爱心捐款 ¥600 · 企业配捐 ¥100\n已拨付给受助家庭 ¥700 · 已退回 ¥0");
        // a closed wish takes no more pledges
        assertThat(a.findViewById(R.id.pledge_section).getVisibility()).isEqualTo(View.GONE);
        ScreenTests.screenshot(a, "wish-closed-thanks-zh-CN.png");
    }

    @Test
    public void aDonorGivesWhatIsLeftPaysAndSeesItArrive() throws Exception {
        signInAsDonor();
        WishActivity a = open();
        LinearLayout choices = a.findViewById(R.id.amount_choices);
        // ¥10, ¥50, ¥100, then the ¥350 that is left (¥500 is more than the wish needs)
        assertThat(choices.getChildCount()).isEqualTo(4);
        TextView rest = (TextView) choices.getChildAt(3);
        assertThat(rest.getText().toString()).isEqualTo("¥350（完成心愿）");
        // where, how long, what exactly, and a photo the union cleared
        assertThat(((TextView) a.findViewById(R.id.wish_place_and_time)).getText().toString()).isEqualTo("南明区 · 还剩 12 天");
        assertThat(((TextView) a.findViewById(R.id.wish_items_list)).getText().toString())
                .isEqualTo("需要的物品：\n• 棉被 × 2，每件 ¥150\n• 电暖器 × 1，每件 ¥400");
        // every photo the union cleared, each described; the verification mark with the visit's date; how many gave
        LinearLayout photos = a.findViewById(R.id.wish_photos);
        assertThat(a.findViewById(R.id.wish_photos_scroll).getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(photos.getChildCount()).isEqualTo(2);
        assertThat(photos.getChildAt(1).getContentDescription().toString()).isEqualTo("受助家庭拍的第 2 张照片\uff0c共 2 张\uff08经工会审核\uff09");
        assertThat(requests).extracting(RecordedRequest::getPath)
                .contains("/api/v1/feed/wishes/w1/photos/ph1", "/api/v1/feed/wishes/w1/photos/ph2");
        TextView verified = a.findViewById(R.id.wish_verified);
        assertThat(verified.getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(verified.getText().toString()).isEqualTo("✓ 工会已入户核实\uff082026-11-20\uff09");
        assertThat(((TextView) a.findViewById(R.id.wish_donors)).getText().toString()).isEqualTo("已有 7 位爱心人士认捐");
        ScreenTests.screenshot(a, "wish-zh-CN.png");

        rest.performClick();
        TextView pledge = a.findViewById(R.id.pledge);
        assertThat(pledge.getText().toString()).isEqualTo("认捐 ¥350 并支付");
        pledge.performClick();
        TextView status = a.findViewById(R.id.pledge_status);
        ScreenTests.awaitText(status, "¥350 已到账，谢谢您的爱心！");
        ScreenTests.screenshot(a, "wish-zh-CN-paid.png");

        RecordedRequest sent = requests.stream().filter(r -> r.getPath().equals("/api/v1/wishes/w1/pledges")).findFirst().orElseThrow();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getBody().readUtf8()).isEqualTo("{\"amountFen\":35000,\"onExpiry\":\"REFUND\"}");
        assertThat(sent.getHeader("Idempotency-Key")).isNotBlank();
        assertThat(sent.getHeader("Authorization")).startsWith("Bearer eyJ");
        assertThat(requests).extracting(RecordedRequest::getPath).contains("/api/v1/sandbox/checkout/r1");
        assertThat(pledge.isEnabled()).isFalse();
    }

    private static String typed(WishActivity a, String yuan) {
        ((android.widget.EditText) a.findViewById(R.id.pledge_custom_amount)).setText(yuan);
        a.findViewById(R.id.pledge_custom_use).performClick();
        TextView error = a.findViewById(R.id.pledge_custom_error);
        return error.getVisibility() == View.VISIBLE ? error.getText().toString() : null;
    }

    @Test
    public void aDonorGivesAnAmountOfTheirOwnAndHasItMovedToTheFundIfTheWishDoesNotFill() throws Exception {
        signInAsDonor();
        WishActivity a = open();
        TextView pledge = a.findViewById(R.id.pledge);
        assertThat(typed(a, "")).isEqualTo("请填写金额");
        assertThat(typed(a, "1,000")).isEqualTo("请只填写数字\uff0c例如 88 或 88.5");
        assertThat(typed(a, "0")).isEqualTo("金额须大于 0");
        assertThat(typed(a, "12.345")).isEqualTo("金额最多精确到分\uff08两位小数\uff09");
        assertThat(typed(a, "400")).isEqualTo("这个微愿只差 ¥350\uff0c请不要超过这个数");
        assertThat(pledge.isEnabled()).as("nothing chosen yet").isFalse();
        ScreenTests.screenshot(a, "wish-zh-CN-custom-amount-refused.png");

        assertThat(typed(a, "88.8")).isNull();
        assertThat(pledge.getText().toString()).isEqualTo("认捐 ¥88.80 并支付");
        ((android.widget.RadioButton) a.findViewById(R.id.pledge_on_expiry_fund)).performClick();
        ScreenTests.screenshot(a, "wish-zh-CN-custom-amount-to-fund.png");
        pledge.performClick();
        ScreenTests.await(() -> !pledgeRequests().isEmpty());
        assertThat(pledgeRequests().get(0).getBody().readUtf8()).isEqualTo("{\"amountFen\":8880,\"onExpiry\":\"MOVE_TO_GENERAL_FUND\"}");
        assertThat(a.findViewById(R.id.pledge_on_expiry_refund).isEnabled()).as("fixed once sent").isFalse();
    }

    @Test
    @Config(qualifiers = "en-w360dp-h640dp-xhdpi")
    public void theWishPageInEnglishShowsTheMarkTheDonorsAndTheChoices() throws Exception {
        WishActivity a = open();
        assertThat(((TextView) a.findViewById(R.id.wish_verified)).getText().toString()).isEqualTo("✓ Home visit verified by the union (2026-11-20)");
        assertThat(((TextView) a.findViewById(R.id.wish_donors)).getText().toString()).isEqualTo("Donors so far: 7");
        assertThat(typed(a, "400")).isEqualTo("This wish needs only ¥350 more: enter that or less");
        ScreenTests.screenshot(a, "wish-en.png");
    }

    @Test
    public void aWishNoOneHasGivenToAndThatIsNotMarkedSaysSo() throws Exception {
        wishThree.set(new MockResponse().setBody(WISH.replace("w1", "w3").replace("\"verified\":true,\"verifiedOn\":\"2026-11-20\",", "")
                .replace("\"donorCount\":7", "\"donorCount\":0").replace("\"photoIds\":[\"ph1\",\"ph2\"]", "\"photoIds\":[]")));
        WishActivity a = Robolectric.buildActivity(WishActivity.class,
                new Intent(RuntimeEnvironment.getApplication(), WishActivity.class).putExtra(WishActivity.EXTRA_ID, "w3")).setup().get();
        LinearLayout choices = a.findViewById(R.id.amount_choices);
        ScreenTests.await(() -> choices.getChildCount() > 0);
        assertThat(a.findViewById(R.id.wish_verified).getVisibility()).isEqualTo(View.GONE);
        assertThat(a.findViewById(R.id.wish_photos_scroll).getVisibility()).isEqualTo(View.GONE);
        assertThat(((TextView) a.findViewById(R.id.wish_donors)).getText().toString()).isEqualTo("还没有人认捐\uff0c成为第一位爱心人士吧");
    }

    @Test
    public void theWishPageInElderModeHasLargeTargetsForTheNewControls() throws Exception {
        ElderMode.set(RuntimeEnvironment.getApplication(), true);
        WishActivity a = open();
        for (int id : new int[] {R.id.pledge_custom_amount, R.id.pledge_custom_use, R.id.pledge_on_expiry_refund, R.id.pledge_on_expiry_fund}) {
            View v = a.findViewById(id);
            ScreenTests.await(() -> v.getHeight() >= ScreenTests.px(a, ElderMode.MIN_TARGET_DP));
        }
        ScreenTests.screenshot(a, "wish-zh-CN-elder.png");
    }

    @Test
    public void theWishIsSharedWithItsTitleWhatIsLeftAndItsLink() throws Exception {
        WishActivity a = open();
        androidx.appcompat.widget.Toolbar toolbar = a.findViewById(R.id.toolbar);
        android.view.MenuItem share = toolbar.getMenu().findItem(R.id.share_wish);
        assertThat(share.getTitle().toString()).isEqualTo("分享");
        ScreenTests.screenshot(a, "wish-zh-CN-share.png");
        toolbar.getMenu().performIdentifierAction(R.id.share_wish, 0);
        Intent chooser = shadowOf(a).getNextStartedActivity();
        assertThat(chooser.getAction()).isEqualTo(Intent.ACTION_CHOOSER);
        Intent send = chooser.getParcelableExtra(Intent.EXTRA_INTENT);
        assertThat(send.getAction()).isEqualTo(Intent.ACTION_SEND);
        assertThat(send.getType()).isEqualTo("text/plain");
        assertThat(send.getStringExtra(Intent.EXTRA_TEXT)).contains("还差 ¥350").endsWith("weiyuan://wishes/w1");
    }

    private List<RecordedRequest> pledgeRequests() {
        return requests.stream().filter(r -> r.getPath().equals("/api/v1/wishes/w1/pledges")).collect(java.util.stream.Collectors.toList());
    }

    @Test
    public void beforeTheWishIsLoadedOrAfterAnErrorTheButtonIsDisabledLabelledAndThereIsARetry() throws Exception {
        signInAsDonor();
        WishActivity a = Robolectric.buildActivity(WishActivity.class,
                new Intent(RuntimeEnvironment.getApplication(), WishActivity.class).putExtra(WishActivity.EXTRA_ID, "w3")).setup().get();
        TextView pledge = a.findViewById(R.id.pledge);
        // loading: disabled, and it still says what it is; a tap does nothing (it used to crash)
        assertThat(pledge.isEnabled()).isFalse();
        assertThat(pledge.getText().toString()).isEqualTo("认捐");
        pledge.performClick();
        TextView status = a.findViewById(R.id.pledge_status);
        ScreenTests.await(() -> status.getText().toString().equals("服务暂时不可用，请稍后再试"));
        assertThat(pledge.isEnabled()).isFalse();
        assertThat(pledge.getText().toString()).isEqualTo("认捐");
        pledge.performClick();
        View retry = a.findViewById(R.id.wish_retry);
        assertThat(retry.getVisibility()).isEqualTo(View.VISIBLE);
        ScreenTests.screenshot(a, "wish-zh-CN-load-failed.png");

        wishThree.set(new MockResponse().setBody(WISH.replace("w1", "w3")));
        retry.performClick();
        LinearLayout choices = a.findViewById(R.id.amount_choices);
        ScreenTests.await(() -> choices.getChildCount() == 4);
        assertThat(retry.getVisibility()).isEqualTo(View.GONE);
        choices.getChildAt(0).performClick();
        assertThat(pledge.isEnabled()).isTrue();
        assertThat(pledge.getText().toString()).isEqualTo("认捐 ¥10 并支付");
    }

    @Test
    public void aPledgeInFlightSurvivesARotationAndIsSentOnce() throws Exception {
        signInAsDonor();
        holdFirstPledge = new java.util.concurrent.CountDownLatch(1);
        org.robolectric.android.controller.ActivityController<WishActivity> c = Robolectric.buildActivity(WishActivity.class,
                new Intent(RuntimeEnvironment.getApplication(), WishActivity.class).putExtra(WishActivity.EXTRA_ID, "w1")).setup();
        LinearLayout choices = c.get().findViewById(R.id.amount_choices);
        ScreenTests.await(() -> choices.getChildCount() > 0);
        choices.getChildAt(3).performClick();
        c.get().findViewById(R.id.pledge).performClick();
        ScreenTests.await(() -> pledges.get() == 1);

        c.recreate(); // rotation while the pledge is on its way
        holdFirstPledge.countDown();
        WishActivity rotated = c.get();
        TextView status = rotated.findViewById(R.id.pledge_status);
        ScreenTests.awaitText(status, "¥350 已到账，谢谢您的爱心！");
        assertThat(pledgeRequests()).hasSize(1);
        // the page shows the wish's figures after the gift
        TextView amounts = rotated.findViewById(R.id.wish_amounts);
        ScreenTests.await(() -> amounts.getText().toString().equals("已筹 ¥700 / 目标 ¥700"));
    }

    @Test
    public void aPledgeWhoseAnswerWasLostWhenTheProcessDiedIsSentAgainWithTheSameKey() throws Exception {
        signInAsDonor();
        holdFirstPledge = new java.util.concurrent.CountDownLatch(1);
        org.robolectric.android.controller.ActivityController<WishActivity> c = Robolectric.buildActivity(WishActivity.class,
                new Intent(RuntimeEnvironment.getApplication(), WishActivity.class).putExtra(WishActivity.EXTRA_ID, "w1")).setup();
        LinearLayout choices = c.get().findViewById(R.id.amount_choices);
        ScreenTests.await(() -> choices.getChildCount() > 0);
        choices.getChildAt(3).performClick();
        c.get().findViewById(R.id.pledge).performClick();
        ScreenTests.await(() -> pledges.get() == 1);

        // the process is killed: only the saved state survives (the ViewModel and its threads are gone)
        android.os.Bundle saved = new android.os.Bundle();
        c.saveInstanceState(saved).pause().stop().destroy();
        holdFirstPledge.countDown();
        android.os.Parcel parcel = android.os.Parcel.obtain(); // as Android keeps it: marshalled
        saved.writeToParcel(parcel, 0);
        parcel.setDataPosition(0);
        android.os.Bundle restoredState = android.os.Bundle.CREATOR.createFromParcel(parcel);
        parcel.recycle();

        WishActivity restored = Robolectric.buildActivity(WishActivity.class,
                new Intent(RuntimeEnvironment.getApplication(), WishActivity.class).putExtra(WishActivity.EXTRA_ID, "w1")).setup(restoredState).get();
        TextView status = restored.findViewById(R.id.pledge_status);
        ScreenTests.awaitText(status, "¥350 已到账，谢谢您的爱心！");
        List<RecordedRequest> sent = pledgeRequests();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).getHeader("Idempotency-Key")).isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
        assertThat(sent.get(1).getBody().readUtf8()).isEqualTo("{\"amountFen\":35000,\"onExpiry\":\"REFUND\"}");
    }

    @Test
    public void aRefusalShowsTheServersDetailAndTheDonorMayChooseAgain() throws Exception {
        signInAsDonor();
        pledgeAnswer = new MockResponse().setResponseCode(409).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"status\":409,\"detail\":\"这个微愿只差 ¥100 了，请改捐 ¥100 或更少\",\"remainingFen\":10000}");
        WishActivity a = open();
        ((LinearLayout) a.findViewById(R.id.amount_choices)).getChildAt(3).performClick();
        a.findViewById(R.id.pledge).performClick();
        TextView status = a.findViewById(R.id.pledge_status);
        ScreenTests.await(() -> status.getText().toString().startsWith("这个微愿只差"));
        assertThat(a.findViewById(R.id.pledge).isEnabled()).isTrue();
        ScreenTests.screenshot(a, "wish-zh-CN-refused.png");
    }

    @Test
    public void pledgingSignedOutAsksToSignInFirst() throws Exception {
        new SessionStore(RuntimeEnvironment.getApplication()).signOut();
        WishActivity a = open();
        ((LinearLayout) a.findViewById(R.id.amount_choices)).getChildAt(0).performClick();
        a.findViewById(R.id.pledge).performClick();
        Intent next = shadowOf(a).getNextStartedActivity();
        assertThat(next.getComponent().getClassName()).isEqualTo(LoginActivity.class.getName());
        assertThat(requests).extracting(RecordedRequest::getPath).doesNotContain("/api/v1/wishes/w1/pledges");
    }

    @Test
    public void theSignInScreenIsReadableAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        LoginActivity a = Robolectric.buildActivity(LoginActivity.class).setup().get();
        TextView button = a.findViewById(R.id.sign_in);
        assertThat(button.getText().toString()).isEqualTo("用工会账号登录");
        ScreenTests.screenshot(a, "login-zh-CN-largest-font.png");
    }

    @Test
    public void theServerAddressCanBeChangedForTheDemoAndSignsOut() {
        signInAsDonor();
        SettingsActivity a = Robolectric.buildActivity(SettingsActivity.class).setup().get();
        ((android.widget.EditText) a.findViewById(R.id.settings_server)).setText("not a url");
        a.findViewById(R.id.settings_save).performClick();
        assertThat(((TextView) a.findViewById(R.id.settings_status)).getText().toString()).isEqualTo("请填写以 http:// 或 https:// 开头的地址");
        ((android.widget.EditText) a.findViewById(R.id.settings_server)).setText("http://192.168.1.20:8080");
        a.findViewById(R.id.settings_save).performClick();
        SessionStore store = new SessionStore(RuntimeEnvironment.getApplication());
        assertThat(store.server()).isEqualTo("http://192.168.1.20:8080");
        assertThat(store.session().signedIn()).isFalse();
    }

    @Test
    public void theWishIsReadableAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        signInAsDonor();
        WishActivity a = open();
        ScreenTests.readableAtLargestFont(a, a.findViewById(R.id.wish_title), 24);
        ScreenTests.screenshot(a, "wish-zh-CN-largest-font.png");
    }

}
