package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.DialogInterface;
import android.content.Intent;
import android.net.Uri;
import android.provider.MediaStore;
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

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/**
 * Staff in the field (issue 17): a home visit recorded from the file's page with a photo taken by the camera
 * app (ACTION_IMAGE_CAPTURE into the FileProvider's file; the answer delivered through Robolectric's shadow, the
 * photo made small and uploaded with the file's documents, then the visit sent with its idempotency key), and a
 * funded wish's proof of hand-over photographed and uploaded. Scripted answers are checked against docs/openapi.json.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class StaffCameraJourneysTest {

    static final String FUNDED = WishReviewActivityTest.GOODS.replace("\"SUBMITTED\"", "\"FUNDED\"")
            .replace("\"pledgedFen\":0,\"paidFen\":0,\"remainingFen\":159900", "\"pledgedFen\":159900,\"paidFen\":159900,\"remainingFen\":0");

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile boolean visited;
    private volatile boolean offline;

    @Before
    public void start() throws Exception {
        ScreenTests.forgetFileProviderRoots(); // another test class's cache folder may be remembered
        ScreenTests.serve(server, null, r -> {
            if (offline && r.getMethod().equals("POST")) {
                return new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST);
            }
            requests.add(r);
            String path = r.getPath();
            if (path.equals("/api/v1/households/h1")) {
                return new MockResponse().setBody(visited ? FileReviewActivityTest.FILE
                        : FileReviewActivityTest.FILE.replaceAll("\"verifications\":\\[.*]}$", "\"verifications\":[]}"));
            }
            if (path.equals("/api/v1/households/h1/documents") && r.getMethod().equals("GET")) {
                return new MockResponse().setBody("[]");
            }
            if (path.equals("/api/v1/households/h1/documents?kind=VISIT_PHOTO")) {
                return new MockResponse().setResponseCode(201).setBody("{\"id\":\"d9\",\"householdId\":\"h1\",\"kind\":\"VISIT_PHOTO\","
                        + "\"contentType\":\"image/jpeg\",\"sizeBytes\":2048,\"createdAt\":\"2026-12-02T03:00:00Z\"}");
            }
            if (path.equals("/api/v1/households/h1/verifications")) {
                visited = true;
                return new MockResponse().setResponseCode(201).setBody(FileReviewActivityTest.FILE);
            }
            if (path.equals("/api/v1/households/h1/approve")) {
                return new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/problem+json")
                        .setBody("{\"type\":\"https://weiyuan.org/problems/separation-of-duties\",\"title\":\"职责分离\",\"status\":403,"
                                + "\"detail\":\"入户核查人不能审批同一档案（谁调查、谁审核，须由他人审批）。\"}");
            }
            if (path.equals("/api/v1/wishes/w5/proofs")) {
                return new MockResponse().setResponseCode(201).setBody(FUNDED.replace("\"photos\":[{\"id\":\"p1\",\"kind\":\"PHOTO\",\"cleared\":true}]",
                        "\"photos\":[{\"id\":\"p1\",\"kind\":\"PHOTO\",\"cleared\":true},{\"id\":\"p8\",\"kind\":\"DISBURSEMENT_PROOF\",\"cleared\":false}]"));
            }
            if (path.equals("/api/v1/wishes?status=FUNDED&limit=50")) {
                return new MockResponse().setBody("[" + FUNDED + "]");
            }
            if (path.startsWith("/api/v1/households?status=UNDER_VERIFICATION")) { // the queue opens on the files
                return new MockResponse().setBody("{\"items\":[],\"nextCursor\":null}");
            }
            if (path.equals("/api/v1/wishes?status=FULFILLING&limit=50")) {
                return new MockResponse().setBody("[]");
            }
            return new MockResponse().setResponseCode(404);
        });
        ScreenTests.signIn("zhou.hua", "staff");
    }

    @After
    public void stop() throws Exception {
        ScreenTests.stopSharing(server);
    }

    private static VisitActivity openVisit() {
        return Robolectric.buildActivity(VisitActivity.class, VisitActivity.intent(RuntimeEnvironment.getApplication(), "h1", "王*", "南明区"))
                .setup().get();
    }

    private static void fill(Activity a, int id, String text) {
        ((EditText) a.findViewById(id)).setText(text);
    }

    private static void fillTheVisit(Activity a) {
        fill(a, R.id.visit_date_input, "2026-12-01");
        fill(a, R.id.visit_housing_input, "租住老房，漏雨");
        fill(a, R.id.visit_food_input, "温饱");
        fill(a, R.id.visit_work_input, "户主只能做零工");
        fill(a, R.id.visit_school_input, "女儿读高三");
        fill(a, R.id.visit_summary_input, "情况属实");
        LinearLayout help = a.findViewById(R.id.visit_help_choices);
        ((android.widget.CheckBox) help.getChildAt(0)).setChecked(true); // 生活救助
        ((android.widget.CheckBox) help.getChildAt(1)).setChecked(true); // 助学
    }

    /**
     * Taps "拍照", checks what the camera app is asked (write the full photo into our FileProvider file, with the
     * permission to), writes a photo there as a camera app would, and delivers the answer.
     */
    static void takeAPhoto(Activity a, int button) throws IOException {
        a.findViewById(button).performClick();
        ShadowActivity.IntentForResult asked = shadowOf(a).getNextStartedActivityForResult();
        assertThat(asked.intent.getAction()).isEqualTo(MediaStore.ACTION_IMAGE_CAPTURE);
        assertThat(asked.requestCode).isEqualTo(CameraPhoto.TAKE);
        Uri output = asked.intent.getParcelableExtra(MediaStore.EXTRA_OUTPUT);
        assertThat(output.getScheme()).isEqualTo("content");
        assertThat(output.getAuthority()).isEqualTo(DonationsActivity.FILES_AUTHORITY);
        assertThat(asked.intent.getFlags() & Intent.FLAG_GRANT_WRITE_URI_PERMISSION).isNotZero();
        File target = new File(new File(a.getCacheDir(), CameraPhoto.FOLDER), output.getLastPathSegment());
        android.graphics.Bitmap photo = android.graphics.Bitmap.createBitmap(2000, 1500, android.graphics.Bitmap.Config.ARGB_8888);
        photo.eraseColor(0xFF8D6E63);
        try (FileOutputStream out = new FileOutputStream(target)) {
            photo.compress(android.graphics.Bitmap.CompressFormat.JPEG, 90, out);
        }
        shadowOf(a).receiveResult(asked.intent, Activity.RESULT_OK, null);
        assertThat(target).as("the camera's full-size file is not kept once made small").doesNotExist();
    }

    private RecordedRequest request(String path) {
        return requests.stream().filter(r -> r.getPath().equals(path)).findFirst().orElseThrow(() -> new AssertionError("no " + path));
    }

    @Test
    public void aHomeVisitIsRecordedWithAPhotoFromTheCamera() throws Exception {
        VisitActivity a = openVisit();
        assertThat(((TextView) a.findViewById(R.id.visit_for)).getText().toString()).isEqualTo("户主 王* · 南明区");
        fillTheVisit(a);
        takeAPhoto(a, R.id.visit_take_photo);
        assertThat(((TextView) a.findViewById(R.id.visit_photo_state)).getText().toString()).isEqualTo("照片已拍好，可以重拍或重选");
        assertThat(a.findViewById(R.id.visit_photo).getVisibility()).isEqualTo(View.VISIBLE);
        ScreenTests.screenshot(a, "staff-visit-zh-CN.png");

        a.findViewById(R.id.visit_save).performClick();
        ScreenTests.await(a::isFinishing);
        RecordedRequest photo = request("/api/v1/households/h1/documents?kind=VISIT_PHOTO");
        assertThat(photo.getHeader("Content-Type")).startsWith("image/jpeg");
        android.graphics.Bitmap sent = android.graphics.BitmapFactory.decodeByteArray(photo.getBody().readByteArray(), 0, (int) photo.getBodySize());
        if (android.os.Build.VERSION.SDK_INT >= 26) { // Robolectric decodes real pixels with native graphics only
            assertThat(Math.max(sent.getWidth(), sent.getHeight())).as("made small on the phone").isEqualTo(Photos.MAX_SIDE);
        }
        RecordedRequest visit = request("/api/v1/households/h1/verifications");
        assertThat(visit.getHeader("Idempotency-Key")).isNotBlank();
        JSONObject body = new JSONObject(visit.getBody().readUtf8());
        assertThat(body.getString("visitedOn")).isEqualTo("2026-12-01");
        assertThat(body.getJSONObject("findings").getString("housing")).isEqualTo("租住老房，漏雨");
        assertThat(body.getJSONObject("findings").getString("childrenInSchool")).isEqualTo("女儿读高三");
        assertThat(body.getJSONArray("recommendedHelp").toString()).isEqualTo("[\"LIVING_AID\",\"SCHOLARSHIP\"]");
        assertThat(body.getString("summary")).isEqualTo("情况属实");
        assertThat(shadowOf(a).getResultCode()).isEqualTo(Activity.RESULT_OK);
        assertThat(requests.indexOf(photo)).as("the photo first: a failed upload sends no visit").isLessThan(requests.indexOf(visit));
    }

    @Test
    public void aVisitWithoutHelpIsNotSentAndSaysWhy() throws Exception {
        VisitActivity a = openVisit();
        fill(a, R.id.visit_housing_input, "租住老房");
        a.findViewById(R.id.visit_save).performClick();
        ScreenTests.awaitText(a.findViewById(R.id.visit_status), "请至少选一项建议帮扶");
        assertThat(requests).extracting(RecordedRequest::getPath).doesNotContain("/api/v1/households/h1/verifications");
    }

    @Test
    public void theFormAndThePhotoSurviveAKilledProcess() throws Exception {
        ActivityController<VisitActivity> controller = Robolectric.buildActivity(VisitActivity.class,
                VisitActivity.intent(RuntimeEnvironment.getApplication(), "h1", "王*", "南明区")).setup();
        VisitActivity a = controller.get();
        fillTheVisit(a);
        takeAPhoto(a, R.id.visit_take_photo);
        android.os.Bundle saved = new android.os.Bundle();
        controller.saveInstanceState(saved).pause().stop().destroy();
        VisitActivity again = Robolectric.buildActivity(VisitActivity.class,
                VisitActivity.intent(RuntimeEnvironment.getApplication(), "h1", "王*", "南明区")).setup(saved).get();
        assertThat(((EditText) again.findViewById(R.id.visit_housing_input)).getText().toString()).isEqualTo("租住老房，漏雨");
        assertThat(((android.widget.CheckBox) ((LinearLayout) again.findViewById(R.id.visit_help_choices)).getChildAt(1)).isChecked()).isTrue();
        assertThat(again.findViewById(R.id.visit_photo).getVisibility()).isEqualTo(View.VISIBLE);
    }

    @Test
    public void offlineThePhotoStaysAndNoVisitIsSent() throws Exception {
        offline = true;
        VisitActivity a = openVisit();
        fillTheVisit(a);
        takeAPhoto(a, R.id.visit_take_photo);
        a.findViewById(R.id.visit_save).performClick();
        TextView status = a.findViewById(R.id.visit_status);
        ScreenTests.await(() -> status.getText().toString().startsWith("照片没能上传"));
        assertThat(a.isFinishing()).isFalse();
        assertThat(a.findViewById(R.id.visit_save).isEnabled()).isTrue();
        assertThat(a.findViewById(R.id.visit_photo).getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(requests).extracting(RecordedRequest::getPath).doesNotContain("/api/v1/households/h1/verifications");
    }

    @Test
    public void fromTheFileAVisitIsRecordedAndTheInvestigatorIsToldWhyTheyMayNotApprove() throws Exception {
        FileReviewActivity file = Robolectric.buildActivity(FileReviewActivity.class, new Intent(RuntimeEnvironment.getApplication(),
                FileReviewActivity.class).putExtra(FileReviewActivity.EXTRA_ID, "h1")).setup().get();
        View record = file.findViewById(R.id.review_record_visit);
        ScreenTests.await(() -> record.getVisibility() == View.VISIBLE);
        assertThat(file.findViewById(R.id.review_approve).isEnabled()).isFalse();
        record.performClick();
        ShadowActivity.IntentForResult asked = shadowOf(file).getNextStartedActivityForResult();
        assertThat(asked.intent.getComponent().getClassName()).isEqualTo(VisitActivity.class.getName());
        assertThat(asked.intent.getStringExtra(VisitActivity.EXTRA_ID)).isEqualTo("h1");
        visited = true; // the visit was recorded there
        shadowOf(file).receiveResult(asked.intent, Activity.RESULT_OK, null);
        ScreenTests.await(() -> file.findViewById(R.id.review_approve).isEnabled());
        file.findViewById(R.id.review_approve).performClick();
        ReviewTests.dialog().getButton(DialogInterface.BUTTON_POSITIVE).performClick();
        TextView status = file.findViewById(R.id.review_status);
        ScreenTests.awaitText(status, "入户核查人不能审批同一档案（谁调查、谁审核，须由他人审批）。");
        assertThat(file.isFinishing()).isFalse();
        ScreenTests.screenshot(file, "staff-file-review-zh-CN-separation-of-duties.png");
    }

    @Test
    public void aProofOfHandOverIsPhotographedAndUploaded() throws Exception {
        FilesQueueActivity queue = Robolectric.buildActivity(FilesQueueActivity.class).setup().get();
        queue.findViewById(R.id.queue_handover).performClick();
        LinearLayout list = queue.findViewById(R.id.queue_list);
        ScreenTests.await(() -> list.getChildCount() == 1);
        assertThat(((TextView) list.getChildAt(0).findViewById(R.id.file_facts)).getText().toString()).isEqualTo("南明区 · 目标 ¥1,599 · 已筹满，待拨付");
        ScreenTests.screenshot(queue, "staff-queue-handover-zh-CN.png");
        list.getChildAt(0).findViewById(R.id.file_approve).performClick();
        Intent next = shadowOf(queue).getNextStartedActivity();
        assertThat(next.getComponent().getClassName()).isEqualTo(ProofActivity.class.getName());

        ProofActivity a = Robolectric.buildActivity(ProofActivity.class, next).setup().get();
        assertThat(((TextView) a.findViewById(R.id.proof_for)).getText().toString()).isEqualTo("给女儿买一台学习用的电脑\n目标 ¥1,599 · 已筹满，待拨付");
        assertThat(a.findViewById(R.id.proof_upload).isEnabled()).as("nothing to upload yet").isFalse();
        takeAPhoto(a, R.id.proof_take_photo);
        assertThat(a.findViewById(R.id.proof_upload).isEnabled()).isTrue();
        ScreenTests.screenshot(a, "staff-proof-zh-CN.png");
        a.findViewById(R.id.proof_upload).performClick();
        TextView status = a.findViewById(R.id.proof_status);
        ScreenTests.awaitText(status, "凭证已上传，这个微愿现有 1 张拨付凭证");
        RecordedRequest proof = request("/api/v1/wishes/w5/proofs");
        assertThat(proof.getHeader("Content-Type")).startsWith("image/jpeg");
        assertThat(proof.getBodySize()).isPositive();
        assertThat(a.findViewById(R.id.proof_upload).isEnabled()).as("sent: ready for the next one").isFalse();
        ScreenTests.screenshot(a, "staff-proof-zh-CN-uploaded.png");
    }

    @Test
    public void aPickedPhotoIsUploadedToo() throws Exception {
        ProofActivity a = Robolectric.buildActivity(ProofActivity.class, ProofActivity.intent(RuntimeEnvironment.getApplication(),
                org.weiyuan.app.core.Responses.one(FUNDED, org.weiyuan.app.core.StaffWish::new))).setup().get();
        a.findViewById(R.id.proof_pick_photo).performClick();
        ShadowActivity.IntentForResult asked = shadowOf(a).getNextStartedActivityForResult();
        assertThat(asked.intent.getAction()).isEqualTo(Intent.ACTION_GET_CONTENT);
        File picked = new File(a.getCacheDir(), "picked.jpg");
        android.graphics.Bitmap photo = android.graphics.Bitmap.createBitmap(600, 800, android.graphics.Bitmap.Config.ARGB_8888);
        try (FileOutputStream out = new FileOutputStream(picked)) {
            photo.compress(android.graphics.Bitmap.CompressFormat.JPEG, 90, out);
        }
        shadowOf(a).receiveResult(asked.intent, Activity.RESULT_OK, new Intent().setData(Uri.fromFile(picked)));
        assertThat(a.findViewById(R.id.proof_upload).isEnabled()).isTrue();
        a.findViewById(R.id.proof_upload).performClick();
        ScreenTests.awaitText(a.findViewById(R.id.proof_status), "凭证已上传，这个微愿现有 1 张拨付凭证");
    }

    @Test
    @Config(qualifiers = "en-w360dp-h640dp-xhdpi")
    public void theVisitAndTheProofInEnglish() throws Exception {
        VisitActivity a = openVisit();
        fillTheVisit(a);
        takeAPhoto(a, R.id.visit_take_photo);
        ScreenTests.screenshot(a, "staff-visit-en.png");
        ProofActivity proof = Robolectric.buildActivity(ProofActivity.class, ProofActivity.intent(RuntimeEnvironment.getApplication(),
                org.weiyuan.app.core.Responses.one(FUNDED, org.weiyuan.app.core.StaffWish::new))).setup().get();
        assertThat(((TextView) proof.findViewById(R.id.proof_for)).getText().toString()).isEqualTo("给女儿买一台学习用的电脑\nTarget ¥1,599 · funded: to hand over");
        ScreenTests.screenshot(proof, "staff-proof-en.png");
    }

    @Test
    public void theVisitAtTheLargestFontAndInElderMode() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        VisitActivity a = openVisit();
        ScreenTests.readableAtLargestFont(a, a.findViewById(R.id.visit_for), 18);
        ScreenTests.screenshot(a, "staff-visit-zh-CN-largest-font.png");
        RuntimeEnvironment.setFontScale(1.0f);
        ElderMode.set(RuntimeEnvironment.getApplication(), true);
        VisitActivity elder = openVisit();
        View save = elder.findViewById(R.id.visit_save);
        ScreenTests.await(() -> save.getHeight() >= ScreenTests.px(elder, ElderMode.MIN_TARGET_DP));
        View help = ((LinearLayout) elder.findViewById(R.id.visit_help_choices)).getChildAt(0);
        assertThat(help.getHeight()).isGreaterThanOrEqualTo(ScreenTests.px(elder, ElderMode.MIN_TARGET_DP));
        ScreenTests.screenshot(elder, "staff-visit-zh-CN-elder.png");
    }
}
