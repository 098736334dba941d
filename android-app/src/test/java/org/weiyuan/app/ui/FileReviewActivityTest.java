package org.weiyuan.app.ui;

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
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.weiyuan.app.R;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;
import static org.weiyuan.app.ui.ReviewTests.dialog;
import static org.weiyuan.app.ui.ReviewTests.press;
import static org.weiyuan.app.ui.ReviewTests.request;
import static org.weiyuan.app.ui.ReviewTests.text;
import static org.weiyuan.app.ui.ReviewTests.type;

/** Staff read the whole file (family, incomes, causes, category, visits, documents) before deciding, and confirm the decision. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class FileReviewActivityTest {

    static final String FILE = "{\"id\":\"h1\",\"status\":\"UNDER_VERIFICATION\",\"masked\":true,\"headName\":\"王*\",\"district\":\"南明区\","
            + "\"housing\":\"RENTED\",\"memberCount\":2,\"members\":[{\"id\":\"m1\",\"name\":\"王*\",\"relation\":\"SELF\",\"birthYear\":1979,"
            + "\"healthStatus\":\"CHRONIC_ILLNESS\",\"workStatus\":\"FLEXIBLE\",\"monthlyIncomeFen\":90000},{\"id\":\"m2\",\"name\":\"李*\","
            + "\"relation\":\"CHILD\",\"birthYear\":2008,\"healthStatus\":\"HEALTHY\",\"workStatus\":\"STUDENT\",\"monthlyIncomeFen\":0}],"
            + "\"otherMonthlyIncomeFen\":10000,\"totalMonthlyIncomeFen\":100000,\"perCapitaIncomeFen\":50000,"
            + "\"povertyLine\":{\"year\":2026,\"monthlyFen\":72000},\"causes\":[\"ILLNESS\",\"CHILD_EDUCATION\"],\"causeNote\":\"户主糖尿病，需长期用药\","
            + "\"category\":\"DIBAO\",\"severity\":\"HARDSHIP\",\"questions\":[],"
            + "\"verifications\":[{\"id\":\"v1\",\"reviewCycle\":1,\"visitedOn\":\"2026-11-28\",\"investigatorSubject\":\"s1\","
            + "\"findings\":{\"housing\":\"租住老房，漏雨\",\"food\":\"温饱\",\"workingCapacity\":\"户主只能做零工\",\"childrenInSchool\":\"女儿读高三\"},"
            + "\"recommendedHelp\":[\"LIVING_AID\",\"SCHOLARSHIP\"],\"summary\":\"情况属实\",\"recordedAt\":\"2026-11-28T08:00:00Z\"}]}";

    static final String DOCUMENTS = "[{\"id\":\"d1\",\"householdId\":\"h1\",\"kind\":\"ADMISSION_LETTER\",\"contentType\":\"image/jpeg\",\"sizeBytes\":2048,"
            + "\"createdAt\":\"2026-11-27T08:00:00Z\"},{\"id\":\"d2\",\"householdId\":\"h1\",\"kind\":\"DIAGNOSIS\",\"contentType\":\"application/pdf\","
            + "\"sizeBytes\":4096,\"createdAt\":\"2026-11-27T09:00:00Z\"}]";

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile String file = FILE;
    private volatile boolean approveRefused;

    static final String CONFLICT = "这户的档案已由其他工作人员处理（现在的状态：已建档）。";

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, requests, r -> {
            String path = r.getPath();
            if (path.equals("/api/v1/households/h1")) {
                return new MockResponse().setBody(file);
            }
            if (path.equals("/api/v1/households/h1/documents")) {
                return new MockResponse().setBody(DOCUMENTS);
            }
            if (path.equals("/api/v1/households/h1/documents/d1")) {
                return ReviewTests.jpeg(0xFFB0BEC5, 80, 60);
            }
            if (path.equals("/api/v1/households/h1/approve") && approveRefused) {
                file = FILE.replace("UNDER_VERIFICATION", "APPROVED"); // approved by someone else meanwhile
                return ReviewTests.conflict(CONFLICT, "APPROVED");
            }
            if (path.equals("/api/v1/households/h1/questions") && r.getMethod().equals("POST")) {
                file = FILE.replace("UNDER_VERIFICATION", "NEEDS_INFO");
                return new MockResponse().setResponseCode(201).setBody(file);
            }
            if ((path.equals("/api/v1/households/h1/approve") || path.equals("/api/v1/households/h1/reject")) && r.getMethod().equals("POST")) {
                return new MockResponse().setBody(FILE.replace("UNDER_VERIFICATION", path.endsWith("approve") ? "APPROVED" : "REJECTED"));
            }
            return new MockResponse().setResponseCode(404);
        });
        ScreenTests.signIn("zhou.hua", "staff");
    }

    @After
    public void stop() throws IOException {
        ScreenTests.stop(server);
    }

    private static FileReviewActivity open() throws InterruptedException {
        return ReviewTests.open(FileReviewActivity.class, FileReviewActivity.EXTRA_ID, "h1",
                a -> ((LinearLayout) a.findViewById(R.id.review_documents)).getChildCount() > 0);
    }

    @Test
    public void staffSeeTheWholeFileAndConfirmTheApproval() throws Exception {
        FileReviewActivity a = open();
        assertThat(text(a, R.id.review_head)).isEqualTo("户主 王* · 南明区 · 租房\n入户核查中");
        assertThat(text(a, R.id.review_family)).isEqualTo("• 王* · 本人 · 1979 年生 · 慢性病 · 灵活就业 · 月收入 ¥900\n"
                + "• 李* · 子女 · 2008 年生 · 健康 · 在读 · 月收入 ¥0");
        assertThat(text(a, R.id.review_money)).isEqualTo("家庭月收入 ¥1,000\uff08其中其他收入 ¥100\uff09\n人均月收入 ¥500\n2026 年低保线\uff1a每人每月 ¥720");
        assertThat(text(a, R.id.review_assessment)).isEqualTo("低保户 · 困难\n困难原因\uff1a因病、子女上学\n说明\uff1a户主糖尿病，需长期用药");
        assertThat(text(a, R.id.review_visits)).isEqualTo("2026-11-28 入户\n住房\uff1a租住老房，漏雨\n吃穿\uff1a温饱\n劳动能力\uff1a户主只能做零工\n"
                + "子女上学\uff1a女儿读高三\n建议帮扶\uff1a生活救助、助学\n结论\uff1a情况属实");
        LinearLayout documents = a.findViewById(R.id.review_documents);
        // the admission letter's photo under its name; the PDF named only
        assertThat(documents.getChildCount()).isEqualTo(3);
        assertThat(((TextView) documents.getChildAt(0)).getText().toString()).isEqualTo("录取通知书\uff08第 1 份\uff09");
        assertThat(documents.getChildAt(1)).isInstanceOf(android.widget.ImageView.class);
        assertThat(documents.getChildAt(1).getContentDescription().toString()).isEqualTo("录取通知书\uff08第 1 份\uff09");
        assertThat(((TextView) documents.getChildAt(2)).getText().toString()).startsWith("诊断证明\uff08第 2 份\uff09\uff1aPDF 文件");
        assertThat(requests).extracting(RecordedRequest::getPath).doesNotContain("/api/v1/households/h1/documents/d2");
        ScreenTests.screenshot(a, "staff-file-review-zh-CN.png");

        a.findViewById(R.id.review_approve).performClick();
        androidx.appcompat.app.AlertDialog confirm = dialog();
        assertThat(confirm.isShowing()).isTrue();
        assertThat(requests).extracting(RecordedRequest::getPath).doesNotContain("/api/v1/households/h1/approve"); // asked first
        ScreenTests.screenshot(a, "staff-file-review-zh-CN-confirm.png");
        confirm.getButton(android.content.DialogInterface.BUTTON_POSITIVE).performClick();
        ScreenTests.await(a::isFinishing);
        RecordedRequest approve = request(requests, "/api/v1/households/h1/approve");
        assertThat(approve.getMethod()).isEqualTo("POST");
        assertThat(approve.getHeader("Idempotency-Key")).isNotBlank();
    }

    @Test
    public void aRejectionNamesItsReasonAndIsConfirmedOrNotSent() throws Exception {
        FileReviewActivity a = open();
        a.findViewById(R.id.review_reject).performClick();
        androidx.appcompat.app.AlertDialog reason = dialog();
        type(reason, "收入高于低保线");
        androidx.appcompat.app.AlertDialog confirm = dialog();
        assertThat(confirm).isNotSameAs(reason);
        // the household and the reason, once more; "再想想" sends nothing
        confirm.getButton(android.content.DialogInterface.BUTTON_NEGATIVE).performClick();
        shadowOf(android.os.Looper.getMainLooper()).idle();
        assertThat(requests).extracting(RecordedRequest::getPath).doesNotContain("/api/v1/households/h1/reject");
        assertThat(a.isFinishing()).isFalse();

        a.findViewById(R.id.review_reject).performClick();
        type(dialog(), "收入高于低保线");
        press(android.content.DialogInterface.BUTTON_POSITIVE);
        ScreenTests.await(a::isFinishing);
        RecordedRequest reject = request(requests, "/api/v1/households/h1/reject");
        assertThat(reject.getBody().readUtf8()).isEqualTo("{\"reason\":\"收入高于低保线\"}");
    }

    @Test
    public void aQuestionSentShowsTheFileWaitingForTheWorker() throws Exception {
        FileReviewActivity a = open();
        a.findViewById(R.id.review_ask).performClick();
        type(dialog(), "请补充女儿的在读证明");
        // the header follows the file as it is now: waiting for the worker, no longer under verification
        ScreenTests.await(() -> text(a, R.id.review_head).endsWith("\n等职工补充信息"));
        assertThat(text(a, R.id.review_status)).isEqualTo("问题已发给职工");
        assertThat(a.findViewById(R.id.review_record_visit).getVisibility()).isEqualTo(View.GONE);
        RecordedRequest ask = request(requests, "/api/v1/households/h1/questions");
        assertThat(ask.getBody().readUtf8()).isEqualTo("{\"question\":\"请补充女儿的在读证明\"}");
    }

    @Test
    public void aRefusedApprovalSaysWhyAndShowsTheFileAsItIsNow() throws Exception {
        approveRefused = true;
        FileReviewActivity a = open();
        a.findViewById(R.id.review_approve).performClick();
        press(android.content.DialogInterface.BUTTON_POSITIVE);
        ScreenTests.await(() -> text(a, R.id.review_head).endsWith("\n已建档"));
        assertThat(text(a, R.id.review_status)).isEqualTo("这户的档案已由其他工作人员处理（现在的状态：已建档）。");
        assertThat(a.findViewById(R.id.review_record_visit).getVisibility()).isEqualTo(View.GONE);
        assertThat(a.isFinishing()).isFalse();
        ScreenTests.screenshot(a, "staff-file-review-zh-CN-refused.png");
    }

    @Test
    public void aFileWithoutAVisitCannotBeApprovedAndSaysWhy() throws Exception {
        file = FILE.replaceAll("\"verifications\":\\[.*]}$", "\"verifications\":[]}");
        FileReviewActivity a = open();
        assertThat(text(a, R.id.review_visits)).isEqualTo("还没有入户核查记录\uff0c不能审核通过");
        assertThat(a.findViewById(R.id.review_approve).isEnabled()).isFalse();
        assertThat(a.findViewById(R.id.review_reject).isEnabled()).isTrue();
    }

    @Test
    @Config(qualifiers = "en-w360dp-h640dp-xhdpi")
    public void theFileInEnglish() throws Exception {
        FileReviewActivity a = open();
        assertThat(text(a, R.id.review_head)).isEqualTo("Head 王* · 南明区 · rented\nhome visit under way");
        assertThat(text(a, R.id.review_assessment)).contains("\nCauses: illness, children's schooling\n");
        assertThat(text(a, R.id.review_money)).endsWith("\n2026 低保 line: ¥720 per person a month");
        assertThat(text(a, R.id.review_visits)).startsWith("Visited 2026-11-28\nHousing: 租住老房，漏雨");
        ScreenTests.screenshot(a, "staff-file-review-en.png");
    }

    @Test
    public void theFileInElderMode() throws Exception {
        ElderMode.set(RuntimeEnvironment.getApplication(), true);
        FileReviewActivity a = open();
        View approve = a.findViewById(R.id.review_approve);
        ScreenTests.await(() -> approve.getHeight() >= ScreenTests.px(a, ElderMode.MIN_TARGET_DP));
        ScreenTests.screenshot(a, "staff-file-review-zh-CN-elder.png");
    }
}
