package org.weiyuan.followup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** 脱困退出 with the plan's outcome: the plan closes with an outcome and a reason per measure, in the file's history. */
@QuarkusTest
class PlanExitApiTest {

    private static final String BASE = "/api/v1/followup/households/";

    private FollowupFixture fx;

    @BeforeEach
    void fixture() {
        fx = FollowupFixture.get();
    }

    @Test
    void theHouseholdExitsWithThePlansOutcomePerMeasureAndItShowsInTheHistory() {
        UUID worker = UUID.randomUUID();
        String h = fx.approved(worker, List.of("JOB_PLACEMENT", "COUNSELLING", "HOUSING_AID"));
        JsonPath plan = Api.staff(fx.investigator).body(Map.of("goals", "再就业,脱困")).post(BASE + h + "/plan")
                .then().statusCode(201).extract().jsonPath();
        String job = measureOf(plan, "JOB_PLACEMENT");
        String counselling = measureOf(plan, "COUNSELLING");
        String housing = measureOf(plan, "HOUSING_AID");
        String application = fx.application(worker, false);
        Api.staff(fx.investigator).body(Map.of("kind", "JOB_APPLICATION", "id", application))
                .post(BASE + h + "/plan/measures/" + job + "/link").then().statusCode(200);
        fx.hire(application); // completes the job measure when the plan is next read
        Api.staff(fx.investigator).body(Map.of("action", "DROP", "result", "本人不愿接受疏导"))
                .post(BASE + h + "/plan/measures/" + counselling + "/transition").then().statusCode(200);

        // a plain exit would leave the plan open: refused, pointing at the exit through the plan
        Api.staff(fx.investigator).body(Map.of("reason", "RE_EMPLOYED")).post("/api/v1/households/" + h + "/exit")
                .then().statusCode(409).contentType("application/problem+json");
        // another subtree's staff do not learn the file exists
        Api.staff(fx.sibling).body(exit(List.of(outcome(job, "ACHIEVED", "已录用")))).post(BASE + h + "/plan/exit")
                .then().statusCode(404);
        // every measure once, each with a reason; a dropped measure achieved nothing
        JsonPath refused = Api.staff(fx.investigator).body(exit(List.of(
                        outcome(job, "ACHIEVED", " "),
                        outcome(counselling, "ACHIEVED", "参加过一次"))))
                .post(BASE + h + "/plan/exit").then().statusCode(422).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(refused.getList("errors.field")).containsExactlyInAnyOrder("outcomes[0].reason", "outcomes[1].outcome", "outcomes");
        Api.staff(fx.investigator).get("/api/v1/households/" + h).then().body("status", is("APPROVED")); // nothing half-done

        JsonPath closed = Api.staff(fx.investigator).body(exit(List.of(
                        outcome(job, "ACHIEVED", "已在食堂稳定就业,月收入 3000 元"),
                        outcome(counselling, "NOT_ACHIEVED", "本人不愿接受疏导"),
                        outcome(housing, "NOT_NEEDED", "收入稳定后可自行租房"))))
                .post(BASE + h + "/plan/exit").then().statusCode(200).extract().jsonPath();
        assertThat(closed.getString("closure.outcome")).isEqualTo("PARTLY_ACHIEVED");
        assertThat(closed.getString("closure.exitReason")).isEqualTo("RE_EMPLOYED");
        assertThat(closed.getString("closure.closedBy")).isEqualTo(fx.investigator.toString());
        assertThat(closed.getString("measures.find { it.id == '" + job + "' }.status")).isEqualTo("DONE");
        assertThat(closed.getString("measures.find { it.id == '" + job + "' }.outcome")).isEqualTo("ACHIEVED");
        assertThat(closed.getString("measures.find { it.id == '" + housing + "' }.status")).isEqualTo("DROPPED");
        assertThat(closed.getString("measures.find { it.id == '" + housing + "' }.outcomeReason")).isEqualTo("收入稳定后可自行租房");
        Api.staff(fx.investigator).get("/api/v1/households/" + h).then().body("status", is("EXITED"))
                .body("exitReason", is("RE_EMPLOYED"));

        // the history shows one line per measure's outcome, the plan's closing and the exit
        List<Map<String, Object>> history = Api.staff(fx.investigator).get("/api/v1/households/" + h + "/history")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<Object> actions = history.stream().map(e -> e.get("action")).toList();
        assertThat(actions.stream().filter("HOUSEHOLD_MEASURE_OUTCOME"::equals)).hasSize(3);
        assertThat(actions.subList(actions.size() - 2, actions.size())).containsExactly("HOUSEHOLD_PLAN_CLOSED", "HOUSEHOLD_EXITED");
        assertThat(history).extracting(e -> String.valueOf(e.get("detail")))
                .anyMatch(d -> d.contains("NOT_NEEDED") && d.contains("收入稳定后可自行租房"));

        // the closed plan is the record: no more edits, no second exit; the worker sees how it ended
        Api.staff(fx.investigator).body(Map.of("goals", "改")).put(BASE + h + "/plan").then().statusCode(409);
        Api.staff(fx.investigator).body(Map.of("action", "REOPEN"))
                .post(BASE + h + "/plan/measures/" + counselling + "/transition").then().statusCode(409);
        Api.staff(fx.investigator).body(exit(List.of(outcome(job, "ACHIEVED", "x")))).post(BASE + h + "/plan/exit")
                .then().statusCode(409);
        Api.worker(worker).get("/api/v1/followup/me/plan").then().statusCode(200)
                .body("outcome", is("PARTLY_ACHIEVED"))
                .body("measures.outcome", hasItem("NOT_NEEDED"));
    }

    @Test
    void aRechecksFindingOfIneligibilityClosesThePlanItself() {
        UUID worker = UUID.randomUUID();
        String h = fx.approved(worker, List.of("LIVING_AID"));
        Api.staff(fx.investigator).body(Map.of("goals", "生活救助")).post(BASE + h + "/plan").then().statusCode(201);
        Map<String, Object> recheck = new HashMap<>(Map.of("result", "INELIGIBLE", "visitedOn", LocalDate.now().minusDays(1).toString(),
                "finding", "复核发现收入超标。", "commitmentSigned", true));
        Api.staff(fx.investigator).body(recheck).post("/api/v1/households/" + h + "/rechecks").then().statusCode(201);
        Api.staff(fx.investigator).get(BASE + h + "/plan").then().statusCode(200)
                .body("closure.exitReason", is("INELIGIBLE_ON_RECHECK"))
                .body("closure.outcome", is("NOT_ACHIEVED"))
                .body("measures[0].status", is("DROPPED"))
                .body("measures[0].outcomeReason", is(PlanExitRules.INELIGIBLE_REASON));
    }

    /** 重新申请: a household that exited and came back gets a new plan; the closed one stays, and only one is open at a time. */
    @Test
    void aReopenedHouseholdGetsANewPlanAndTheClosedOneStays() throws Exception {
        UUID worker = UUID.randomUUID();
        String h = fx.approved(worker, List.of("LIVING_AID"));
        String first = Api.staff(fx.investigator).body(Map.of("goals", "第一轮帮扶")).post(BASE + h + "/plan").then().statusCode(201)
                .extract().path("id");
        String measure = Api.staff(fx.investigator).get(BASE + h + "/plan").then().statusCode(200).extract().path("measures[0].id");
        Api.staff(fx.investigator).body(exit(List.of(outcome(measure, "ACHIEVED", "生活已稳定")))).post(BASE + h + "/plan/exit")
                .then().statusCode(200);

        // reopened, reviewed again in the new cycle (its home visit recommends other help), approved
        Api.worker(worker).body(Map.of("reason", "再次失业")).post("/api/v1/households/" + h + "/reopen").then().statusCode(200);
        Api.staff(fx.investigator).body(Map.of("goals", "太早")).post(BASE + h + "/plan").then().statusCode(409); // not approved yet
        Api.staff(fx.investigator).post("/api/v1/households/" + h + "/start-verification").then().statusCode(200);
        Map<String, Object> visit = new HashMap<>(org.weiyuan.support.Files.verification());
        visit.put("recommendedHelp", List.of("JOB_PLACEMENT"));
        Api.staff(fx.investigator).body(visit).post("/api/v1/households/" + h + "/verifications").then().statusCode(201);
        Api.staff(fx.approver).post("/api/v1/households/" + h + "/approve").then().statusCode(200);

        JsonPath second = Api.staff(fx.investigator).body(Map.of("goals", "第二轮帮扶:再就业")).post(BASE + h + "/plan")
                .then().statusCode(201).extract().jsonPath();
        assertThat(second.getString("id")).isNotEqualTo(first);
        assertThat(second.getString("closure")).isNull();
        assertThat(second.getList("measures.kind")).containsExactly("JOB_PLACEMENT");
        // the open plan is the one read and edited; a second open plan is refused
        Api.staff(fx.investigator).get(BASE + h + "/plan").then().statusCode(200).body("id", is(second.getString("id")))
                .body("goals", is("第二轮帮扶:再就业"));
        Api.staff(fx.investigator).body(Map.of("goals", "又一个")).post(BASE + h + "/plan").then().statusCode(409);
        Api.staff(fx.investigator).body(Map.of("goals", "第二轮帮扶:再就业,稳岗")).put(BASE + h + "/plan").then().statusCode(200);
        Api.worker(worker).get("/api/v1/followup/me/plan").then().statusCode(200).body("id", is(second.getString("id")))
                .body("outcome", org.hamcrest.Matchers.nullValue());
        // the first plan is still there, closed, with its outcome
        assertThat(org.weiyuan.support.Sql.count(jdbc, "select count(*) from help_plan where household_id = '" + h
                + "' and closed_on is not null and id = '" + first + "'")).isEqualTo(1);
        assertThat(org.weiyuan.support.Sql.count(jdbc, "select count(*) from help_plan where household_id = '" + h + "'")).isEqualTo(2);
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource jdbc;

    private static Map<String, Object> exit(List<Map<String, Object>> outcomes) {
        return Map.of("reason", "RE_EMPLOYED", "note", "已实现再就业", "outcomes", outcomes);
    }

    private static Map<String, Object> outcome(String measure, String outcome, String reason) {
        return Map.of("measureId", measure, "outcome", outcome, "reason", reason);
    }

    private static String measureOf(JsonPath plan, String kind) {
        String id = plan.getString("measures.find { it.kind == '" + kind + "' }.id");
        assertThat(id).isNotNull();
        return id;
    }
}
