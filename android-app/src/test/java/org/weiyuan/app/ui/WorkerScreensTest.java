package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.Intent;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Canvas;
import android.graphics.Color;
import android.net.Uri;
import android.view.View;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.RadioButton;
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
import org.robolectric.shadows.ShadowActivity;
import org.weiyuan.app.R;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/** The worker's screens against a scripted server: answering staff, posting a wish with a photo, jobs with reasons. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class WorkerScreensTest {

    private static final String MY_WISH = "{\"id\":\"%s\",\"kind\":\"GOODS\",\"title\":\"%s\",\"status\":\"%s\",\"pledgedFen\":%d,\"targetFen\":%d}";

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, requests, r -> {
            String p = r.getPath();
            if (p.equals("/api/v1/households/mine")) {
                return new MockResponse().setBody("{\"id\":\"h1\",\"status\":\"NEEDS_INFO\",\"questions\":["
                        + "{\"id\":\"q1\",\"question\":\"请补充医院的诊断证明\",\"answer\":null},"
                        + "{\"id\":\"q0\",\"question\":\"家里几口人？\",\"answer\":\"三口\"}]}");
            }
            if (p.equals("/api/v1/wishes/mine")) {
                return new MockResponse().setBody("[" + String.format(MY_WISH, "w5", "冬天的棉被", "FULFILLING", 70000, 70000) + ","
                        + String.format(MY_WISH, "w6", "孩子的书包", "NEEDS_INFO", 0, 20000) + ","
                        + String.format(MY_WISH, "w7", "轮椅", "PARTLY_FUNDED", 30000, 120000) + "]");
            }
            if (p.equals("/api/v1/wishes/w6")) {
                return new MockResponse().setBody("{\"id\":\"w6\",\"kind\":\"GOODS\",\"title\":\"孩子的书包\",\"status\":\"NEEDS_INFO\",\"targetFen\":20000,\"questions\":["
                        + "{\"id\":\"q6\",\"question\":\"书包和文具分别多少钱？\",\"answer\":null}]}");
            }
            if (p.equals("/api/v1/wishes/w6/withdraw")) {
                return new MockResponse().setBody("{\"id\":\"w6\",\"status\":\"WITHDRAWN\"}");
            }
            if (p.equals("/api/v1/wishes/w6/questions/q6/answer") || p.equals("/api/v1/wishes/w5/receipt")) {
                return new MockResponse().setBody("{\"id\":\"w\",\"status\":\"SUBMITTED\"}");
            }
            if (p.equals("/api/v1/households/h1/questions/q1/answer")) {
                return new MockResponse().setBody("{\"id\":\"h1\",\"status\":\"SUBMITTED\",\"questions\":[]}");
            }
            if (p.equals("/api/v1/wishes") && r.getMethod().equals("POST")) {
                return createWish(r.getBody().clone().readUtf8());
            }
            if (p.startsWith("/api/v1/wishes/w9/photos")) {
                return new MockResponse().setResponseCode(201).setBody("{\"id\":\"w9\"}");
            }
            if (p.equals("/api/v1/wishes/w9/submit")) {
                return new MockResponse().setBody("{\"id\":\"w9\",\"status\":\"SUBMITTED\"}");
            }
            if (p.startsWith("/api/v1/jobs/matches")) {
                return new MockResponse().setBody("[{\"listing\":{\"id\":\"j1\",\"title\":\"住家保姆（照顾老人）\","
                        + "\"employer\":\"贵阳巾帼家政服务有限公司\",\"district\":\"520102\",\"wageMinFen\":300000,"
                        + "\"wageMaxFen\":360000,\"wagePeriod\":\"MONTH\"},\"districtName\":\"南明区\",\"score\":96,\"why\":["
                        + "{\"factor\":\"SKILLS\",\"text\":\"您具备岗位要求的全部技能\"},{\"factor\":\"DISTANCE\",\"text\":\"离家约 1 公里\"},"
                        + "{\"factor\":\"WAGE\",\"text\":\"工资能达到您的期望\"}]}]");
            }
            if (p.equals("/api/v1/campaigns")) {
                java.time.LocalDate today = java.time.LocalDate.now();
                return new MockResponse().setBody("[{\"id\":\"c0\",\"kind\":\"FESTIVAL\",\"startsOn\":\"" + today.minusDays(1)
                        + "\",\"endsOn\":\"" + today.plusDays(9) + "\"},{\"id\":\"c1\",\"kind\":\"SCHOLARSHIP\",\"startsOn\":\""
                        + today.minusDays(3) + "\",\"endsOn\":\"" + today.plusDays(30) + "\",\"scholarshipAmountFen\":300000,"
                        + "\"admissionLevels\":[\"UNDERGRADUATE\",\"JUNIOR_COLLEGE\"]}]");
            }
            if (p.startsWith("/api/v1/services/menu")) {
                return new MockResponse().setBody("[{\"id\":\"o1\",\"category\":\"LEGAL_AID\",\"title\":\"劳动争议免费法律咨询\","
                        + "\"description\":\"欠薪、工伤，律师一对一咨询\",\"district\":\"520102\",\"placesLeft\":3}]");
            }
            if (p.equals("/api/v1/services/orders")) {
                return new MockResponse().setResponseCode(201).setBody("{\"id\":\"s1\",\"status\":\"WAITING\"}");
            }
            if (p.equals("/api/v1/jobs/listings/j1/applications")) {
                return new MockResponse().setResponseCode(201).setBody("{\"id\":\"a1\",\"status\":\"APPLIED\"}");
            }
            return new MockResponse().setResponseCode(404).setBody("{\"status\":404,\"detail\":\"没有找到\"}");
        });
        ScreenTests.signIn("wang.fang", "worker");
    }

    @After
    public void stop() throws IOException {
        ScreenTests.stop(server);
    }

    @Test
    public void theHomeScreenFollowsTheRole() {
        HomeActivity home = Robolectric.buildActivity(HomeActivity.class).setup().get();
        assertThat(shadowOf(home).getNextStartedActivity().getComponent().getClassName()).isEqualTo(WorkerActivity.class.getName());
        assertThat(HomeActivity.screenFor(org.weiyuan.app.core.Session.Home.STAFF)).isEqualTo(FilesQueueActivity.class);
        assertThat(HomeActivity.screenFor(org.weiyuan.app.core.Session.Home.SIGNED_OUT)).isEqualTo(FeedActivity.class);
    }

    @Test
    public void aQuestionAboutTheirWishTakesTheWorkerToTheirWishesNotTheDonorPage() {
        Intent link = new Intent(Intent.ACTION_VIEW, Uri.parse("weiyuan://wishes/w6"), RuntimeEnvironment.getApplication(), HomeActivity.class);
        HomeActivity home = Robolectric.buildActivity(HomeActivity.class, link).setup().get();
        assertThat(shadowOf(home).getNextStartedActivity().getComponent().getClassName()).isEqualTo(WorkerActivity.class.getName());
    }

    @Test
    public void theWorkerFollowsTheirWishesAnswersAndConfirmsReceiptWithThanks() throws Exception {
        WorkerActivity a = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        LinearLayout wishes = a.findViewById(R.id.my_wishes);
        ScreenTests.await(() -> wishes.getChildCount() == 3
                && ((LinearLayout) wishes.getChildAt(1).findViewById(R.id.my_wish_questions)).getChildCount() == 1);
        View handedOver = wishes.getChildAt(0);
        assertThat(((TextView) handedOver.findViewById(R.id.my_wish_status)).getText().toString())
                .isEqualTo("工会正在把帮助送到您手中；收到后请在这里确认");
        assertThat(((TextView) wishes.getChildAt(2).findViewById(R.id.my_wish_amounts)).getText().toString())
                .isEqualTo("已筹 ¥300 / 目标 ¥1,200");
        // only the wish being handed over asks for a receipt
        assertThat(handedOver.findViewById(R.id.my_wish_receipt).getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(wishes.getChildAt(2).findViewById(R.id.my_wish_receipt).getVisibility()).isEqualTo(View.GONE);
        ScreenTests.screenshot(a, "worker-my-wishes-zh-CN.png");

        View question = ((LinearLayout) wishes.getChildAt(1).findViewById(R.id.my_wish_questions)).getChildAt(0);
        assertThat(((TextView) question.findViewById(R.id.question_text)).getText().toString()).isEqualTo("书包和文具分别多少钱？");
        ((EditText) question.findViewById(R.id.question_answer)).setText("书包120元，文具80元");
        question.findViewById(R.id.question_send).performClick();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getPath().equals("/api/v1/wishes/w6/questions/q6/answer")));
        assertThat(find("/api/v1/wishes/w6/questions/q6/answer").getBody().readUtf8()).isEqualTo("{\"answer\":\"书包120元，文具80元\"}");

        ((EditText) handedOver.findViewById(R.id.my_wish_thanks)).setText("棉被收到了，谢谢好心人！");
        handedOver.findViewById(R.id.my_wish_confirm).performClick();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getPath().equals("/api/v1/wishes/w5/receipt")));
        RecordedRequest receipt = find("/api/v1/wishes/w5/receipt");
        assertThat(receipt.getMethod()).isEqualTo("POST");
        assertThat(receipt.getBody().readUtf8()).isEqualTo("{\"thankYou\":\"棉被收到了，谢谢好心人！\"}");
        TextView status = a.findViewById(R.id.worker_status);
        ScreenTests.await(() -> status.getText().toString().startsWith("已确认收到"));
    }

    @Test
    public void theWorkerWithdrawsAWishNobodyHasGivenToAfterConfirming() throws Exception {
        WorkerActivity a = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        LinearLayout wishes = a.findViewById(R.id.my_wishes);
        ScreenTests.await(() -> wishes.getChildCount() == 3);
        // the wish being handed over and the one with pledges cannot be withdrawn; the one in vetting can
        assertThat(wishes.getChildAt(0).findViewById(R.id.my_wish_withdraw).getVisibility()).isEqualTo(View.GONE);
        assertThat(wishes.getChildAt(2).findViewById(R.id.my_wish_withdraw).getVisibility()).isEqualTo(View.GONE);
        wishes.getChildAt(1).findViewById(R.id.my_wish_withdraw).performClick();
        shadowOf(android.os.Looper.getMainLooper()).idle();
        assertThat(requests).extracting(RecordedRequest::getPath).doesNotContain("/api/v1/wishes/w6/withdraw"); // asked first
        assertThat(FilesQueueActivityTest.dialogTitle()).isEqualTo("撤回这个微愿：孩子的书包");
        ((androidx.appcompat.app.AlertDialog) org.robolectric.shadows.ShadowDialog.getLatestDialog())
                .getButton(android.content.DialogInterface.BUTTON_POSITIVE).performClick();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getPath().equals("/api/v1/wishes/w6/withdraw")));
        assertThat(find("/api/v1/wishes/w6/withdraw").getMethod()).isEqualTo("POST");
        TextView status = a.findViewById(R.id.worker_status);
        ScreenTests.awaitText(status, "已撤回");
    }

    @Test
    public void theWorkerAnswersTheQuestionStaffAsked() throws Exception {
        WorkerActivity a = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        LinearLayout questions = a.findViewById(R.id.questions);
        ScreenTests.await(() -> questions.getChildCount() == 1);
        assertThat(((TextView) a.findViewById(R.id.file_state)).getText().toString()).isEqualTo("工会需要您补充信息，请回答下面的问题");
        assertThat(((TextView) questions.getChildAt(0).findViewById(R.id.question_text)).getText().toString())
                .isEqualTo("请补充医院的诊断证明");
        ScreenTests.screenshot(a, "worker-home-zh-CN.png");
        ((EditText) questions.getChildAt(0).findViewById(R.id.question_answer)).setText("已经拍照交给社区了");
        questions.getChildAt(0).findViewById(R.id.question_send).performClick();
        ScreenTests.await(() -> requests.stream().anyMatch(r -> r.getPath().endsWith("/q1/answer")));
        RecordedRequest answer = requests.stream().filter(r -> r.getPath().endsWith("/q1/answer")).findFirst().orElseThrow();
        assertThat(answer.getBody().readUtf8()).isEqualTo("{\"answer\":\"已经拍照交给社区了\"}");
    }

    /**
     * POST /api/v1/wishes as the backend answers it (WishService.build, WishRules): a goods wish
     * must list its items and its target is their sum; the other kinds need a target.
     */
    private static MockResponse createWish(String body) {
        try {
            org.json.JSONObject w = new org.json.JSONObject(body);
            String kind = w.getString("kind");
            long target;
            if (kind.equals("GOODS")) {
                org.json.JSONArray items = w.optJSONArray("items");
                if (items == null || items.length() == 0) {
                    return problem(422, "items", "物品类微愿须列出物品、数量和单价。");
                }
                target = 0;
                for (int i = 0; i < items.length(); i++) {
                    target += items.getJSONObject(i).getLong("unitPriceFen") * items.getJSONObject(i).getInt("quantity");
                }
            } else if (kind.equals("SCHOLARSHIP")) {
                // the scripted campaign c1 states its levels, so the backend (CampaignRules) requires one of them
                String level = w.getJSONObject("admission").optString("level", "");
                if (!level.equals("UNDERGRADUATE") && !level.equals("JUNIOR_COLLEGE")) {
                    return problem(422, "admission.level", "这次金秋助学只资助本科、专科。");
                }
                target = 300000;
            } else if (w.has("targetFen")) {
                target = w.getLong("targetFen");
            } else {
                return problem(422, "targetFen", "请填写目标金额。");
            }
            return new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json")
                    .setBody("{\"id\":\"w9\",\"kind\":\"" + kind + "\",\"status\":\"DRAFT\",\"title\":" + org.json.JSONObject.quote(w.getString("title"))
                            + ",\"story\":" + org.json.JSONObject.quote(w.getString("story")) + ",\"targetFen\":" + target
                            + ",\"pledgedFen\":0,\"paidFen\":0,\"remainingFen\":" + target + ",\"deadline\":\"" + w.getString("deadline") + "\"}");
        } catch (org.json.JSONException e) {
            return problem(400, "body", "请求有误");
        }
    }

    private static MockResponse problem(int status, String field, String detail) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"type\":\"https://weiyuan.org/problems/unprocessable\",\"title\":\"无法处理\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + detail + "\"}]}");
    }

    private static void fillLine(View line, String name, String quantity, String price) {
        ((EditText) line.findViewById(R.id.line_name)).setText(name);
        ((EditText) line.findViewById(R.id.line_quantity)).setText(quantity);
        ((EditText) line.findViewById(R.id.line_price)).setText(price);
    }

    @Test
    public void theWorkerPostsAGoodsWishItemByItemWithAPhotoMadeSmallFirst() throws Exception {
        byte[] original = photo(4000, 3000);
        Uri uri = Uri.parse("content://media/external/images/media/42");
        shadowOf(RuntimeEnvironment.getApplication().getContentResolver()).registerInputStream(uri, new ByteArrayInputStream(original));

        WishFormActivity a = Robolectric.buildActivity(WishFormActivity.class).setup().get();
        ((EditText) a.findViewById(R.id.wish_title_input)).setText("冬天的棉被");
        ((EditText) a.findViewById(R.id.wish_story_input)).setText("老房子漏风，老人怕冷。");
        // goods is the default kind: items, no amount to type
        assertThat(a.findViewById(R.id.wish_amount_input).getVisibility()).isEqualTo(View.GONE);
        LinearLayout lines = a.findViewById(R.id.wish_items);
        fillLine(lines.getChildAt(0), "棉被", "2", "150");
        a.findViewById(R.id.add_item).performClick();
        fillLine(lines.getChildAt(1), "电暖器", "1", "150.50");
        assertThat(((TextView) a.findViewById(R.id.wish_total)).getText().toString()).isEqualTo("合计 ¥450.50");
        a.findViewById(R.id.add_photo).performClick();
        ShadowActivity.IntentForResult pick = shadowOf(a).getNextStartedActivityForResult();
        shadowOf(a).receiveResult(pick.intent, Activity.RESULT_OK, new Intent().setData(uri));
        assertThat(((TextView) a.findViewById(R.id.photo_count)).getText().toString()).isEqualTo("已添加 1 张照片");

        a.findViewById(R.id.submit_wish).performClick();
        TextView status = a.findViewById(R.id.wish_form_status);
        ScreenTests.await(() -> status.getText().toString().equals("已提交，工会审核后会通知您"));
        ScreenTests.screenshot(a, "worker-wish-form-zh-CN.png");

        org.json.JSONObject created = new org.json.JSONObject(find("/api/v1/wishes").getBody().readUtf8());
        assertThat(created.getString("kind")).isEqualTo("GOODS");
        assertThat(created.has("targetFen")).as("a goods wish's target is the items' sum, computed by the server").isFalse();
        assertThat(created.getJSONArray("items").toString())
                .isEqualTo("[{\"name\":\"棉被\",\"quantity\":2,\"unitPriceFen\":15000},{\"name\":\"电暖器\",\"quantity\":1,\"unitPriceFen\":15050}]");
        assertThat(created.getString("deadline")).matches("\\d{4}-\\d{2}-\\d{2}");
        RecordedRequest upload = find("/api/v1/wishes/w9/photos?kind=PHOTO");
        assertThat(upload.getHeader("Content-Type")).startsWith("image/jpeg");
        byte[] sent = upload.getBody().readByteArray();
        assertThat(sent.length).isLessThan(original.length);
        Bitmap small = BitmapFactory.decodeByteArray(sent, 0, sent.length);
        assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(Photos.MAX_SIDE);
        assertThat(find("/api/v1/wishes/w9/submit").getMethod()).isEqualTo("POST");
    }

    @Test
    public void aCashWishCarriesItsAmountAndAGoodsWishWithoutItemsIsNotSent() throws Exception {
        WishFormActivity a = Robolectric.buildActivity(WishFormActivity.class).setup().get();
        ((EditText) a.findViewById(R.id.wish_title_input)).setText("孩子的医药费");
        ((EditText) a.findViewById(R.id.wish_story_input)).setText("孩子住院，医保报销后还差一些。");
        a.findViewById(R.id.submit_wish).performClick();
        TextView status = a.findViewById(R.id.wish_form_status);
        assertThat(status.getText().toString()).isEqualTo("请至少列出一样物品");
        ((android.widget.RadioButton) a.findViewById(R.id.kind_cash)).setChecked(true);
        assertThat(a.findViewById(R.id.wish_items_section).getVisibility()).isEqualTo(View.GONE);
        ((EditText) a.findViewById(R.id.wish_amount_input)).setText("3000");
        a.findViewById(R.id.submit_wish).performClick();
        ScreenTests.await(() -> status.getText().toString().equals("已提交，工会审核后会通知您"));
        org.json.JSONObject created = new org.json.JSONObject(find("/api/v1/wishes").getBody().readUtf8());
        assertThat(created.getString("kind")).isEqualTo("CASH");
        assertThat(created.getLong("targetFen")).isEqualTo(300000);
        assertThat(created.has("items")).isFalse();
        ScreenTests.screenshot(a, "worker-wish-form-cash-zh-CN.png");
    }

    @Test
    public void theFormKeepsItsItemsAndPhotosThroughRotationAndProcessDeath() throws Exception {
        Uri uri = Uri.parse("content://media/external/images/media/43");
        shadowOf(RuntimeEnvironment.getApplication().getContentResolver()).registerInputStream(uri,
                new ByteArrayInputStream(photo(1600, 1200)));
        org.robolectric.android.controller.ActivityController<WishFormActivity> first = Robolectric.buildActivity(WishFormActivity.class).setup();
        WishFormActivity a = first.get();
        ((EditText) a.findViewById(R.id.wish_title_input)).setText("轮椅");
        fillLine(((LinearLayout) a.findViewById(R.id.wish_items)).getChildAt(0), "轮椅", "1", "800");
        a.findViewById(R.id.add_photo).performClick();
        shadowOf(a).receiveResult(shadowOf(a).getNextStartedActivityForResult().intent, Activity.RESULT_OK, new Intent().setData(uri));

        // rotation: the activity is recreated from its saved state
        first.recreate();
        WishFormActivity rotated = first.get();
        assertThat(rotated).isNotSameAs(a);
        assertThat(((TextView) rotated.findViewById(R.id.photo_count)).getText().toString()).isEqualTo("已添加 1 张照片");
        assertThat(((EditText) ((LinearLayout) rotated.findViewById(R.id.wish_items)).getChildAt(0).findViewById(R.id.line_price))
                .getText().toString()).isEqualTo("800");

        // process death: only the saved bundle (and the app's files) survive
        android.os.Bundle saved = new android.os.Bundle();
        first.saveInstanceState(saved).pause().stop().destroy();
        WishFormActivity restored = Robolectric.buildActivity(WishFormActivity.class).setup(saved).get();
        assertThat(((EditText) restored.findViewById(R.id.wish_title_input)).getText().toString()).isEqualTo("轮椅");
        assertThat(((EditText) ((LinearLayout) restored.findViewById(R.id.wish_items)).getChildAt(0).findViewById(R.id.line_name))
                .getText().toString()).isEqualTo("轮椅");
        assertThat(((TextView) restored.findViewById(R.id.wish_total)).getText().toString()).isEqualTo("合计 ¥800");
        assertThat(((TextView) restored.findViewById(R.id.photo_count)).getText().toString()).isEqualTo("已添加 1 张照片");
        restored.findViewById(R.id.submit_wish).performClick(); // no story yet
        assertThat(((TextView) restored.findViewById(R.id.wish_form_status)).getText().toString()).isEqualTo("请填写需要什么、原因和金额");
    }

    @Test
    public void jobsComeWithTheirReasonsAndOneTapApplies() throws Exception {
        JobsActivity a = Robolectric.buildActivity(JobsActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.jobs_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        assertThat(((TextView) list.getChildAt(0).findViewById(R.id.job_why)).getText().toString())
                .isEqualTo("为什么推荐：\n• 您具备岗位要求的全部技能\n• 离家约 1 公里\n• 工资能达到您的期望");
        assertThat(((TextView) list.getChildAt(0).findViewById(R.id.job_facts)).getText().toString())
                .isEqualTo("贵阳巾帼家政服务有限公司 · 南明区 · 月薪 ¥3,000–¥3,600");
        ScreenTests.screenshot(a, "worker-jobs-zh-CN.png");
        list.getChildAt(0).findViewById(R.id.job_apply).performClick();
        TextView apply = list.getChildAt(0).findViewById(R.id.job_apply);
        ScreenTests.await(() -> apply.getText().toString().equals("已报名"));
        assertThat(find("/api/v1/jobs/listings/j1/applications").getMethod()).isEqualTo("POST");
    }

    @Test
    public void theWorkerOrdersFromTheServiceMenuAndIsToldWhenItMustWait() throws Exception {
        ServicesActivity a = Robolectric.buildActivity(ServicesActivity.class).setup().get();
        LinearLayout list = a.findViewById(R.id.services_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        assertThat(((TextView) list.getChildAt(0).findViewById(R.id.job_facts)).getText().toString()).isEqualTo("法律援助 · 还剩 3 个名额");
        ScreenTests.screenshot(a, "worker-services-zh-CN.png");
        list.getChildAt(0).findViewById(R.id.job_apply).performClick();
        TextView status = a.findViewById(R.id.services_status);
        ScreenTests.await(() -> status.getText().toString().equals("暂时没有名额，已为您排队；有名额时会通知您"));
        assertThat(find("/api/v1/services/orders").getBody().readUtf8()).isEqualTo("{\"category\":\"LEGAL_AID\",\"district\":\"520102\"}");
    }

    @Test
    public void aScholarshipRequestCarriesTheSchoolAndTheAdmissionLetter() throws Exception {
        Uri uri = Uri.parse("content://media/external/images/media/7");
        shadowOf(RuntimeEnvironment.getApplication().getContentResolver()).registerInputStream(uri,
                new ByteArrayInputStream(photo(2000, 2800)));
        ScholarshipActivity a = Robolectric.buildActivity(ScholarshipActivity.class).setup().get();
        ((EditText) a.findViewById(R.id.scholarship_school)).setText("贵州大学");
        ((EditText) a.findViewById(R.id.scholarship_story)).setText("女儿今年考上大学，家里凑不齐学费。");
        a.findViewById(R.id.submit_scholarship).performClick();
        TextView status = a.findViewById(R.id.scholarship_status);
        assertThat(status.getText().toString()).isEqualTo("请填写学校、家里的情况，并添加录取通知书");
        a.findViewById(R.id.add_letter).performClick();
        shadowOf(a).receiveResult(shadowOf(a).getNextStartedActivityForResult().intent, Activity.RESULT_OK, new Intent().setData(uri));
        // the kind of school (录取层次) is asked for in words, as big choices
        a.findViewById(R.id.submit_scholarship).performClick();
        assertThat(status.getText().toString()).isEqualTo("请选一下孩子考上的是哪一类学校");
        RadioButton undergraduate = a.findViewById(R.id.level_undergraduate);
        assertThat(undergraduate.getText().toString()).isEqualTo("大学本科");
        assertThat(a.findViewById(R.id.scholarship_level_label).getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(undergraduate.getHeight()).as("a big target").isGreaterThanOrEqualTo(ScreenTests.px(a, 56));
        // a level the campaign does not fund is said before anything is posted
        ((RadioButton) a.findViewById(R.id.level_postgraduate)).setChecked(true);
        a.findViewById(R.id.submit_scholarship).performClick();
        ScreenTests.await(() -> status.getText().toString().equals("这次金秋助学只资助：大学本科、大专（高职）"));
        assertThat(requests.stream().noneMatch(r -> r.getPath().equals("/api/v1/wishes"))).isTrue();
        undergraduate.setChecked(true);
        a.findViewById(R.id.submit_scholarship).performClick();
        ScreenTests.await(() -> status.getText().toString().equals("已提交，工会审核后会通知您"));
        ScreenTests.screenshot(a, "worker-scholarship-zh-CN.png");
        String body = find("/api/v1/wishes").getBody().readUtf8();
        assertThat(body).contains("\"kind\":\"SCHOLARSHIP\"").contains("\"campaignId\":\"c1\"").contains("\"schoolName\":\"贵州大学\"")
                .contains("\"title\":\"考上贵州大学的学费\"").contains("\"level\":\"UNDERGRADUATE\"");
        assertThat(find("/api/v1/wishes/w9/photos?kind=ADMISSION_LETTER").getHeader("Content-Type")).startsWith("image/jpeg");
        assertThat(find("/api/v1/wishes/w9/submit").getMethod()).isEqualTo("POST");
    }

    private RecordedRequest find(String path) {
        return requests.stream().filter(r -> r.getPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no request to " + path));
    }

    /** A camera-sized photo. */
    private static byte[] photo(int width, int height) {
        Bitmap b = Bitmap.createBitmap(width, height, Bitmap.Config.ARGB_8888);
        new Canvas(b).drawColor(Color.rgb(200, 120, 60));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.compress(Bitmap.CompressFormat.JPEG, 95, out);
        return out.toByteArray();
    }

    @Test
    public void theWorkersScreensAreReadableAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        WorkerActivity home = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        LinearLayout questions = home.findViewById(R.id.questions);
        ScreenTests.await(() -> questions.getChildCount() == 1);
        ScreenTests.readableAtLargestFont(home, home.findViewById(R.id.file_state), 20);
        ScreenTests.screenshot(home, "worker-home-zh-CN-largest-font.png");
        LinearLayout wishes = home.findViewById(R.id.my_wishes);
        ScreenTests.await(() -> wishes.getChildCount() == 3);
        ScreenTests.readableAtLargestFont(home, wishes.getChildAt(0).findViewById(R.id.my_wish_status), 18);
        JobsActivity jobs = Robolectric.buildActivity(JobsActivity.class).setup().get();
        LinearLayout list = jobs.findViewById(R.id.jobs_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        ScreenTests.readableAtLargestFont(jobs, list.getChildAt(0).findViewById(R.id.job_why), 16);
        ScreenTests.screenshot(jobs, "worker-jobs-zh-CN-largest-font.png");
    }

    @Test
    public void theWorkersFormsAndTheServiceMenuAreUsableAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        WishFormActivity form = Robolectric.buildActivity(WishFormActivity.class).setup().get();
        ScreenTests.readableAtLargestFont(form, form.findViewById(R.id.wish_story_input), 18);
        ScreenTests.screenshot(form, "worker-wish-form-zh-CN-largest-font.png");

        ScholarshipActivity scholarship = Robolectric.buildActivity(ScholarshipActivity.class).setup().get();
        ScreenTests.readableAtLargestFont(scholarship, scholarship.findViewById(R.id.scholarship_school), 18);
        ScreenTests.screenshot(scholarship, "worker-scholarship-zh-CN-largest-font.png");

        ServicesActivity services = Robolectric.buildActivity(ServicesActivity.class).setup().get();
        LinearLayout list = services.findViewById(R.id.services_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        ScreenTests.readableAtLargestFont(services, list.getChildAt(0).findViewById(R.id.job_facts), 16);
        ScreenTests.screenshot(services, "worker-services-zh-CN-largest-font.png");
    }
}
