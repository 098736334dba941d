package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.Intent;
import android.net.Uri;
import android.view.View;
import android.view.ViewGroup;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.Spinner;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/**
 * The worker's own journeys against a scripted server checked against the API: filing the household on
 * the plain form (the app's own checks and the server's field errors shown at the field, the draft kept
 * across a rotation, the save queued on a 503), answering staff's request for a document with a photo,
 * and 我的申请与预约 (the scholarship request with what is missing and the money, job applications and
 * service bookings with the next step, withdrawing one); photographed in Chinese, English, at the
 * largest font and in 长辈版.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class WorkerJourneysTest {

    private static final String FILE = "3c2b1a09-8f7e-4d6c-9b5a-4a3b2c1d0e9f";
    private static final String QUESTION = "6e5d4c3b-2a19-4f8e-8d7c-6b5a49382716";
    private static final String UNIT = "b91dddd9-1389-4372-a341-738c837a7935";
    private static final String SCHOLARSHIP = "5f4e3d2c-1b0a-4998-8776-655443322110";
    private static final String APPLICATION = "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d";
    private static final String ORDER = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private static final String NOT_FOUND = "{\"type\":\"https://weiyuan.org/problems/not-found\",\"title\":\"没有找到\",\"status\":404}";

    private static final String UNITS = "[{\"id\":\"5b4c8012-ede7-4d0c-bfb8-8309fadb8908\",\"name\":\"南明区总工会\",\"level\":\"DISTRICT\"},"
            + "{\"id\":\"" + UNIT + "\",\"name\":\"南明区花果园社区工会联合会\",\"level\":\"GRASSROOTS\"},"
            + "{\"id\":\"89be9c1c-8eb5-440f-96f4-488157241955\",\"name\":\"贵阳公交集团南明分公司工会\",\"level\":\"GRASSROOTS\"}]";

    private static String household(String status, String questions) {
        return "{\"id\":\"" + FILE + "\",\"status\":\"" + status + "\",\"unitId\":\"" + UNIT + "\",\"headName\":\"李强\","
                + "\"idNumber\":\"520102197805061234\",\"phone\":\"13800001111\",\"district\":\"南明区\",\"housing\":\"RENTED\","
                + "\"otherMonthlyIncomeFen\":0,\"causes\":[\"ILLNESS\"],\"masked\":false,\"members\":[{\"id\":\"" + UNIT + "\","
                + "\"relation\":\"SELF\",\"name\":\"李强\",\"birthYear\":1978,\"schooling\":\"GRADUATED\",\"healthStatus\":\"CHRONIC_ILLNESS\","
                + "\"workStatus\":\"FLEXIBLE\",\"monthlyIncomeFen\":180000}],\"questions\":[" + questions + "]}";
    }

    private static final String SCHOLARSHIP_WISH = "{\"id\":\"" + SCHOLARSHIP + "\",\"kind\":\"SCHOLARSHIP\",\"title\":\"金秋助学：贵州大学\","
            + "\"status\":\"PARTLY_FUNDED\",\"schoolName\":\"贵州大学\",\"targetFen\":500000,\"pledgedFen\":200000,\"paidFen\":0,"
            + "\"photos\":[],\"questions\":[{\"id\":\"" + QUESTION + "\",\"question\":\"请补一张录取通知书的照片\"}]}";
    private static final String GOODS_WISH = "{\"id\":\"0f1e2d3c-4b5a-4697-8877-665544332211\",\"kind\":\"GOODS\",\"title\":\"冬天的棉被\","
            + "\"status\":\"PUBLISHED\",\"targetFen\":30000,\"pledgedFen\":0}";
    private static final String APPLICATIONS = "[{\"id\":\"" + APPLICATION + "\",\"listingTitle\":\"小区保洁员\",\"status\":\"INTERVIEW\","
            + "\"note\":\"周三上午 9 点到物业办公室\",\"appliedByStaff\":false,\"createdAt\":\"2026-11-20T02:00:00Z\"},"
            + "{\"id\":\"2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182\",\"listingTitle\":\"超市理货员\",\"status\":\"NOT_HIRED\",\"appliedByStaff\":true}]";
    private static final String ORDERS = "[{\"id\":\"" + ORDER + "\",\"category\":\"LEGAL_AID\",\"district\":\"南明区\",\"status\":\"BOOKED\","
            + "\"listPriceFen\":20000,\"discountFen\":20000,\"payFen\":0,\"bookedAt\":\"2026-11-25T02:00:00Z\"},"
            + "{\"id\":\"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a\",\"category\":\"COUNSELLING\",\"district\":\"南明区\",\"status\":\"WAITING\"}]";

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    /** What GET /households/mine answers: null for "no file yet" (404). */
    private final AtomicReference<String> mine = new AtomicReference<>();
    /** How the next saves of the file are answered: 422 with a field, 503, or taken. */
    private final AtomicReference<String> saveAnswer = new AtomicReference<>("taken");
    private final AtomicInteger saves = new AtomicInteger();

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, requests, r -> {
            String p = r.getPath();
            if (p.equals("/api/v1/households/mine")) {
                return mine.get() == null ? problem(404, NOT_FOUND) : json(200, mine.get());
            }
            if (p.equals("/api/v1/units")) {
                return json(200, UNITS);
            }
            if (p.equals("/api/v1/households") && r.getMethod().equals("POST") || p.equals("/api/v1/households/" + FILE)
                    && r.getMethod().equals("PUT")) {
                saves.incrementAndGet();
                if (saveAnswer.get().equals("422")) {
                    return problem(422, "{\"type\":\"https://weiyuan.org/problems/validation\",\"title\":\"请求有误\",\"status\":422,"
                            + "\"detail\":\"身份证号码有误\",\"errors\":[{\"field\":\"idNumber\",\"message\":\"身份证号码的校验位不对，请核对\"}]}");
                }
                if (saveAnswer.get().equals("503")) {
                    return problem(503, "{\"type\":\"about:blank\",\"title\":\"服务暂时不可用\",\"status\":503}");
                }
                return json(r.getMethod().equals("POST") ? 201 : 200, household("DRAFT", ""));
            }
            if (p.equals("/api/v1/households/" + FILE + "/questions/" + QUESTION + "/document")) {
                return json(201, "{\"id\":\"7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d\",\"householdId\":\"" + FILE + "\",\"kind\":\"INCOME_PROOF\","
                        + "\"questionId\":\"" + QUESTION + "\",\"contentType\":\"image/jpeg\",\"sizeBytes\":20480}");
            }
            if (p.equals("/api/v1/wishes/mine")) {
                return json(200, "[" + SCHOLARSHIP_WISH + "," + GOODS_WISH + "]");
            }
            if (p.equals("/api/v1/wishes/" + SCHOLARSHIP)) {
                return json(200, SCHOLARSHIP_WISH);
            }
            if (p.equals("/api/v1/jobs/applications")) {
                return json(200, APPLICATIONS);
            }
            if (p.equals("/api/v1/services/orders")) {
                return json(200, ORDERS);
            }
            if (p.equals("/api/v1/jobs/applications/" + APPLICATION + "/status")) {
                return json(200, "{\"id\":\"" + APPLICATION + "\",\"listingTitle\":\"小区保洁员\",\"status\":\"WITHDRAWN\"}");
            }
            if (p.equals("/api/v1/inbox?limit=50")) {
                return json(200, "{\"items\":[]}");
            }
            return problem(404, NOT_FOUND);
        });
        ScreenTests.signIn("li.qiang", "worker");
    }

    @After
    public void stop() throws IOException {
        ScreenTests.stop(server);
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static MockResponse problem(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/problem+json").setBody(body);
    }

    // ---- filing the household -----------------------------------------------------------

    @Test
    public void aWorkerWithoutAFileIsOfferedTheFormFromTheirHome() throws Exception {
        WorkerActivity home = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        TextView edit = home.findViewById(R.id.household_edit);
        ScreenTests.await(() -> edit.getVisibility() == View.VISIBLE);
        assertThat(edit.getText().toString()).isEqualTo("填写家庭档案");
        assertThat(home.findViewById(R.id.household_submit).getVisibility()).isEqualTo(View.GONE);
        edit.performClick();
        assertThat(shadowOf(home).getNextStartedActivity().getComponent().getClassName()).isEqualTo(HouseholdFormActivity.class.getName());
    }

    @Test
    public void aDraftIsSentForReviewFromTheHome() throws Exception {
        mine.set(household("DRAFT", ""));
        WorkerActivity home = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        View submit = home.findViewById(R.id.household_submit);
        ScreenTests.await(() -> submit.getVisibility() == View.VISIBLE);
        assertThat(((TextView) home.findViewById(R.id.household_edit)).getText().toString()).isEqualTo("修改家庭档案");
        submit.performClick();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getPath().equals("/api/v1/households/" + FILE + "/submit")));
        assertThat(find("/api/v1/households/" + FILE + "/submit").getHeader("Idempotency-Key")).isNotBlank();
    }

    @Test
    public void theFormSaysWhatIsMissingAtEachFieldAndSendsWhatTheBackendTakes() throws Exception {
        HouseholdFormActivity a = Robolectric.buildActivity(HouseholdFormActivity.class).setup().get();
        ScreenTests.await(() -> a.findViewById(R.id.hh_form).getVisibility() == View.VISIBLE);
        a.findViewById(R.id.hh_save).performClick();
        TextView status = a.findViewById(R.id.hh_save_status);
        // name, ID number, unit, district, a cause, and the first member's name and year of birth
        assertThat(status.getText().toString()).isEqualTo("有 7 处需要改一下，请看红字。");
        assertThat(errorUnder(field(a, "户主姓名 *"))).isEqualTo("这一项必须填");
        assertThat(errorUnder(field(a, "出生年份 *（例如：1978）"))).isEqualTo("这一项必须填");
        assertThat(saves.get()).as("nothing is sent until the form is what the backend takes").isZero();
        ScreenTests.await(() -> a.findViewById(R.id.hh_scroll).getScrollY() > 0); // laid out, scrolled to the first field to change
        headingSeenWholeBelowTheToolbar(a, "户主（一般是您本人）", field(a, "户主姓名 *"));
        ScreenTests.screenshot(a, "worker-household-form-errors-zh-CN.png");

        fillIn(a);
        ((EditText) field(a, "出生年份 *（例如：1978）")).setText("78");
        a.findViewById(R.id.hh_save).performClick();
        assertThat(errorUnder(field(a, "出生年份 *（例如：1978）"))).isEqualTo("请写 4 位的出生年份，例如 1978");
        ((EditText) field(a, "出生年份 *（例如：1978）")).setText("1978");

        // the server's own check, at its field
        saveAnswer.set("422");
        a.findViewById(R.id.hh_save).performClick();
        ScreenTests.await(() -> status.getText().toString().startsWith("有 1 处"));
        assertThat(errorUnder(field(a, "身份证号码 *（18 位）"))).isEqualTo("身份证号码的校验位不对，请核对");
        assertThat(status.getText().toString()).isEqualTo("有 1 处需要改一下，请看红字。\n身份证号码有误");

        saveAnswer.set("taken");
        a.findViewById(R.id.hh_save).performClick();
        ScreenTests.awaitText(status, "档案已保存。确认无误后，请在首页点“交给工会审核”。");
        RecordedRequest sent = requests.stream().filter(r -> r.getPath().equals("/api/v1/households")).reduce((x, y) -> y).get();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getHeader("Idempotency-Key")).isNotBlank();
        JSONObject body = new JSONObject(sent.getBody().readUtf8());
        assertThat(body.getString("unitId")).isEqualTo(UNIT);
        assertThat(body.getString("headName")).isEqualTo("李强");
        assertThat(body.getString("idNumber")).isEqualTo("52010219780506123X");
        assertThat(body.getLong("otherMonthlyIncomeFen")).isEqualTo(50_000);
        assertThat(body.getJSONArray("causes").getString(0)).isEqualTo("ILLNESS");
        JSONObject head = body.getJSONArray("members").getJSONObject(0);
        assertThat(head.getString("relation")).isEqualTo("SELF");
        assertThat(head.getInt("birthYear")).isEqualTo(1978);
        assertThat(head.getLong("monthlyIncomeFen")).isEqualTo(180_050);
        JSONObject child = body.getJSONArray("members").getJSONObject(1);
        assertThat(child.getString("relation")).isEqualTo("CHILD");
        assertThat(child.getString("name")).isEqualTo("李小明");

        // the file now exists: the next save changes it
        a.findViewById(R.id.hh_save).performClick();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getPath().equals("/api/v1/households/" + FILE) && r.getMethod().equals("PUT")));
        android.widget.ScrollView scroll = a.findViewById(R.id.hh_scroll);
        scroll.fullScroll(View.FOCUS_DOWN); // where the worker tapped 保存档案: the message is beside it
        ScreenTests.await(() -> scroll.getScrollY() > 0);
        ScreenTests.screenshot(a, "worker-household-form-saved-zh-CN.png");
    }

    /**
     * After the scroll to the first field to change, that field's section heading is seen whole: its top, in the
     * window, at or below the toolbar's bottom (not half under the app bar), and the field itself inside the form's
     * visible part.
     */
    private static void headingSeenWholeBelowTheToolbar(HouseholdFormActivity a, String heading, View field) {
        TextView first = (TextView) ((ViewGroup) a.findViewById(R.id.hh_fields)).getChildAt(0);
        assertThat(first.getText().toString()).isEqualTo(heading);
        View toolbar = UpButton.find(a.getWindow().getDecorView());
        View scroll = a.findViewById(R.id.hh_scroll);
        int toolbarBottom = windowTop(toolbar) + toolbar.getHeight();
        assertThat(windowTop(first)).as("the heading's top against the toolbar's bottom (%d px), in the window", toolbarBottom)
                .isGreaterThanOrEqualTo(toolbarBottom);
        assertThat(windowTop(field) + field.getHeight()).as("the field's bottom against the form's").isLessThanOrEqualTo(
                windowTop(scroll) + scroll.getHeight());
    }

    private static int windowTop(View v) {
        int[] at = new int[2];
        v.getLocationInWindow(at);
        return at[1];
    }

    @Test
    public void whatWasTypedSurvivesARotationAndAKilledProcess() throws Exception {
        ActivityController<HouseholdFormActivity> controller = Robolectric.buildActivity(HouseholdFormActivity.class).setup();
        HouseholdFormActivity a = controller.get();
        ScreenTests.await(() -> a.findViewById(R.id.hh_form).getVisibility() == View.VISIBLE);
        fillIn(a);
        controller.recreate();
        HouseholdFormActivity again = controller.get();
        ScreenTests.await(() -> again.findViewById(R.id.hh_form).getVisibility() == View.VISIBLE);
        assertThat(((EditText) field(again, "户主姓名 *")).getText().toString()).isEqualTo("李强");
        assertThat(((LinearLayout) again.findViewById(R.id.hh_members)).getChildCount())
                .as("both members are there again").isEqualTo(((LinearLayout) a.findViewById(R.id.hh_members)).getChildCount());

        // a killed process: only the saved state comes back, into a new activity
        android.os.Bundle saved = new android.os.Bundle();
        controller.saveInstanceState(saved);
        HouseholdFormActivity reborn = Robolectric.buildActivity(HouseholdFormActivity.class).setup(saved).get();
        ScreenTests.await(() -> reborn.findViewById(R.id.hh_form).getVisibility() == View.VISIBLE);
        assertThat(((EditText) fields(reborn, "姓名 *").get(1)).getText().toString()).isEqualTo("李小明");
        assertThat(((EditText) field(reborn, "身份证号码 *（18 位）")).getText().toString()).isEqualTo("52010219780506123x");
    }

    @Test
    public void aSaveTheServerCannotTakeNowWaitsInTheQueue() throws Exception {
        HouseholdFormActivity a = Robolectric.buildActivity(HouseholdFormActivity.class).setup().get();
        ScreenTests.await(() -> a.findViewById(R.id.hh_form).getVisibility() == View.VISIBLE);
        fillIn(a);
        saveAnswer.set("503");
        a.findViewById(R.id.hh_save).performClick();
        TextView status = a.findViewById(R.id.hh_save_status);
        ScreenTests.await(() -> status.getText().toString().contains("1 项待发送"));
        assertThat(new SessionStore(a).pendingActions().size()).isEqualTo(1);
        List<String> keys = new ArrayList<>();
        requests.stream().filter(r -> r.getPath().equals("/api/v1/households")).forEach(r -> keys.add(r.getHeader("Idempotency-Key")));
        assertThat(keys).hasSize(2).as("the retry is the same request").containsOnly(keys.get(0));
    }

    @Test
    public void aFileInReviewIsNotOfferedForChange() throws Exception {
        mine.set(household("UNDER_VERIFICATION", ""));
        HouseholdFormActivity a = Robolectric.buildActivity(HouseholdFormActivity.class).setup().get();
        ScreenTests.awaitText(a.findViewById(R.id.hh_status), "档案正在审核，现在不能修改。有问题请打 12351。");
        assertThat(a.findViewById(R.id.hh_form).getVisibility()).isEqualTo(View.GONE);
    }

    @Test
    public void anExistingFileIsEditedAsTheServerHasIt() throws Exception {
        mine.set(household("NEEDS_INFO", ""));
        HouseholdFormActivity a = Robolectric.buildActivity(HouseholdFormActivity.class).setup().get();
        ScreenTests.await(() -> a.findViewById(R.id.hh_form).getVisibility() == View.VISIBLE);
        assertThat(((EditText) field(a, "每月收入（元，没有就填 0）")).getText().toString()).isEqualTo("1800");
        Spinner unit = (Spinner) field(a, "您所在的单位工会 *");
        assertThat(unit.getSelectedItem().toString()).isEqualTo("南明区花果园社区工会联合会");
        assertThat(unit.getCount()).as("the grassroots unions to choose from, not the district's").isEqualTo(3);
        ((EditText) field(a, "手机号码")).setText("13900002222");
        a.findViewById(R.id.hh_save).performClick();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getMethod().equals("PUT")));
        RecordedRequest put = requests.stream().filter(r -> r.getMethod().equals("PUT")).findFirst().get();
        assertThat(put.getPath()).isEqualTo("/api/v1/households/" + FILE);
        assertThat(new JSONObject(put.getBody().readUtf8()).getString("phone")).isEqualTo("13900002222");
    }

    // ---- answering with a document ------------------------------------------------------

    @Test
    public void aRequestForADocumentIsAnsweredWithAPhoto() throws Exception {
        mine.set(household("NEEDS_INFO", "{\"id\":\"" + QUESTION + "\",\"question\":\"请拍一张单位开的收入证明\",\"documentKind\":\"INCOME_PROOF\"}"));
        Uri proof = Uri.parse("content://media/external/images/media/61");
        shadowOf(RuntimeEnvironment.getApplication().getContentResolver()).registerInputStream(proof, new ByteArrayInputStream(photo()));
        WorkerActivity a = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        LinearLayout questions = a.findViewById(R.id.questions);
        ScreenTests.await(() -> questions.getChildCount() == 1);
        View row = questions.getChildAt(0);
        assertThat(((TextView) row.findViewById(R.id.question_asks_for)).getText().toString()).isEqualTo("工会要的材料：收入证明");
        assertThat(row.findViewById(R.id.question_answer).getVisibility()).as("a document is asked for: no text box").isEqualTo(View.GONE);
        assertThat(row.findViewById(R.id.question_photo).getVisibility()).isEqualTo(View.VISIBLE);
        ScreenTests.screenshot(a, "worker-answer-document-zh-CN.png");

        row.findViewById(R.id.question_photo).performClick();
        ShadowActivity.IntentForResult pick = shadowOf(a).getNextStartedActivityForResult();
        assertThat(pick.intent.<Intent>getParcelableExtra(Intent.EXTRA_INTENT).getType()).isEqualTo("image/*");
        shadowOf(a).receiveResult(pick.intent, Activity.RESULT_OK, new Intent().setData(proof));
        ScreenTests.awaitText(a.findViewById(R.id.worker_status), "材料已发送给工会");
        RecordedRequest upload = find("/api/v1/households/" + FILE + "/questions/" + QUESTION + "/document");
        assertThat(upload.getHeader("Content-Type")).startsWith("image/jpeg");
        assertThat(upload.getBodySize()).isPositive().isLessThan(photo().length);
    }

    @Test
    public void aTextQuestionKeepsItsTextAnswer() throws Exception {
        mine.set(household("NEEDS_INFO", "{\"id\":\"" + QUESTION + "\",\"question\":\"家里几口人？\"}"));
        WorkerActivity a = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        LinearLayout questions = a.findViewById(R.id.questions);
        ScreenTests.await(() -> questions.getChildCount() == 1);
        assertThat(questions.getChildAt(0).findViewById(R.id.question_answer).getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(questions.getChildAt(0).findViewById(R.id.question_documents).getVisibility()).isEqualTo(View.GONE);
    }

    // ---- my requests and bookings -------------------------------------------------------

    @Test
    public void myRequestsShowTheScholarshipWithWhatIsMissingAndEachApplicationAndBookingWithItsNextStep() throws Exception {
        MyRequestsActivity a = Robolectric.buildActivity(MyRequestsActivity.class).setup().get();
        LinearLayout scholarships = a.findViewById(R.id.mine_scholarships);
        ScreenTests.await(() -> scholarships.getChildCount() == 1);
        View s = scholarships.getChildAt(0);
        assertThat(text(s, R.id.request_title)).isEqualTo("金秋助学：贵州大学");
        assertThat(text(s, R.id.request_state)).isEqualTo(a.getString(R.string.wish_status_PARTLY_FUNDED));
        assertThat(text(s, R.id.request_detail)).isEqualTo("还缺：录取通知书的照片\n还缺：回答工会的 1 个问题（在首页回答）\n"
                + "已筹到 ¥2,000，目标 ¥5,000；已发到您手上 ¥0");
        LinearLayout jobs = a.findViewById(R.id.mine_jobs);
        assertThat(jobs.getChildCount()).isEqualTo(2);
        assertThat(text(jobs.getChildAt(0), R.id.request_state)).isEqualTo("请去面试");
        assertThat(text(jobs.getChildAt(0), R.id.request_detail)).isEqualTo("周三上午 9 点到物业办公室\n下一步：按工会告诉您的时间去面试，带上身份证。");
        assertThat(jobs.getChildAt(1).findViewById(R.id.request_action).getVisibility()).as("a closed application cannot be withdrawn")
                .isEqualTo(View.GONE);
        LinearLayout orders = a.findViewById(R.id.mine_services);
        assertThat(text(orders.getChildAt(0), R.id.request_title)).isEqualTo("法律援助 · 南明区");
        assertThat(text(orders.getChildAt(0), R.id.request_detail)).isEqualTo("您付 ¥0（优惠 ¥200）\n下一步：服务方会打电话和您约时间。");
        assertThat(text(orders.getChildAt(1), R.id.request_state)).isEqualTo("排队等名额");
        ScreenTests.screenshot(a, "worker-my-requests-zh-CN.png");

        // withdrawing an application is asked once more
        jobs.getChildAt(0).findViewById(R.id.request_action).performClick();
        assertThat(requests).extracting(RecordedRequest::getPath).doesNotContain("/api/v1/jobs/applications/" + APPLICATION + "/status");
        ((androidx.appcompat.app.AlertDialog) org.robolectric.shadows.ShadowDialog.getLatestDialog())
                .getButton(android.content.DialogInterface.BUTTON_POSITIVE).performClick();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getPath().equals("/api/v1/jobs/applications/" + APPLICATION + "/status")));
        assertThat(find("/api/v1/jobs/applications/" + APPLICATION + "/status").getBody().readUtf8()).isEqualTo("{\"status\":\"WITHDRAWN\"}");
    }

    @Test
    public void theWorkersHomeLeadsToMyRequests() {
        WorkerActivity home = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        home.findViewById(R.id.my_requests).performClick();
        assertThat(shadowOf(home).getNextStartedActivity().getComponent().getClassName()).isEqualTo(MyRequestsActivity.class.getName());
    }

    @Test
    @Config(qualifiers = "en-w360dp-h640dp-xhdpi")
    public void inEnglishToo() throws Exception {
        MyRequestsActivity a = Robolectric.buildActivity(MyRequestsActivity.class).setup().get();
        LinearLayout jobs = a.findViewById(R.id.mine_jobs);
        ScreenTests.await(() -> jobs.getChildCount() == 2);
        assertThat(text(jobs.getChildAt(0), R.id.request_state)).isEqualTo("Go to the interview");
        ScreenTests.screenshot(a, "worker-my-requests-en.png");
        HouseholdFormActivity form = Robolectric.buildActivity(HouseholdFormActivity.class).setup().get();
        ScreenTests.await(() -> form.findViewById(R.id.hh_form).getVisibility() == View.VISIBLE);
        form.findViewById(R.id.hh_save).performClick();
        assertThat(((TextView) form.findViewById(R.id.hh_save_status)).getText().toString()).isEqualTo("7 things need changing: see the red text.");
        ScreenTests.screenshot(form, "worker-household-form-en.png");
    }

    @Test
    public void theScreensAreReadableAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        HouseholdFormActivity form = Robolectric.buildActivity(HouseholdFormActivity.class).setup().get();
        ScreenTests.await(() -> form.findViewById(R.id.hh_form).getVisibility() == View.VISIBLE);
        ScreenTests.readableAtLargestFont(form, (TextView) labelOf(form, "户主姓名 *"), 18);
        ScreenTests.screenshot(form, "worker-household-form-zh-CN-largest-font.png");
        MyRequestsActivity a = Robolectric.buildActivity(MyRequestsActivity.class).setup().get();
        LinearLayout scholarships = a.findViewById(R.id.mine_scholarships);
        ScreenTests.await(() -> scholarships.getChildCount() == 1);
        ScreenTests.readableAtLargestFont(a, scholarships.getChildAt(0).findViewById(R.id.request_detail), 18);
        ScreenTests.screenshot(a, "worker-my-requests-zh-CN-largest-font.png");
    }

    @Test
    public void inElderModeTheyAreLargeAndHighContrast() throws Exception {
        ElderMode.set(RuntimeEnvironment.getApplication(), true);
        HouseholdFormActivity form = Robolectric.buildActivity(HouseholdFormActivity.class).setup().get();
        ScreenTests.await(() -> form.findViewById(R.id.hh_form).getVisibility() == View.VISIBLE);
        int target = ScreenTests.px(form, ElderMode.MIN_TARGET_DP);
        assertThat(field(form, "户主姓名 *").getHeight()).isGreaterThanOrEqualTo(target);
        assertThat(field(form, "现在住在哪里 *").getHeight()).isGreaterThanOrEqualTo(target);
        assertThat(form.findViewById(R.id.hh_save).getHeight()).isGreaterThanOrEqualTo(target);
        float sp18 = 18 * form.getResources().getDisplayMetrics().scaledDensity;
        assertThat(((TextView) labelOf(form, "户主姓名 *")).getTextSize()).isGreaterThanOrEqualTo(sp18 - 0.5f);
        ScreenTests.screenshot(form, "worker-household-form-zh-CN-elder.png");

        mine.set(household("NEEDS_INFO", "{\"id\":\"" + QUESTION + "\",\"question\":\"请拍一张单位开的收入证明\",\"documentKind\":\"INCOME_PROOF\"}"));
        WorkerActivity home = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        LinearLayout questions = home.findViewById(R.id.questions);
        ScreenTests.await(() -> questions.getChildCount() == 1);
        assertThat(questions.getChildAt(0).findViewById(R.id.question_photo).getHeight()).isGreaterThanOrEqualTo(target);
        ScreenTests.screenshot(home, "worker-answer-document-zh-CN-elder.png");

        MyRequestsActivity a = Robolectric.buildActivity(MyRequestsActivity.class).setup().get();
        LinearLayout jobs = a.findViewById(R.id.mine_jobs);
        ScreenTests.await(() -> jobs.getChildCount() == 2);
        assertThat(jobs.getChildAt(0).findViewById(R.id.request_action).getHeight()).isGreaterThanOrEqualTo(target);
        ScreenTests.screenshot(a, "worker-my-requests-zh-CN-elder.png");
    }

    // ---- helpers ------------------------------------------------------------------------

    /** Fills the form as 李强 would: himself (with a cent in his income) and his son. */
    private static void fillIn(HouseholdFormActivity a) {
        ((EditText) field(a, "户主姓名 *")).setText("李强");
        ((EditText) field(a, "身份证号码 *（18 位）")).setText("52010219780506123x");
        ((Spinner) field(a, "您所在的单位工会 *")).setSelection(1);
        ((EditText) field(a, "住在哪个区县 *（例如：南明区）")).setText("南明区");
        ((EditText) field(a, "家里每月其他收入（元，例如低保、租金；没有就填 0）")).setText("500");
        checkBox(a, "因病").setChecked(true);
        ((EditText) field(a, "姓名 *")).setText("李强");
        ((EditText) field(a, "出生年份 *（例如：1978）")).setText("1978");
        ((EditText) field(a, "每月收入（元，没有就填 0）")).setText("1800.50");
        a.findViewById(R.id.hh_add_member).performClick();
        ((EditText) fields(a, "姓名 *").get(1)).setText("李小明");
        ((EditText) fields(a, "出生年份 *（例如：1978）").get(1)).setText("2010");
        shadowOf(android.os.Looper.getMainLooper()).idle();
    }

    /** The first field labelled so (its label says what it is, as TalkBack reads it). */
    private static View field(Activity a, String label) {
        List<View> found = fields(a, label);
        assertThat(found).as("a field labelled " + label).isNotEmpty();
        return found.get(0);
    }

    private static List<View> fields(Activity a, String label) {
        List<View> labels = new ArrayList<>();
        collect(a.getWindow().getDecorView(), label, labels);
        List<View> found = new ArrayList<>();
        for (View l : labels) {
            found.add(a.findViewById(l.getLabelFor()));
        }
        return found;
    }

    private static View labelOf(Activity a, String label) {
        List<View> labels = new ArrayList<>();
        collect(a.getWindow().getDecorView(), label, labels);
        return labels.get(0);
    }

    private static void collect(View v, String label, List<View> into) {
        if (v instanceof TextView && v.getLabelFor() != View.NO_ID && label.equals(((TextView) v).getText().toString())) {
            into.add(v);
        }
        if (v instanceof ViewGroup) {
            for (int i = 0; i < ((ViewGroup) v).getChildCount(); i++) {
                collect(((ViewGroup) v).getChildAt(i), label, into);
            }
        }
    }

    /** The error line under a field (the view after it). */
    private static String errorUnder(View field) {
        ViewGroup parent = (ViewGroup) field.getParent();
        TextView error = (TextView) parent.getChildAt(parent.indexOfChild(field) + 1);
        return error.getVisibility() == View.VISIBLE ? error.getText().toString() : "";
    }

    private static CheckBox checkBox(Activity a, String text) {
        List<View> all = new ArrayList<>();
        ViewGroup fieldsView = a.findViewById(R.id.hh_fields);
        for (int i = 0; i < fieldsView.getChildCount(); i++) {
            View v = fieldsView.getChildAt(i);
            if (v instanceof CheckBox && text.equals(((CheckBox) v).getText().toString())) {
                all.add(v);
            }
        }
        return (CheckBox) all.get(0);
    }

    private RecordedRequest find(String path) {
        return requests.stream().filter(r -> r.getPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no request to " + path));
    }

    private static String text(View parent, int id) {
        return WorkerSupportScreensTest.text(parent, id);
    }

    private static byte[] photo() {
        return WorkerSupportScreensTest.photo();
    }
}
