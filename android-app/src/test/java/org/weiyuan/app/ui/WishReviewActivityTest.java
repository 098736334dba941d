package org.weiyuan.app.ui;

import android.content.DialogInterface;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;
import static org.weiyuan.app.ui.ReviewTests.dialog;
import static org.weiyuan.app.ui.ReviewTests.message;
import static org.weiyuan.app.ui.ReviewTests.press;
import static org.weiyuan.app.ui.ReviewTests.request;
import static org.weiyuan.app.ui.ReviewTests.text;
import static org.weiyuan.app.ui.ReviewTests.type;

/**
 * Staff vet a wish in full (issue 17): the items and amount, the story, the photos (whether donors see them),
 * the household's category and severity and its last home visit, a scholarship's admission letter (the wish's
 * photo of it, the file's PDF opened in the viewer); publishing, asking and rejecting are each confirmed, and a
 * refusal's problem+json detail is said plainly. Every scripted answer is checked against docs/openapi.json.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class WishReviewActivityTest {

    static final String GOODS = "{\"id\":\"w5\",\"householdId\":\"h1\",\"unitId\":\"u1\",\"kind\":\"GOODS\",\"status\":\"SUBMITTED\","
            + "\"title\":\"给女儿买一台学习用的电脑\",\"story\":\"女儿上高中了，网课和作业都要用电脑。\",\"district\":\"南明区\","
            + "\"targetFen\":159900,\"pledgedFen\":0,\"paidFen\":0,\"remainingFen\":159900,\"deadline\":\"2026-12-30\","
            + "\"items\":[{\"id\":\"i1\",\"name\":\"笔记本电脑\",\"quantity\":1,\"unitPriceFen\":150000,\"totalFen\":150000},"
            + "{\"id\":\"i2\",\"name\":\"电脑包\",\"quantity\":1,\"unitPriceFen\":9900,\"totalFen\":9900}],"
            + "\"photos\":[{\"id\":\"p1\",\"kind\":\"PHOTO\",\"cleared\":true}],"
            + "\"questions\":[{\"id\":\"q1\",\"question\":\"电脑的报价单能补充一下吗？\",\"answer\":\"报价单在照片里。\","
            + "\"askedAt\":\"2026-11-28T08:00:00Z\",\"answeredAt\":\"2026-11-28T09:00:00Z\"}],"
            + "\"createdAt\":\"2026-11-27T08:00:00Z\",\"updatedAt\":\"2026-11-28T09:00:00Z\"}";

    static final String SCHOLARSHIP = "{\"id\":\"w7\",\"householdId\":\"h1\",\"unitId\":\"u1\",\"kind\":\"SCHOLARSHIP\",\"status\":\"SUBMITTED\","
            + "\"title\":\"女儿考上贵州大学的学费\",\"story\":\"女儿今年考上大学，家里凑不齐学费。\",\"district\":\"南明区\","
            + "\"targetFen\":500000,\"pledgedFen\":0,\"paidFen\":0,\"remainingFen\":500000,\"deadline\":\"2026-12-30\",\"campaignId\":\"c1\","
            + "\"schoolName\":\"贵州大学\",\"admissionYear\":2026,\"items\":[],"
            + "\"photos\":[{\"id\":\"p2\",\"kind\":\"ADMISSION_LETTER\",\"cleared\":false}],\"questions\":[],"
            + "\"createdAt\":\"2026-11-27T08:00:00Z\",\"updatedAt\":\"2026-11-27T08:00:00Z\"}";

    /** The file's documents: the admission letter as a PDF (opened in the viewer), a diagnosis (not the wish's business). */
    static final String DOCUMENTS = "[{\"id\":\"d3\",\"householdId\":\"h1\",\"kind\":\"ADMISSION_LETTER\",\"contentType\":\"application/pdf\","
            + "\"sizeBytes\":4096,\"createdAt\":\"2026-11-27T09:00:00Z\"},{\"id\":\"d2\",\"householdId\":\"h1\",\"kind\":\"DIAGNOSIS\","
            + "\"contentType\":\"application/pdf\",\"sizeBytes\":4096,\"createdAt\":\"2026-11-27T09:00:00Z\"}]";

    static final String CONFLICT = "这个微愿已由其他工作人员处理（现在的状态：已发布）。";

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile boolean publishRefused;
    /** The wish as the server has it now: a question or another staff member's decision moves it on. */
    private volatile String goods = GOODS;

    @Before
    public void start() throws Exception {
        ScreenTests.forgetFileProviderRoots(); // another test class's cache folder may be remembered
        ScreenTests.serve(server, requests, r -> {
            String path = r.getPath();
            if (path.equals("/api/v1/wishes/w5")) {
                return new MockResponse().setBody(goods);
            }
            if (path.equals("/api/v1/wishes/w7")) {
                return new MockResponse().setBody(SCHOLARSHIP);
            }
            if (path.equals("/api/v1/wishes/w5/photos/p1") || path.equals("/api/v1/wishes/w7/photos/p2")) {
                return ReviewTests.jpeg(path.endsWith("p1") ? 0xFF90A4AE : 0xFFF5F5DC, 160, 90);
            }
            if (path.equals("/api/v1/households/h1")) {
                return new MockResponse().setBody(FileReviewActivityTest.FILE);
            }
            if (path.equals("/api/v1/households/h1/documents")) {
                return new MockResponse().setBody(DOCUMENTS);
            }
            if (path.equals("/api/v1/households/h1/documents/d3")) {
                return new MockResponse().setHeader("Content-Type", "application/pdf").setBody("%PDF-1.4 letter");
            }
            if (path.equals("/api/v1/wishes/w5/publish") && publishRefused) {
                goods = GOODS.replace("SUBMITTED", "PUBLISHED"); // published by someone else meanwhile
                return ReviewTests.conflict(CONFLICT, "PUBLISHED");
            }
            if (path.matches("/api/v1/wishes/w[57]/(publish|reject)")) {
                return new MockResponse().setBody(GOODS.replace("SUBMITTED", path.endsWith("publish") ? "PUBLISHED" : "REJECTED"));
            }
            if (path.equals("/api/v1/wishes/w5/questions")) {
                goods = GOODS.replace("SUBMITTED", "NEEDS_INFO");
                return new MockResponse().setResponseCode(201).setBody(goods);
            }
            return new MockResponse().setResponseCode(404);
        });
        ScreenTests.signIn("zhou.hua", "staff");
    }

    @After
    public void stop() throws Exception {
        ScreenTests.stopSharing(server);
    }

    static WishReviewActivity open(String id) throws InterruptedException {
        return ReviewTests.open(WishReviewActivity.class, WishReviewActivity.EXTRA_ID, id, a -> a.findViewById(R.id.wish_review_open_file).isEnabled());
    }

    private List<String> paths() {
        List<String> paths = new java.util.ArrayList<>();
        requests.forEach(r -> paths.add(r.getPath()));
        return paths;
    }

    @Test
    public void staffReadTheWholeWishAndConfirmThePublishing() throws Exception {
        WishReviewActivity a = open("w5");
        assertThat(text(a, R.id.wish_review_head)).isEqualTo("给女儿买一台学习用的电脑\n物品 · 南明区 · 待审核");
        assertThat(text(a, R.id.wish_review_amount)).isEqualTo("• 笔记本电脑 × 1，单价 ¥1,500，小计 ¥1,500\n"
                + "• 电脑包 × 1，单价 ¥99，小计 ¥99\n合计 ¥1,599\n截止日期：2026-12-30");
        assertThat(text(a, R.id.wish_review_story)).isEqualTo("女儿上高中了，网课和作业都要用电脑。");
        LinearLayout photos = a.findViewById(R.id.wish_review_photos);
        assertThat(((TextView) photos.getChildAt(0)).getText().toString()).isEqualTo("需求照片 1 · 已可公开");
        assertThat(photos.getChildAt(1)).isInstanceOf(android.widget.ImageView.class);
        assertThat(photos.getChildAt(1).getContentDescription().toString()).isEqualTo("需求照片 1 · 已可公开");
        // the household: category and severity the rules gave, its last visit
        assertThat(text(a, R.id.wish_review_file)).isEqualTo("户主 王* · 南明区\n低保户 · 困难");
        assertThat(text(a, R.id.wish_review_visit)).startsWith("2026-11-28 入户\n住房：租住老房，漏雨\n");
        assertThat(text(a, R.id.wish_review_visit)).endsWith("建议帮扶：生活救助、助学\n结论：情况属实");
        assertThat(text(a, R.id.wish_review_questions)).isEqualTo("问：电脑的报价单能补充一下吗？\n答：报价单在照片里。");
        // a goods wish has no admission letter section
        assertThat(a.findViewById(R.id.wish_review_letter).getVisibility()).isEqualTo(View.GONE);
        ScreenTests.screenshot(a, "staff-wish-review-zh-CN.png");

        a.findViewById(R.id.wish_review_publish).performClick();
        androidx.appcompat.app.AlertDialog confirm = dialog();
        assertThat(message(confirm)).isEqualTo("发布“给女儿买一台学习用的电脑”？发布后爱心人士就能看到并认捐。");
        assertThat(paths()).doesNotContain("/api/v1/wishes/w5/publish"); // asked first
        ScreenTests.screenshot(a, "staff-wish-review-zh-CN-confirm.png");
        confirm.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
        ScreenTests.await(a::isFinishing);
        RecordedRequest publish = request(requests, "/api/v1/wishes/w5/publish");
        assertThat(publish.getBody().readUtf8()).isEqualTo("{}");
        assertThat(publish.getHeader("Idempotency-Key")).isNotBlank();
    }

    @Test
    public void aRefusalIsSaidPlainlyAndTheWishStays() throws Exception {
        publishRefused = true;
        WishReviewActivity a = open("w5");
        a.findViewById(R.id.wish_review_publish).performClick();
        press(DialogInterface.BUTTON_POSITIVE);
        TextView status = a.findViewById(R.id.wish_review_status);
        ScreenTests.awaitText(status, "这个微愿已由其他工作人员处理（现在的状态：已发布）。");
        assertThat(status.getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(a.isFinishing()).isFalse();
        // the header and the decisions follow the wish as it is now, not as it was when the screen opened
        ScreenTests.await(() -> text(a, R.id.wish_review_head).endsWith("· 已发布"));
        assertThat(text(a, R.id.wish_review_head)).isEqualTo("给女儿买一台学习用的电脑\n物品 · 南明区 · 已发布");
        assertThat(text(a, R.id.wish_review_state)).isEqualTo("这个微愿现在是“已发布”，不在审核中。");
        assertThat(a.findViewById(R.id.wish_review_publish).getVisibility()).isEqualTo(View.GONE);
        assertThat(status.getText().toString()).as("the refusal is still said").isEqualTo("这个微愿已由其他工作人员处理（现在的状态：已发布）。");
        ScreenTests.screenshot(a, "staff-wish-review-zh-CN-refused.png");
    }

    @Test
    public void aQuestionIsConfirmedAndTheHeaderThenSaysTheWishWaitsForTheAnswer() throws Exception {
        WishReviewActivity a = open("w5");
        a.findViewById(R.id.wish_review_ask).performClick();
        type(dialog(), "电脑包是必需的吗？");
        assertThat(message(dialog())).isEqualTo("把这个问题发给职工？\n电脑包是必需的吗？");
        press(DialogInterface.BUTTON_POSITIVE);
        ScreenTests.await(() -> paths().contains("/api/v1/wishes/w5/questions"));
        RecordedRequest ask = request(requests, "/api/v1/wishes/w5/questions");
        assertThat(ask.getBody().readUtf8()).isEqualTo("{\"question\":\"电脑包是必需的吗？\"}");
        ScreenTests.await(() -> text(a, R.id.wish_review_head).endsWith("· 等职工回答问题"));
        assertThat(a.findViewById(R.id.wish_review_publish).getVisibility()).isEqualTo(View.GONE);
        assertThat(text(a, R.id.wish_review_status)).isEqualTo("问题已发给职工");
    }

    @Test
    public void aRejectionIsConfirmedOrNotSent() throws Exception {
        WishReviewActivity a = open("w5");
        a.findViewById(R.id.wish_review_reject).performClick();
        type(dialog(), "请先申请临时救助");
        androidx.appcompat.app.AlertDialog confirm = dialog();
        assertThat(message(confirm)).isEqualTo("不予通过“给女儿买一台学习用的电脑”？\n原因：请先申请临时救助");
        confirm.getButton(DialogInterface.BUTTON_NEGATIVE).performClick(); // 再想想: nothing is sent
        shadowOf(android.os.Looper.getMainLooper()).idle();
        assertThat(paths()).doesNotContain("/api/v1/wishes/w5/reject");
        a.findViewById(R.id.wish_review_reject).performClick();
        type(dialog(), "请先申请临时救助");
        press(DialogInterface.BUTTON_POSITIVE);
        ScreenTests.await(a::isFinishing);
        RecordedRequest reject = request(requests, "/api/v1/wishes/w5/reject");
        assertThat(reject.getBody().readUtf8()).isEqualTo("{\"reason\":\"请先申请临时救助\"}");
    }

    @Test
    public void aScholarshipShowsItsAdmissionLetterAndOpensThePdf() throws Exception {
        WishReviewActivity a = open("w7");
        assertThat(text(a, R.id.wish_review_head)).isEqualTo("女儿考上贵州大学的学费\n金秋助学 · 南明区 · 待审核");
        assertThat(text(a, R.id.wish_review_amount)).isEqualTo("金额 ¥5,000\n录取学校：贵州大学（2026 年入学）\n截止日期：2026-12-30");
        LinearLayout photos = a.findViewById(R.id.wish_review_photos);
        assertThat(((TextView) photos.getChildAt(0)).getText().toString()).isEqualTo("录取通知书 1 · 未公开，捐赠人看不到");
        assertThat(photos.getChildAt(1)).isInstanceOf(android.widget.ImageView.class);
        LinearLayout letter = a.findViewById(R.id.wish_review_letter);
        assertThat(letter.getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(letter.getChildCount()).as("the file's letter (a PDF); the diagnosis is not shown here").isEqualTo(1);
        TextView open = (TextView) letter.getChildAt(0);
        assertThat(open.getText().toString()).isEqualTo("打开录取通知书（第 1 份）（PDF）");
        ScreenTests.screenshot(a, "staff-wish-review-scholarship-zh-CN.png");
        open.performClick();
        ScreenTests.await(() -> shadowOf(a).peekNextStartedActivity() != null);
        Intent view = shadowOf(a).getNextStartedActivity();
        assertThat(view.getAction()).isEqualTo(Intent.ACTION_VIEW);
        assertThat(view.getType()).isEqualTo("application/pdf");
        assertThat(view.getData().getAuthority()).isEqualTo(DonationsActivity.FILES_AUTHORITY);
        assertThat(view.getFlags() & Intent.FLAG_GRANT_READ_URI_PERMISSION).isNotZero();
        java.io.File saved = new java.io.File(a.getCacheDir(), "documents/weiyuan-document-d3.pdf");
        assertThat(new String(java.nio.file.Files.readAllBytes(saved.toPath()), java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF-");
    }

    @Test
    public void aLinkToAWishOpensItInFullForStaff() throws Exception {
        Intent link = new Intent(Intent.ACTION_VIEW, android.net.Uri.parse("weiyuan://wishes/w5"), RuntimeEnvironment.getApplication(),
                HomeActivity.class);
        HomeActivity home = Robolectric.buildActivity(HomeActivity.class, link).setup().get();
        Intent next = shadowOf(home).getNextStartedActivity();
        assertThat(next.getComponent().getClassName()).isEqualTo(WishReviewActivity.class.getName());
        assertThat(next.getStringExtra(WishReviewActivity.EXTRA_ID)).isEqualTo("w5");
    }

    @Test
    @Config(qualifiers = "en-w360dp-h640dp-xhdpi")
    public void theWishInEnglish() throws Exception {
        WishReviewActivity a = open("w5");
        assertThat(text(a, R.id.wish_review_head)).isEqualTo("给女儿买一台学习用的电脑\nGoods · 南明区 · waiting for vetting");
        assertThat(text(a, R.id.wish_review_amount)).startsWith("• 笔记本电脑 × 1 at ¥1,500: ¥1,500\n");
        ScreenTests.screenshot(a, "staff-wish-review-en.png");
        a.findViewById(R.id.wish_review_reject).performClick();
        type(dialog(), "Apply for emergency aid first");
        assertThat(message(dialog())).isEqualTo("Not accept \"给女儿买一台学习用的电脑\"?\nReason: Apply for emergency aid first");
    }

    @Test
    public void theWishAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        WishReviewActivity a = open("w5");
        ScreenTests.readableAtLargestFont(a, a.findViewById(R.id.wish_review_amount), 18);
        ScreenTests.screenshot(a, "staff-wish-review-zh-CN-largest-font.png");
    }

    @Test
    public void theWishInElderMode() throws Exception {
        ElderMode.set(RuntimeEnvironment.getApplication(), true);
        WishReviewActivity a = open("w7");
        View publish = a.findViewById(R.id.wish_review_publish);
        ScreenTests.await(() -> publish.getHeight() >= ScreenTests.px(a, ElderMode.MIN_TARGET_DP));
        View open = ((LinearLayout) a.findViewById(R.id.wish_review_letter)).getChildAt(0);
        assertThat(open.getHeight()).as("the PDF's button, made in code, is enlarged too").isGreaterThanOrEqualTo(ScreenTests.px(a, ElderMode.MIN_TARGET_DP));
        ScreenTests.screenshot(a, "staff-wish-review-zh-CN-elder.png");
    }
}
