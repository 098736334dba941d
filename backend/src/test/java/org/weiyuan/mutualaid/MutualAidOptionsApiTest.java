package org.weiyuan.mutualaid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * 自选计划 (issue 16, branch prog5), through the API: a plan declares optional benefits with their own fee; a member
 * opts in later in the plan year and the fee is one balanced entry into the plan's fund; a claim against the option
 * is paid for that member only, and refused with its reason for one who did not opt in.
 */
@QuarkusTest
class MutualAidOptionsApiTest {

    private static final long YUAN = 100;
    private static final String BASE = "/api/v1/mutual-aid";

    /** Zunyi-like: the in-patient benefit for all, and two optional plans for a 10-yuan fee each. */
    private static Map<String, Object> rules() {
        return Map.of("waitingDays", 30,
                "tiers", List.of(Map.of("tier", "ORDINARY", "shares", List.of(Map.of("payer", "WORKER", "fen", 50 * YUAN)))),
                "inpatient", Map.of("deductibleFen", 1_000 * YUAN, "ratioPercent", Map.of("ORDINARY", 50),
                        "perClaimCapFen", 10_000 * YUAN, "perYearCapFen", 20_000 * YUAN),
                "options", List.of(Map.of("code", "ACCIDENT", "name", "意外伤害", "feeFen", 10 * YUAN, "amountFen", 60 * YUAN),
                        Map.of("code", "CRITICAL", "name", "重大疾病", "feeFen", 10 * YUAN, "amountFen", 80 * YUAN)));
    }

    @Test
    void onlyMembersWhoOptedInAreCoveredAndTheFeeGoesIntoTheFund() {
        MutualAidApiTest.setUp();
        UUID staff = MutualAidApiTest.REVIEWER;
        // the rules are data, validated: two options of one code are refused at the field
        Map<String, Object> bad = new HashMap<>(rules());
        bad.put("options", List.of(Map.of("code", "ACCIDENT", "name", "意外", "feeFen", 1000, "amountFen", 1000),
                Map.of("code", "ACCIDENT", "name", "意外二", "feeFen", 1000, "amountFen", 1000)));
        Api.staff(staff).body(Map.of("unitId", MutualAidApiTest.grassroots.toString(), "planYear", 2026, "name", "坏自选 " + UUID.randomUUID(),
                "rules", bad)).post(BASE + "/plans").then().statusCode(422).contentType("application/problem+json");
        JsonPath created = Api.staff(staff).body(Map.of("unitId", MutualAidApiTest.grassroots.toString(), "planYear", 2026,
                "name", "自选计划测试 " + UUID.randomUUID(), "rules", rules())).post(BASE + "/plans").then().statusCode(201)
                .extract().jsonPath();
        String plan = created.getString("id");
        assertThat(created.getList("rules.options.code")).containsExactly("ACCIDENT", "CRITICAL");

        UUID optedWorker = UUID.randomUUID();
        UUID otherWorker = UUID.randomUUID();
        String opted = enrol(staff, plan, optedWorker);
        String other = enrol(staff, plan, otherWorker);
        Api.staff(staff).body(Map.of("memberIds", List.of(opted, other))).post(BASE + "/plans/" + plan + "/contributions").then()
                .statusCode(200).body("recorded", is(2));
        long before = fundBalance(staff);

        // later in the plan year: the fee is one entry into the plan's fund
        String options = BASE + "/plans/" + plan + "/members/" + opted + "/options";
        Api.staff(staff).body(Map.of("optionCode", "FLOOD", "optedOn", "2026-03-01")).post(options).then().statusCode(422)
                .body("errors[0].field", is("optionCode"));
        Api.staff(staff).body(Map.of("optionCode", "ACCIDENT", "optedOn", "2025-12-31")).post(options).then().statusCode(422)
                .body("errors[0].field", is("optedOn"));
        Api.staff(MutualAidApiTest.SIBLING).body(Map.of("optionCode", "ACCIDENT", "optedOn", "2026-03-01")).post(options).then()
                .statusCode(404);
        Api.staff(staff).body(Map.of("optionCode", "ACCIDENT", "optedOn", "2026-03-01")).post(options).then().statusCode(201)
                .body("feeFen", is((int) (10 * YUAN))).body("name", is("意外伤害")).body("entryId", org.hamcrest.Matchers.notNullValue());
        Api.staff(staff).body(Map.of("optionCode", "ACCIDENT", "optedOn", "2026-03-02")).post(options).then().statusCode(409);
        assertThat(fundBalance(staff) - before).isEqualTo(10 * YUAN);
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true));
        // the tier's contribution is still recorded once: the option's fee does not count as it
        Api.staff(staff).body(Map.of("memberIds", List.of(opted))).post(BASE + "/plans/" + plan + "/contributions").then()
                .statusCode(200).body("recorded", is(0)).body("alreadyRecorded", is(1));

        // not opted in: refused with the reason
        Api.worker(otherWorker).body(claim(plan, "OPT-" + UUID.randomUUID(), "ACCIDENT", "2026-06-01")).post(BASE + "/claims").then()
                .statusCode(422).contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("NOT_OPTED_IN"));
        // opted in, but within the waiting period after opting in (30 days from 2026-03-01)
        Api.worker(optedWorker).body(claim(plan, "OPT-" + UUID.randomUUID(), "ACCIDENT", "2026-03-30")).post(BASE + "/claims").then()
                .statusCode(422).body("detail", org.hamcrest.Matchers.containsString("OPTION_WAITING_PERIOD"));
        // an option they did not choose
        Api.worker(optedWorker).body(claim(plan, "OPT-" + UUID.randomUUID(), "CRITICAL", "2026-06-01")).post(BASE + "/claims").then()
                .statusCode(422).body("detail", org.hamcrest.Matchers.containsString("NOT_OPTED_IN"));
        // covered: from submission to payout, explained
        JsonPath c = Api.worker(optedWorker).body(claim(plan, "OPT-" + UUID.randomUUID(), "ACCIDENT", "2026-03-31"))
                .post(BASE + "/claims").then().statusCode(201).extract().jsonPath();
        assertThat(c.getLong("computedFen")).isEqualTo(60 * YUAN);
        assertThat(c.getList("explanation.code")).containsExactly("OPTION_LUMP_SUM");
        String id = c.getString("id");
        Api.staff(staff).body(Map.of("accept", true)).post(BASE + "/claims/" + id + "/review").then().statusCode(200);
        Api.staff(MutualAidApiTest.APPROVER).post(BASE + "/claims/" + id + "/approve").then().statusCode(200)
                .body("status", is("PAID")).body("paidFen", is((int) (60 * YUAN)));
        assertThat(before + 10 * YUAN - fundBalance(staff)).isEqualTo(60 * YUAN);
        // once a plan year
        Api.worker(optedWorker).body(claim(plan, "OPT-" + UUID.randomUUID(), "ACCIDENT", "2026-08-01")).post(BASE + "/claims").then()
                .statusCode(422).body("detail", org.hamcrest.Matchers.containsString("ALREADY_PAID_OPTION"));
        // an OPTIONAL claim names its option
        Map<String, Object> unnamed = claim(plan, "OPT-" + UUID.randomUUID(), "ACCIDENT", "2026-06-01");
        unnamed.remove("option");
        Api.worker(optedWorker).body(unnamed).post(BASE + "/claims").then().statusCode(422).body("errors[0].field", is("option"));
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true));
    }

    @Test
    void aWorkerOptsInThemselvesAndOutOnlyWhileTheFeeIsUnpaid() {
        MutualAidApiTest.setUp();
        UUID staff = MutualAidApiTest.REVIEWER;
        int year = java.time.LocalDate.now(org.weiyuan.common.BusinessTime.ZONE).getYear(); // opting in is from today, in the plan year
        String plan = Api.staff(staff).body(Map.of("unitId", MutualAidApiTest.grassroots.toString(), "planYear", year,
                "name", "自助自选 " + UUID.randomUUID(), "rules", rules())).post(BASE + "/plans").then().statusCode(201).extract().path("id");
        UUID worker = UUID.randomUUID();
        String member = Api.staff(staff).body(Map.of("workerSubject", worker.toString(), "tier", "ORDINARY", "coverageFrom", year + "-01-01"))
                .post(BASE + "/plans/" + plan + "/members").then().statusCode(201).extract().path("id");
        String mine = BASE + "/me/plans/" + plan + "/options/";

        // only the plan's own members, only the plan's options, only workers
        Api.worker(UUID.randomUUID()).post(mine + "ACCIDENT").then().statusCode(404).contentType("application/problem+json");
        Api.worker(worker).post(mine + "FLOOD").then().statusCode(422).body("errors[0].field", is("optionCode"));
        Api.staff(staff).post(mine + "ACCIDENT").then().statusCode(403);
        // opted in from today: the fee is due (no entry yet), recorded with the contributions
        Api.worker(worker).post(mine + "ACCIDENT").then().statusCode(201).body("feeFen", is((int) (10 * YUAN)))
                .body("entryId", org.hamcrest.Matchers.nullValue());
        Api.worker(worker).post(mine + "ACCIDENT").then().statusCode(409);
        assertThat(memberOptions(staff, plan)).containsExactly(List.of("ACCIDENT"));
        // withdrawn while unpaid; what was never chosen cannot be left
        Api.worker(worker).delete(mine + "CRITICAL").then().statusCode(404);
        Api.worker(worker).delete(mine + "ACCIDENT").then().statusCode(204);
        assertThat(memberOptions(staff, plan)).containsExactly(List.of());
        Api.worker(worker).post(mine + "ACCIDENT").then().statusCode(201);
        Api.worker(worker).post(mine + "CRITICAL").then().statusCode(201);
        // the unit records the contribution: the tier's 50 and both fees, one entry into the fund
        Api.staff(staff).body(Map.of("memberIds", List.of(member))).post(BASE + "/plans/" + plan + "/contributions").then().statusCode(200)
                .body("recorded", is(1)).body("amountFen", is((int) (70 * YUAN)));
        // paid: the cover runs to the end of the plan year
        Api.worker(worker).delete(mine + "ACCIDENT").then().statusCode(409).contentType("application/problem+json");
        assertThat(memberOptions(staff, plan)).containsExactly(List.of("ACCIDENT", "CRITICAL"));
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true));
    }

    private static List<List<String>> memberOptions(UUID staff, String plan) {
        return Api.staff(staff).get(BASE + "/plans/" + plan + "/members").then().statusCode(200).extract().jsonPath().getList("options");
    }

    private static String enrol(UUID staff, String plan, UUID worker) {
        return Api.staff(staff).body(Map.of("workerSubject", worker.toString(), "tier", "ORDINARY", "coverageFrom", "2026-01-01"))
                .post(BASE + "/plans/" + plan + "/members").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> claim(String plan, String invoice, String option, String eventDate) {
        return new HashMap<>(Map.of("planId", plan, "kind", "OPTIONAL", "option", option, "invoiceNo", invoice, "eventDate", eventDate,
                "totalFen", 0, "insurancePaidFen", 0, "selfPaidFen", 0));
    }

    /** The fund balance of the grassroots unit's plans, from the figures (the plans of this test and MutualAidApiTest's share it). */
    private static long fundBalance(UUID staff) {
        return new JsonPath(Api.staff(staff).get(BASE + "/figures?planYear=2026&unitId=" + MutualAidApiTest.grassroots).then().statusCode(200)
                .extract().asString()).getLong("total.fundBalanceFen");
    }
}
