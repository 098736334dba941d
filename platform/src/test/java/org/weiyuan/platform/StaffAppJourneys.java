package org.weiyuan.platform;

import org.json.JSONArray;
import org.json.JSONObject;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.ApiClient;
import org.weiyuan.app.core.ApiException;
import org.weiyuan.app.core.Responses;
import org.weiyuan.app.core.ScholarshipRequest;
import org.weiyuan.app.core.StaffWish;
import org.weiyuan.app.core.VisitDraft;
import org.weiyuan.app.core.WishDraft;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The staff journeys of the Android app (issue 17) against the real platform, with the app's own {@link ApiClient}
 * and {@link VisitDraft}: every call the vetting, visit and proof screens make ({@code staffWish}, {@code wishPhoto},
 * {@code wishesToHandOver}, {@code uploadVisitPhoto}, the visit's action, {@code uploadProof}), read with the same
 * typed classes the screens read. What the app does not do (creating a file, the sandbox payment, recording the
 * disbursement) is console work, done raw with the same kind of token ({@link AppClientJourneys#raw}).
 *
 * <p>The wishes are 田秀梅's (tian.xiumei, the app journeys' own worker) and none stays open; the visit is made on a
 * file 周华 (zhou.hua, 南明区) registers for it, so no other journey's file moves.
 */
final class StaffAppJourneys {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** 南明区 (seeds/households.json), where 周华 and 刘洋 work. */
    private static final String NANMING = "b91dddd9-1389-4372-a341-738c837a7935";

    private final AppClientJourneys journeys;

    StaffAppJourneys(AppClientJourneys journeys) {
        this.journeys = journeys;
    }

    /**
     * A scholarship vetted in full in the app (its admission letter, the household's category and last visit), asked
     * about, answered and rejected; a proof on it refused (not funded: 409); a cash wish published, funded by a donor,
     * found among the wishes to hand over, its proof photographed and uploaded (the same picture again is flagged as
     * reused), handed over and received.
     */
    void staffVetAWishAndPhotographItsProof() throws Exception {
        ApiClient worker = journeys.app(AppClientJourneys.POSTING_WORKER);
        ApiClient staff = journeys.app("zhou.hua");
        ApiClient donor = journeys.app("zhao.min");
        LocalDate today = LocalDate.now(CHINA);

        Responses.Campaign campaign = worker.openScholarshipCampaign(today.toString());
        assertThat(campaign).as("the demo's 金秋助学 campaign").isNotNull();
        String scholarship = worker.createScholarship(new ScholarshipRequest("女儿考上大学的学费", "女儿今年考上大学，家里凑不齐学费。",
                campaign.id, "贵州大学", today.getYear(), ScholarshipRequest.Level.UNDERGRADUATE, campaign.endsOn));
        worker.uploadAdmissionLetter(scholarship, AppClientJourneys.jpeg(new Color(245, 240, 225)));
        worker.submitWish(scholarship);

        // the whole wish as the vetting screen reads it
        StaffWish w = staff.staffWish(scholarship);
        assertThat(w.kind).isEqualTo("SCHOLARSHIP");
        assertThat(w.inVetting()).isTrue();
        assertThat(w.schoolName).isEqualTo("贵州大学");
        assertThat(w.admissionYear).isEqualTo(today.getYear());
        assertThat(w.targetFen).as("the campaign's amount").isPositive();
        assertThat(w.photos("ADMISSION_LETTER")).hasSize(1);
        StaffWish.Photo letter = w.photos("ADMISSION_LETTER").get(0);
        assertThat(letter.cleared).as("staff see the letter; donors never do").isFalse();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(staff.wishPhoto(scholarship, letter.id)))).isNotNull();
        Responses.StaffFile file = staff.staffFile(w.householdId);
        assertThat(file.category).as("the household's category the rules gave").isNotBlank();
        assertThat(file.severity).isNotBlank();
        assertThat(file.visits).as("田秀梅's file was visited before it was approved").isNotEmpty();
        assertThat(staff.fileDocuments(w.householdId)).isNotNull();

        // asked (the screen confirms first), answered by the worker, then rejected with a reason
        staff.send(Action.askAboutWish(scholarship, "录取通知书上的专业是什么？"));
        Responses.Question question = worker.myWish(scholarship).questions.stream().filter(Responses.Question::open).findFirst().orElseThrow();
        worker.send(Action.answerAboutWish(scholarship, question.id, "软件工程专业。"));
        StaffWish answered = staff.staffWish(scholarship);
        assertThat(answered.inVetting()).isTrue();
        assertThat(answered.questions).anySatisfy(q -> assertThat(q.answer).isEqualTo("软件工程专业。"));
        staff.send(Action.rejectWish(scholarship, "请先提交学校的学费通知单"));
        StaffWish rejected = staff.staffWish(scholarship);
        assertThat(rejected.status).isEqualTo("REJECTED");
        assertThat(rejected.rejectionReason).isEqualTo("请先提交学校的学费通知单");
        assertThat(rejected.takesProof()).isFalse();
        byte[] receipt = AppClientJourneys.jpeg(new Color(250, 250, 250));
        ApiException notFunded = catchThrowableOfType(ApiException.class, () -> staff.uploadProof(scholarship, receipt));
        assertThat(notFunded.status).as(notFunded.detail).isEqualTo(409);
        assertThat(notFunded.detail).isNotBlank();

        // a cash wish: published in the app, funded by a donor, then in the hand-over list
        String cash = worker.createWish(WishDraft.withTarget(WishDraft.Kind.CASH, "交这个月的药费", "户主每周透析，这个月的药费还差一些。",
                30_000, AppClientJourneys.deadline(20)));
        worker.submitWish(cash);
        staff.send(Action.publishWish(cash));
        Responses.Pledge pledge = donor.pledge(cash, 30_000, UUID.randomUUID().toString());
        donor.payInSandbox(pledge.paymentReference);
        AppClientJourneys.await("the sandbox's payment notice", () -> "PAID".equals(donor.pledgeStatus(pledge.id)));
        AppClientJourneys.await("the wish funded", () -> "FUNDED".equals(staff.staffWish(cash).status));
        assertThat(staff.wishesToHandOver()).anySatisfy(h -> {
            assertThat(h.id).isEqualTo(cash);
            assertThat(h.takesProof()).isTrue();
            assertThat(h.paidFen).isEqualTo(30_000);
        });

        // the proof photographed and uploaded; the same picture again is taken but flagged
        StaffWish withProof = staff.uploadProof(cash, receipt);
        assertThat(withProof.photos("DISBURSEMENT_PROOF")).hasSize(1);
        assertThat(withProof.photos("DISBURSEMENT_PROOF").get(0).reusedPhotoId).isNull();
        assertThat(withProof.photos("DISBURSEMENT_PROOF").get(0).cleared).as("cleared in the console before donors see it").isFalse();
        StaffWish twice = staff.uploadProof(cash, receipt);
        assertThat(twice.photos("DISBURSEMENT_PROOF")).hasSize(2);
        assertThat(twice.photos("DISBURSEMENT_PROOF").get(1).reusedPhotoId).isEqualTo(withProof.photos("DISBURSEMENT_PROOF").get(0).id);
        byte[] proofPhoto = staff.wishPhoto(cash, withProof.photos("DISBURSEMENT_PROOF").get(0).id);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(proofPhoto))).isNotNull();

        // handed over (below the second-approval limit: console work) and received: 田秀梅 holds no open wish again
        journeys.raw("zhou.hua", "POST", "/api/v1/wishes/" + cash + "/disbursements", new JSONObject().put("amountFen", 30_000)
                .put("method", "BANK_TRANSFER").put("reference", "ZZ-" + cash.substring(0, 8)).put("proof", "已转账到户主银行卡。").toString());
        worker.send(Action.confirmReceipt(cash, "药费交上了，谢谢！"));
        assertThat(staff.staffWish(cash).status).isEqualTo("FULFILLED");
    }

    /**
     * A home visit recorded in the app on a file under verification: the photo from the camera goes with the file's
     * documents, the visit as the app's action (its replay is not a second visit); the investigator is refused the
     * approval (谁调查、谁审核: 403 separation-of-duties, its detail what the screen shows); another staff member approves.
     */
    void staffRecordAHomeVisitWithAPhoto() throws Exception {
        ApiClient investigator = journeys.app("zhou.hua");
        ApiClient approver = journeys.app("liu.yang");
        String fileId = new JSONObject(journeys.raw("zhou.hua", "POST", "/api/v1/households", new JSONObject()
                .put("unitId", NANMING).put("headName", "罗应用").put("idNumber", idNumber()).put("district", "南明区")
                .put("housing", "RENTED").put("otherMonthlyIncomeFen", 20_000).put("causes", new JSONArray().put("ILLNESS"))
                .put("members", new JSONArray().put(new JSONObject().put("relation", "SELF").put("name", "罗应用").put("birthYear", 1976)
                        .put("schooling", "JUNIOR_HIGH").put("healthStatus", "CHRONIC_ILLNESS").put("workStatus", "FLEXIBLE")
                        .put("monthlyIncomeFen", 80_000))).toString())).getString("id");
        journeys.raw("zhou.hua", "POST", "/api/v1/households/" + fileId + "/submit", null);
        journeys.raw("zhou.hua", "POST", "/api/v1/households/" + fileId + "/start-verification", null);
        assertThat(investigator.files("UNDER_VERIFICATION")).anySatisfy(f -> assertThat(f.id).isEqualTo(fileId));

        VisitDraft visit = new VisitDraft(LocalDate.now(CHINA).toString(), "租住一间平房，屋顶漏雨。", "饮食简单。", "户主只能做零工。", "",
                EnumSet.of(VisitDraft.Help.MEDICAL_AID, VisitDraft.Help.LIVING_AID), "情况属实。");
        assertThat(visit.problem()).isNull();
        Responses.Document photo = investigator.uploadVisitPhoto(fileId, AppClientJourneys.jpeg(new Color(120, 100, 90)));
        assertThat(photo.kind).isEqualTo("VISIT_PHOTO");
        assertThat(photo.image()).isTrue();
        Action recorded = visit.action(fileId);
        investigator.send(recorded);
        AppClientJourneys.replay(investigator, recorded); // the answer lost, the queue sends it again

        Responses.StaffFile file = investigator.staffFile(fileId);
        assertThat(file.visits).as("one visit, the replay did not make a second").hasSize(1);
        Responses.Visit v = file.visits.get(0);
        assertThat(v.housing).isEqualTo("租住一间平房，屋顶漏雨。");
        assertThat(v.childrenInSchool).as("an empty look is left out").isNull();
        assertThat(v.recommendedHelp).containsExactlyInAnyOrder("MEDICAL_AID", "LIVING_AID");
        assertThat(v.summary).isEqualTo("情况属实。");
        assertThat(investigator.fileDocuments(fileId)).anySatisfy(d -> assertThat(d.id).isEqualTo(photo.id));
        assertThat(investigator.fileDocument(fileId, photo.id)).isNotEmpty();

        ApiException own = catchThrowableOfType(ApiException.class, () -> investigator.send(Action.approveFile(fileId)));
        assertThat(own.status).isEqualTo(403);
        assertThat(own.type).endsWith("/separation-of-duties");
        assertThat(own.detail).contains("谁调查、谁审核");
        Action approve = Action.approveFile(fileId);
        approver.send(approve);
        AppClientJourneys.replay(approver, approve); // a replayed approval is silent (not 409 "already approved")
        assertThat(approver.staffFile(fileId).status).isEqualTo("APPROVED");
    }

    /** A valid, unused 18-digit resident ID (GB 11643 check digit) for the file this journey registers. */
    private static String idNumber() {
        String body = "520102" + "1976" + "0315" + String.format("%03d", new java.security.SecureRandom().nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
