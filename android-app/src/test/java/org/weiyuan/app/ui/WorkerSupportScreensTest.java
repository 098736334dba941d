package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.Intent;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.graphics.Color;
import android.net.Uri;
import android.view.View;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.json.JSONObject;
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
import org.robolectric.shadows.ShadowActivity;
import org.weiyuan.app.R;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/**
 * The worker's help plan (我的帮扶计划) and medical mutual aid (职工医疗互助) against a scripted
 * server checked against the API: the plan with its measures, a plain "no plan yet" on the API's 404,
 * memberships with each claim's status and explanation, and a claim sent with photos of its papers;
 * photographed in Chinese, English, at the largest font and in 长辈版.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class WorkerSupportScreensTest {

    private static final String PLAN_ID = "0b5c3a4e-6f1d-4e55-9a1c-1d2e3f405162";
    private static final String AID_PLAN = "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    private static final String MEMBER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String CLAIM = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";

    private static final String MY_PLAN = "{\"id\":\"" + PLAN_ID + "\",\"goals\":\"半年内实现再就业，稳定家庭收入\","
            + "\"lastReviewedOn\":\"2026-11-02\",\"helperName\":\"刘洋\",\"measures\":["
            + "{\"kind\":\"JOB_PLACEMENT\",\"description\":\"推荐附近的家政岗位\",\"ownerName\":\"刘洋\",\"dueOn\":\"2027-01-31\",\"status\":\"IN_PROGRESS\"},"
            + "{\"kind\":\"LIVING_AID\",\"description\":\"申请临时生活救助\",\"ownerName\":\"周华\",\"dueOn\":\"2026-12-15\",\"status\":\"DONE\","
            + "\"result\":\"已发放 800 元\"}]}";

    private static final String PAID_CLAIM = "{\"id\":\"" + CLAIM + "\",\"planId\":\"" + AID_PLAN + "\",\"memberId\":\"" + MEMBER + "\","
            + "\"kind\":\"INPATIENT\",\"invoiceNo\":\"FP-2026-0815\",\"eventDate\":\"2026-10-08\",\"totalFen\":1200000,"
            + "\"insurancePaidFen\":700000,\"selfPaidFen\":500000,\"computedFen\":240000,\"paidFen\":240000,\"status\":\"PAID\","
            + "\"explanation\":[{\"code\":\"SELF_PAID\",\"fen\":500000,\"zh\":\"个人自付 ¥5,000.00\",\"en\":\"self-paid ¥5,000.00\"},"
            + "{\"code\":\"PAYABLE\",\"fen\":240000,\"zh\":\"按 60% 报销 ¥2,400.00\",\"en\":\"60% reimbursed ¥2,400.00\"}],"
            + "\"documents\":[],\"flags\":[],\"createdAt\":\"2026-10-10T02:00:00Z\"}";

    private static final String NEW_CLAIM = "{\"id\":\"2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d\",\"planId\":\"" + AID_PLAN + "\","
            + "\"memberId\":\"" + MEMBER + "\",\"kind\":\"INPATIENT\",\"invoiceNo\":\"FP-2026-1120\",\"eventDate\":\"2026-11-20\","
            + "\"totalFen\":880050,\"insurancePaidFen\":500000,\"selfPaidFen\":380050,\"computedFen\":0,\"paidFen\":0,"
            + "\"status\":\"SUBMITTED\",\"explanation\":[],\"documents\":[],\"flags\":[],\"createdAt\":\"2026-11-21T02:00:00Z\"}";

    private static String membership(String claims) {
        return "[{\"plan\":{\"id\":\"" + AID_PLAN + "\",\"name\":\"南明区职工医疗互助\",\"planYear\":2026,"
                + "\"createdAt\":\"2026-01-01T00:00:00Z\"},\"member\":{\"id\":\"" + MEMBER + "\",\"planId\":\"" + AID_PLAN + "\","
                + "\"name\":\"王*\",\"tier\":\"HARDSHIP\",\"coverageFrom\":\"2026-02-01\",\"contributedFen\":3000},\"claims\":[" + claims + "]}]";
    }

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean hasPlan = new AtomicBoolean(true);
    private final AtomicBoolean member = new AtomicBoolean(true);
    private final AtomicBoolean claimed = new AtomicBoolean(false);

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, requests, r -> {
            String p = r.getPath();
            if (p.equals("/api/v1/followup/me/plan")) {
                return hasPlan.get() ? new MockResponse().setBody(MY_PLAN)
                        : new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/problem+json")
                        .setBody("{\"type\":\"https://weiyuan.org/problems/not-found\",\"title\":\"没有找到\",\"status\":404}");
            }
            if (p.equals("/api/v1/mutual-aid/me")) {
                return new MockResponse().setBody(!member.get() ? "[]"
                        : membership(claimed.get() ? NEW_CLAIM + "," + PAID_CLAIM : PAID_CLAIM));
            }
            if (p.equals("/api/v1/mutual-aid/claims") && r.getMethod().equals("POST")) {
                claimed.set(true);
                return new MockResponse().setResponseCode(201).setBody(NEW_CLAIM);
            }
            if (p.startsWith("/api/v1/mutual-aid/claims/2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d/documents?kind=")) {
                return new MockResponse().setResponseCode(201).setBody(NEW_CLAIM);
            }
            return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/problem+json")
                    .setBody("{\"type\":\"https://weiyuan.org/problems/not-found\",\"title\":\"没有找到\",\"status\":404}");
        });
        ScreenTests.signIn("wang.fang", "worker");
    }

    @After
    public void stop() throws IOException {
        ScreenTests.stop(server);
    }

    @Test
    public void theWorkerSeesTheirHelpPlanWithEachMeasureAndWhoCarriesItOut() throws Exception {
        HelpPlanActivity a = Robolectric.buildActivity(HelpPlanActivity.class).setup().get();
        LinearLayout measures = a.findViewById(R.id.plan_measures);
        ScreenTests.await(() -> measures.getChildCount() == 2);
        assertThat(((TextView) a.findViewById(R.id.plan_goals)).getText().toString()).isEqualTo("半年内实现再就业，稳定家庭收入");
        assertThat(((TextView) a.findViewById(R.id.plan_helper)).getText().toString()).isEqualTo("帮扶责任人：刘洋");
        assertThat(text(measures.getChildAt(0), R.id.measure_title)).isEqualTo("就业帮扶");
        assertThat(text(measures.getChildAt(0), R.id.measure_status)).isEqualTo("正在办");
        assertThat(text(measures.getChildAt(0), R.id.measure_detail)).isEqualTo("推荐附近的家政岗位\n负责人：刘洋\n计划完成：2027-01-31");
        assertThat(text(measures.getChildAt(1), R.id.measure_detail)).endsWith("结果：已发放 800 元");
        assertThat(a.findViewById(R.id.plan_status).getVisibility()).isEqualTo(View.GONE);
        ScreenTests.screenshot(a, "worker-plan-zh-CN.png");
    }

    @Test
    public void aWorkerWithoutAPlanIsToldSoPlainly() throws Exception {
        hasPlan.set(false);
        HelpPlanActivity a = Robolectric.buildActivity(HelpPlanActivity.class).setup().get();
        TextView status = a.findViewById(R.id.plan_status);
        ScreenTests.awaitText(status, "还没有帮扶计划。工会入户核实后会和您一起制定；有急事请打 12351。");
        assertThat(a.findViewById(R.id.plan_body).getVisibility()).isEqualTo(View.GONE);
        assertThat(a.findViewById(R.id.plan_retry).getVisibility()).as("no plan is an answer, not a failure to retry").isEqualTo(View.GONE);
        ScreenTests.screenshot(a, "worker-plan-none-zh-CN.png");
    }

    @Test
    @Config(qualifiers = "en-w360dp-h640dp-xhdpi")
    public void inEnglishToo() throws Exception {
        hasPlan.set(false);
        HelpPlanActivity none = Robolectric.buildActivity(HelpPlanActivity.class).setup().get();
        ScreenTests.awaitText(none.findViewById(R.id.plan_status),
                "No plan yet. The union makes one with you after its home visit; if it is urgent, call 12351.");
        ScreenTests.screenshot(none, "worker-plan-none-en.png");
        hasPlan.set(true);
        HelpPlanActivity plan = Robolectric.buildActivity(HelpPlanActivity.class).setup().get();
        LinearLayout measures = plan.findViewById(R.id.plan_measures);
        ScreenTests.await(() -> measures.getChildCount() == 2);
        assertThat(text(measures.getChildAt(0), R.id.measure_status)).isEqualTo("Under way");
        ScreenTests.screenshot(plan, "worker-plan-en.png");

        MutualAidActivity aid = Robolectric.buildActivity(MutualAidActivity.class).setup().get();
        LinearLayout memberships = aid.findViewById(R.id.aid_memberships);
        ScreenTests.await(() -> memberships.getChildCount() == 1);
        View claim = ((LinearLayout) memberships.getChildAt(0).findViewById(R.id.membership_claims)).getChildAt(0);
        assertThat(text(claim, R.id.claim_title)).isEqualTo("A hospital stay · 2026-10-08 · cost ¥12,000");
        assertThat(text(claim, R.id.claim_state)).isEqualTo("Paid ¥2,400");
        // the server's explanation in the reader's language
        assertThat(text(claim, R.id.claim_explanation)).isEqualTo("• self-paid ¥5,000.00\n• 60% reimbursed ¥2,400.00");
        ScreenTests.screenshot(aid, "worker-mutual-aid-en.png");
    }

    @Test
    public void theWorkerSeesTheirMembershipAndEachClaimWithItsStatusAndWhy() throws Exception {
        MutualAidActivity a = Robolectric.buildActivity(MutualAidActivity.class).setup().get();
        LinearLayout memberships = a.findViewById(R.id.aid_memberships);
        ScreenTests.await(() -> memberships.getChildCount() == 1);
        View card = memberships.getChildAt(0);
        assertThat(text(card, R.id.membership_plan)).isEqualTo("南明区职工医疗互助（2026 年度）");
        assertThat(text(card, R.id.membership_facts)).isEqualTo("困难职工，2026-02-01 起可以申领");
        View claim = ((LinearLayout) card.findViewById(R.id.membership_claims)).getChildAt(0);
        assertThat(text(claim, R.id.claim_title)).isEqualTo("住院 · 2026-10-08 · 花费 ¥12,000");
        assertThat(text(claim, R.id.claim_state)).isEqualTo("已发放 ¥2,400");
        assertThat(text(claim, R.id.claim_explanation)).isEqualTo("• 个人自付 ¥5,000.00\n• 按 60% 报销 ¥2,400.00");
        assertThat(a.findViewById(R.id.claim_form).getVisibility()).isEqualTo(View.VISIBLE);
        ScreenTests.screenshot(a, "worker-mutual-aid-zh-CN.png");
    }

    @Test
    public void aWorkerWhoIsNoMemberIsToldHowToJoinAndOfferedNoClaimForm() throws Exception {
        member.set(false);
        MutualAidActivity a = Robolectric.buildActivity(MutualAidActivity.class).setup().get();
        ScreenTests.awaitText(a.findViewById(R.id.aid_status), "您还没有参加职工医疗互助。参加请联系所在单位工会。");
        assertThat(a.findViewById(R.id.claim_form).getVisibility()).isEqualTo(View.GONE);
    }

    @Test
    public void aClaimIsSentWithPhotosOfItsPapersAndTheListShowsItWaiting() throws Exception {
        Uri invoice = Uri.parse("content://media/external/images/media/51");
        shadowOf(RuntimeEnvironment.getApplication().getContentResolver()).registerInputStream(invoice, new ByteArrayInputStream(photo()));
        ActivityController<MutualAidActivity> controller = Robolectric.buildActivity(MutualAidActivity.class).setup();
        MutualAidActivity a = controller.get();
        ScreenTests.await(() -> a.findViewById(R.id.claim_form).getVisibility() == View.VISIBLE);
        TextView formStatus = a.findViewById(R.id.claim_form_status);

        // nothing is sent until the form is what the backend takes
        a.findViewById(R.id.claim_submit).performClick();
        assertThat(formStatus.getText().toString()).isEqualTo("请填写发票号码");
        ((EditText) a.findViewById(R.id.claim_invoice)).setText("FP-2026-1120");
        ((EditText) a.findViewById(R.id.claim_date)).setText("2026-11-20");
        ((EditText) a.findViewById(R.id.claim_total)).setText("8800.50");
        ((EditText) a.findViewById(R.id.claim_insurance)).setText("9000");
        a.findViewById(R.id.claim_submit).performClick();
        assertThat(formStatus.getText().toString()).isEqualTo("医保已支付的钱不能比总额多");
        ((EditText) a.findViewById(R.id.claim_insurance)).setText("5000");
        a.findViewById(R.id.claim_submit).performClick();
        assertThat(formStatus.getText().toString()).isEqualTo("请至少拍一张发票或诊断证明");

        a.findViewById(R.id.claim_photo_invoice).performClick();
        ShadowActivity.IntentForResult pick = shadowOf(a).getNextStartedActivityForResult();
        shadowOf(a).receiveResult(pick.intent, Activity.RESULT_OK, new Intent().setData(invoice));
        assertThat(((TextView) a.findViewById(R.id.claim_photo_count)).getText().toString()).isEqualTo("已添加 1 张材料照片");
        assertThat(requests.stream().noneMatch(r -> r.getPath().equals("/api/v1/mutual-aid/claims"))).isTrue();

        a.findViewById(R.id.claim_submit).performClick();
        ScreenTests.awaitText(formStatus, "已提交，工会审核后会通知您");
        JSONObject sent = new JSONObject(find("/api/v1/mutual-aid/claims").getBody().readUtf8());
        assertThat(sent.getString("planId")).isEqualTo(AID_PLAN);
        assertThat(sent.getString("kind")).isEqualTo("INPATIENT");
        assertThat(sent.getLong("totalFen")).isEqualTo(880_050);
        assertThat(sent.getLong("insurancePaidFen")).isEqualTo(500_000);
        assertThat(sent.getLong("selfPaidFen")).isEqualTo(380_050);
        RecordedRequest upload = find("/api/v1/mutual-aid/claims/2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d/documents?kind=INVOICE");
        assertThat(upload.getHeader("Content-Type")).startsWith("image/jpeg");
        assertThat(upload.getBodySize()).isPositive();
        assertThat(((TextView) a.findViewById(R.id.claim_photo_count)).getText().toString()).isEqualTo("还没有添加材料照片");

        // the list is loaded again: the new claim is there, waiting
        ScreenTests.await(() -> claims(a).getChildCount() == 2);
        assertThat(text(claims(a).getChildAt(0), R.id.claim_state)).isEqualTo("已提交，等待工会审核");
    }

    @Test
    public void aPickedPhotoOfAPaperSurvivesARotation() throws Exception {
        Uri diagnosis = Uri.parse("content://media/external/images/media/52");
        shadowOf(RuntimeEnvironment.getApplication().getContentResolver()).registerInputStream(diagnosis, new ByteArrayInputStream(photo()));
        ActivityController<MutualAidActivity> controller = Robolectric.buildActivity(MutualAidActivity.class).setup();
        MutualAidActivity a = controller.get();
        a.findViewById(R.id.claim_photo_diagnosis).performClick();
        ShadowActivity.IntentForResult pick = shadowOf(a).getNextStartedActivityForResult();
        shadowOf(a).receiveResult(pick.intent, Activity.RESULT_OK, new Intent().setData(diagnosis));
        controller.recreate();
        MutualAidActivity again = controller.get();
        assertThat(((TextView) again.findViewById(R.id.claim_photo_count)).getText().toString()).isEqualTo("已添加 1 张材料照片");
    }

    @Test
    public void theScreensAreReadableAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        HelpPlanActivity plan = Robolectric.buildActivity(HelpPlanActivity.class).setup().get();
        LinearLayout measures = plan.findViewById(R.id.plan_measures);
        ScreenTests.await(() -> measures.getChildCount() == 2);
        ScreenTests.readableAtLargestFont(plan, plan.findViewById(R.id.plan_goals), 20);
        ScreenTests.screenshot(plan, "worker-plan-zh-CN-largest-font.png");
        MutualAidActivity aid = Robolectric.buildActivity(MutualAidActivity.class).setup().get();
        LinearLayout memberships = aid.findViewById(R.id.aid_memberships);
        ScreenTests.await(() -> memberships.getChildCount() == 1);
        ScreenTests.readableAtLargestFont(aid, memberships.getChildAt(0).findViewById(R.id.membership_facts), 18);
        ScreenTests.screenshot(aid, "worker-mutual-aid-zh-CN-largest-font.png");
    }

    @Test
    public void inElderModeTheyAreLargeAndHighContrast() throws Exception {
        ElderMode.set(RuntimeEnvironment.getApplication(), true);
        HelpPlanActivity plan = Robolectric.buildActivity(HelpPlanActivity.class).setup().get();
        LinearLayout measures = plan.findViewById(R.id.plan_measures);
        ScreenTests.await(() -> measures.getChildCount() == 2);
        float sp18 = 18 * plan.getResources().getDisplayMetrics().scaledDensity;
        // the rows came after the screen was made: they are enlarged too
        assertThat(((TextView) measures.getChildAt(1).findViewById(R.id.measure_detail)).getTextSize()).isGreaterThanOrEqualTo(sp18 * 1.25f - 0.5f);
        ScreenTests.screenshot(plan, "worker-plan-zh-CN-elder.png");
        MutualAidActivity aid = Robolectric.buildActivity(MutualAidActivity.class).setup().get();
        LinearLayout memberships = aid.findViewById(R.id.aid_memberships);
        ScreenTests.await(() -> memberships.getChildCount() == 1);
        assertThat(aid.findViewById(R.id.claim_submit).getHeight()).isGreaterThanOrEqualTo(ScreenTests.px(aid, ElderMode.MIN_TARGET_DP));
        assertThat(((TextView) aid.findViewById(R.id.claim_explanation)).getTextSize()).isGreaterThanOrEqualTo(sp18 - 0.5f);
        ScreenTests.screenshot(aid, "worker-mutual-aid-zh-CN-elder.png");
    }

    @Test
    public void theWorkersHomeLeadsToBoth() {
        WorkerActivity home = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        home.findViewById(R.id.my_plan).performClick();
        assertThat(shadowOf(home).getNextStartedActivity().getComponent().getClassName()).isEqualTo(HelpPlanActivity.class.getName());
        home.findViewById(R.id.my_mutual_aid).performClick();
        assertThat(shadowOf(home).getNextStartedActivity().getComponent().getClassName()).isEqualTo(MutualAidActivity.class.getName());
    }

    /** The first membership's claims, as the screen shows them now (a reload makes the rows anew). */
    private static LinearLayout claims(Activity a) {
        LinearLayout memberships = a.findViewById(R.id.aid_memberships);
        return memberships.getChildCount() == 0 ? new LinearLayout(a) : memberships.getChildAt(0).findViewById(R.id.membership_claims);
    }

    private RecordedRequest find(String path) {
        return requests.stream().filter(r -> r.getPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no request to " + path));
    }

    static String text(View parent, int id) {
        return ((TextView) parent.findViewById(id)).getText().toString();
    }

    /** A 1600×1200 JPEG, as a phone camera gives (larger than the app sends). */
    static byte[] photo() {
        Bitmap b = Bitmap.createBitmap(1600, 1200, Bitmap.Config.ARGB_8888);
        new Canvas(b).drawColor(Color.rgb(230, 230, 220));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.compress(Bitmap.CompressFormat.JPEG, 90, out);
        return out.toByteArray();
    }
}
