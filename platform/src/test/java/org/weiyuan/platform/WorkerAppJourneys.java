package org.weiyuan.platform;

import org.json.JSONObject;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.ApiClient;
import org.weiyuan.app.core.ApiException;
import org.weiyuan.app.core.HouseholdDraft;
import org.weiyuan.app.core.JobMatch;
import org.weiyuan.app.core.Responses;
import org.weiyuan.app.core.WorkerActions;

import java.awt.Color;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The worker's own journeys of the Android app ({@code HouseholdFormActivity}, the document answer on
 * the worker's home, {@code MyRequestsActivity}) made with the app's own client against the real
 * platform: 李强 (li.qiang, no file yet in the demo) files his household under his grassroots union,
 * is refused at the field the form would show, changes it, sends it for review, and answers 周华's
 * request for a document with a photo; 王芳 (wang.fang) reads her job applications and service bookings,
 * withdraws an application and cancels a booking she made here, and her scholarship requests are read
 * as the app reads them.
 */
final class WorkerAppJourneys {

    /** 南明区花果园社区工会联合会 (seeds/unions.json), under 周华's 南明区. */
    private static final String GRASSROOTS_UNIT = "b91dddd9-1389-4372-a341-738c837a7935";

    private final AppClientJourneys platform;

    WorkerAppJourneys(AppClientJourneys platform) {
        this.platform = platform;
    }

    void workerFilesTheHouseholdAndAnswersWithADocument() throws Exception {
        ApiClient worker = platform.app("li.qiang");
        assertThat(worker.myHousehold()).as("li.qiang has no file in the demo").isNull();
        List<Responses.Unit> units = worker.units();
        assertThat(units).extracting(u -> u.id).contains(GRASSROOTS_UNIT);
        assertThat(units.stream().filter(u -> u.id.equals(GRASSROOTS_UNIT)).findFirst().get().grassroots()).isTrue();

        HouseholdDraft draft = HouseholdDraft.start();
        draft.unitId = GRASSROOTS_UNIT;
        draft.headName = "李强";
        draft.idNumber = idNumber("52010219780506", "321");
        draft.district = "南明区";
        draft.housing = "RENTED";
        draft.otherIncome = "0";
        draft.causes.add("ILLNESS");
        HouseholdDraft.Member self = draft.members.get(0);
        self.name = "李强";
        self.birthYear = "1978";
        self.healthStatus = "CHRONIC_ILLNESS";
        self.workStatus = "FLEXIBLE";
        self.monthlyIncome = "1800.50";
        HouseholdDraft.Member child = new HouseholdDraft.Member();
        child.relation = "CHILD";
        child.name = "李小明";
        child.birthYear = "1890"; // a slip the form would catch; sent anyway, the server names the same field
        child.schooling = "JUNIOR_HIGH";
        child.workStatus = "STUDENT";
        draft.members.add(child);
        assertThat(draft.problems(2026)).containsOnlyKeys("members[1].birthYear");
        ApiException refused = catchThrowableOfType(ApiException.class, () -> worker.saveHousehold(draft, null));
        assertThat(refused.status).as("a field refused by bean validation (the API's 400 problem+json)").isEqualTo(400);
        assertThat(refused.fields).as(refused.detail).containsKey("members[1].birthYear");

        child.birthYear = "2012";
        assertThat(draft.problems(2026)).isEmpty();
        Action filing = draft.save(null);
        Responses.Household filed = worker.saveHousehold(filing);
        assertThat(filed.status).isEqualTo("DRAFT");
        // the answer lost, the queue files again with the same id: the same file back, not a 409 or a second file
        Responses.Household refiled = worker.saveHousehold(filing);
        assertThat(refiled.id).isEqualTo(filed.id);
        assertThat(worker.myHousehold().id).isEqualTo(filed.id);
        assertThat(filed.members).hasSize(2);
        assertThat(filed.members.get(0).monthlyIncomeFen + filed.members.get(1).monthlyIncomeFen).isEqualTo(180_050);

        // edited as the form edits it: the file read back, one field changed, sent as the queued action would be
        HouseholdDraft again = HouseholdDraft.of(worker.myHousehold());
        assertThat(again.idNumber).as("the owner reads their own file unmasked").isEqualTo(draft.idNumber);
        again.phone = "13900002222";
        Action save = again.save(filed.id);
        worker.send(save);
        worker.send(save); // a replay of a save whose answer was lost: the same file, unchanged
        assertThat(worker.myHousehold().phone).isEqualTo("13900002222");

        Action submit = WorkerActions.submitHousehold(filed.id);
        worker.send(submit);
        AppClientJourneys.replay(worker, submit); // silent, not 409 "already submitted"
        assertThat(worker.myHousehold().status).isEqualTo("SUBMITTED");

        // 周华 asks for a document; the worker answers it with a photo
        platform.raw("zhou.hua", "POST", "/api/v1/households/" + filed.id + "/questions",
                new JSONObject().put("question", "请拍一张单位开的收入证明").put("documentKind", "INCOME_PROOF").toString());
        Responses.Household asked = worker.myHousehold();
        assertThat(asked.status).isEqualTo("NEEDS_INFO");
        Responses.Question question = asked.questions.stream().filter(Responses.Question::open).findFirst().get();
        assertThat(asked.documentKinds).containsEntry(question.id, "INCOME_PROOF");
        assertThat(asked.editable()).isTrue();
        ApiException textRefused = catchThrowableOfType(ApiException.class,
                () -> worker.send(Action.answerAboutFile(filed.id, question.id, "收入证明明天拍")));
        assertThat(textRefused.status).as("a request for a document is answered with one (the app offers no text box)").isEqualTo(422);

        byte[] photo = AppClientJourneys.jpeg(new Color(235, 230, 220));
        Responses.Document sent = worker.answerWithDocument(filed.id, question.id, photo, "image/jpeg");
        assertThat(sent.questionId).isEqualTo(question.id);
        assertThat(sent.kind).isEqualTo("INCOME_PROOF");
        Responses.Household answered = worker.myHousehold();
        assertThat(answered.questions.stream().filter(q -> q.id.equals(question.id)).findFirst().get().open()).isFalse();
        assertThat(answered.status).as("the last answer resubmits the file").isEqualTo("SUBMITTED");
    }

    void workerFollowsApplicationsBookingsAndScholarships() throws Exception {
        ApiClient worker = platform.app("wang.fang");
        // an application of her own, on the last of her recommended jobs (the other journey takes the first open one)
        List<JobMatch> jobs = worker.jobMatches();
        assertThat(jobs).isNotEmpty();
        JobMatch last = jobs.get(jobs.size() - 1);
        try {
            worker.send(Action.applyForJob(last.listingId));
        } catch (ApiException e) {
            assertThat(e.status).as(e.detail).isEqualTo(409); // staff applied for her already
        }
        List<Responses.JobApplication> applications = worker.myJobApplications();
        Responses.JobApplication mine = applications.stream().filter(a -> a.listingTitle.equals(last.title)).findFirst().get();
        assertThat(mine.status).isIn("APPLIED", "INTERVIEW", "HIRED", "NOT_HIRED", "WITHDRAWN");
        if (mine.status.equals("APPLIED") || mine.status.equals("INTERVIEW")) {
            worker.send(WorkerActions.withdrawApplication(mine.id));
            assertThat(worker.myJobApplications().stream().filter(a -> a.id.equals(mine.id)).findFirst().get().status).isEqualTo("WITHDRAWN");
        }

        // a booking made here, then cancelled from 我的申请与预约
        Responses.ServiceOffer offer = worker.serviceMenu().get(0);
        List<String> before = worker.myServiceOrders().stream().map(o -> o.id).toList();
        String status = worker.orderService(offer.category, offer.district);
        Responses.ServiceOrder booked = worker.myServiceOrders().stream().filter(o -> !before.contains(o.id)).findFirst().get();
        assertThat(booked.status).isEqualTo(status);
        assertThat(booked.category).isEqualTo(offer.category);
        worker.send(WorkerActions.cancelOrder(booked.id));
        assertThat(worker.myServiceOrders().stream().filter(o -> o.id.equals(booked.id)).findFirst().get().status).isEqualTo("CANCELLED");

        // the scholarship requests, each read in full as the screen reads them
        for (String who : new String[] {"wang.fang", AppClientJourneys.POSTING_WORKER}) {
            for (Responses.WishView s : platform.app(who).myScholarships()) {
                assertThat(s.scholarship()).isTrue();
                assertThat(s.targetFen).isPositive();
                assertThat(s.paidFen).isBetween(0L, s.targetFen);
            }
        }
    }

    /** A mainland ID number with its check character (GB 11643), so the server's own check passes. */
    static String idNumber(String regionAndBirth, String sequence) {
        String body = regionAndBirth + sequence;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
