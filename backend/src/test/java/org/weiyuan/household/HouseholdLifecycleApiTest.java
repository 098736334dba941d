package org.weiyuan.household;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** The whole life of a household file over HTTP, including the transitions it must refuse. */
@QuarkusTest
class HouseholdLifecycleApiTest {

    private final UUID worker = UUID.randomUUID();

    private String createDraft(long headIncomeFen) {
        return Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, headIncomeFen, "ILLNESS", "CHILD_EDUCATION"))
                .post("/api/v1/households")
                .then().statusCode(201)
                .body("status", is("DRAFT"))
                .body("masked", is(false))
                .extract().path("id");
    }

    @Test
    void fileGoesFromDraftThroughQuestionsAndVisitToApprovalThenExitAndReopen() {
        // In 2026 the reference is Guiyang's 2025 line, 780 yuan (上年标准): 1,200 yuan for two people is 600 each, below the line.
        String id = createDraft(120_000);
        Api.worker(worker).get("/api/v1/households/" + id).then().statusCode(200)
                .body("category", is("DIBAO")).body("severity", is("EXTREME_HARDSHIP"))
                .body("perCapitaIncomeFen", is(60_000)).body("povertyLine.monthlyFen", is(78_000));

        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200).body("status", is("SUBMITTED"));

        String questionId = Api.staff(Demo.LIU_NANMING).body(Map.of("question", "请补充医院诊断证明。"))
                .post("/api/v1/households/" + id + "/questions")
                .then().statusCode(201).body("status", is("NEEDS_INFO")).body("questions", hasSize(1))
                .extract().path("questions[0].id");

        // The worker sees the question on their own file and answers it; the file is back in the queue.
        Api.worker(worker).get("/api/v1/households/mine").then().statusCode(200)
                .body("questions[0].question", is("请补充医院诊断证明。"));
        Api.worker(worker).body(Map.of("answer", "已上传诊断证明。"))
                .post("/api/v1/households/" + id + "/questions/" + questionId + "/answer")
                .then().statusCode(200).body("status", is("SUBMITTED")).body("questions[0].answer", is("已上传诊断证明。"));

        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification")
                .then().statusCode(200).body("status", is("UNDER_VERIFICATION"));
        Api.staff(Demo.LIU_NANMING).body(Files.verification()).post("/api/v1/households/" + id + "/verifications")
                .then().statusCode(201).body("verifications", hasSize(1))
                .body("verifications[0].investigatorSubject", is(Demo.LIU_NANMING.toString()));

        // 谁调查、谁审核: the investigator may not approve.
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/approve")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", is("https://weiyuan.org/problems/separation-of-duties"));

        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + id + "/approve")
                .then().statusCode(200).body("status", is("APPROVED")).body("category", is("DIBAO"));

        // Approved: submitting again, or the worker editing, are illegal transitions.
        illegal(Api.worker(worker).post("/api/v1/households/" + id + "/submit").then(), "APPROVED");
        illegal(Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 1000)).put("/api/v1/households/" + id).then(), "APPROVED");
        illegal(Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + id + "/start-verification").then(), "APPROVED");

        Api.staff(Demo.LIU_NANMING).body(Map.of("reason", "RE_EMPLOYED", "note", "已在公交公司就业"))
                .post("/api/v1/households/" + id + "/exit")
                .then().statusCode(200).body("status", is("EXITED")).body("exitReason", is("RE_EMPLOYED"));
        illegal(Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/approve").then(), "EXITED");

        Api.worker(worker).body(Map.of("reason", "再次失业")).post("/api/v1/households/" + id + "/reopen")
                .then().statusCode(200).body("status", is("SUBMITTED"));
        // A new review cycle: the old visit no longer counts toward approval.
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + id + "/approve")
                .then().statusCode(422).body("errors[0].field", is("verifications"));
    }

    @Test
    void rejectionCarriesTheReasonAndAskingAfterRejectionIsRefused() {
        String id = createDraft(120_000);
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.ZHOU_NANMING).body(Map.of("reason", "材料不实"))
                .post("/api/v1/households/" + id + "/reject")
                .then().statusCode(200).body("status", is("REJECTED")).body("rejectionReason", is("材料不实"));
        illegal(Api.staff(Demo.ZHOU_NANMING).body(Map.of("question", "?")).post("/api/v1/households/" + id + "/questions").then(),
                "REJECTED");
    }

    @Test
    void aWorkerHasOneFileAndAnIdNumberHasOneFile() {
        Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 120_000);
        Api.worker(worker).body(body).post("/api/v1/households").then().statusCode(201);
        Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 120_000)).post("/api/v1/households")
                .then().statusCode(409).body("type", is("https://weiyuan.org/problems/conflict"));
        // 一户一档: staff filing for someone else with the same ID number is refused too.
        Api.staff(Demo.LIU_NANMING).body(body).post("/api/v1/households")
                .then().statusCode(409).body("detail", notNullValue());
    }

    @Test
    void incomeAboveTheHardshipThresholdWithoutAccidentCannotBeApproved() {
        // 2 × 800 × 130% = 2,080 yuan: 3,000 yuan is above it.
        String id = createDraft(300_000);
        Api.worker(worker).get("/api/v1/households/" + id).then().body("category", is("NOT_ELIGIBLE")).body("severity", is("NONE"));
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Files.verification()).post("/api/v1/households/" + id + "/verifications").then().statusCode(201);
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + id + "/approve")
                .then().statusCode(422).body("errors[0].field", equalTo("category"));
    }

    private static void illegal(ValidatableResponse response, String currentState) {
        response.statusCode(409).contentType("application/problem+json")
                .body("type", is("https://weiyuan.org/problems/illegal-transition"))
                .body("currentState", is(currentState));
    }

    @jakarta.inject.Inject
    org.weiyuan.support.TestClock clock;

    /**
     * A home visit dated today in China is not "in the future" just after midnight there, when the
     * server's UTC calendar is still on yesterday (the app's journey met this at 00:28 Beijing time).
     */
    @Test
    void aVisitDatedTodayInChinaIsAcceptedWhileUtcIsStillOnYesterday() {
        java.time.Instant now = clock.instant();
        java.time.Instant next = now.truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(java.time.Duration.ofMinutes(16 * 60 + 30));
        if (next.isBefore(now)) {
            next = now.atZone(java.time.ZoneOffset.UTC).getHour() >= 16 ? now : next.plus(java.time.Duration.ofDays(1));
        }
        clock.advance(java.time.Duration.between(now, next));
        try {
            java.time.LocalDate beijing = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai"));
            org.assertj.core.api.Assertions.assertThat(beijing)
                    .isAfter(java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
            String id = createDraft(100_000);
            Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
            Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
            Map<String, Object> visit = new java.util.HashMap<>(Files.verification());
            visit.put("visitedOn", beijing.toString());
            Api.staff(Demo.LIU_NANMING).body(visit).post("/api/v1/households/" + id + "/verifications").then().statusCode(201);
            visit.put("visitedOn", beijing.plusDays(1).toString());
            Api.staff(Demo.LIU_NANMING).body(visit).post("/api/v1/households/" + id + "/verifications").then().statusCode(400)
                    .body("errors[0].field", is("visitedOn"));
        } finally {
            clock.reset();
        }
    }
}
