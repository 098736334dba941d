package org.weiyuan.mutualaid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.funding.SandboxGateway;
import org.weiyuan.support.Api;
import org.weiyuan.support.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Contributions paid through the sandbox payment gateway (issue 16, aid6): a member pays their own share of
 * their tier in the app, a grassroots unit pays every share still due of its members; the gateway's
 * notification posts one balanced entry into the plan's fund, once however often (and however
 * concurrently) it comes; a payment for a plan of another year or by a non-member is refused.
 * Also the optional plans of an XLSX import and of a renewal.
 */
@QuarkusTest
class MutualAidPaymentApiTest {

    private static final long YUAN = 100;
    private static final String BASE = "/api/v1/mutual-aid";
    /** The plan year that takes payments: the current one (the input follows the clock; nothing asserts on it). */
    private static final int YEAR = LocalDate.now(BusinessTime.ZONE).getYear();

    @Inject
    SandboxGateway gateway;

    @Test
    void membersAndUnitsPayThroughTheGatewayAndEachPaymentIsPostedOnce() throws Exception {
        MutualAidApiTest.setUp();
        UUID staff = MutualAidApiTest.REVIEWER;
        String plan = plan(YEAR, "网上缴费 " + UUID.randomUUID(), MutualAidApiTest.rules());
        String closed = plan(YEAR - 1, "往年计划 " + UUID.randomUUID(), MutualAidApiTest.rules());
        UUID worker = UUID.randomUUID();
        String own = enrol(plan, worker, YEAR);
        enrol(closed, worker, YEAR - 1);
        String a = Api.staff(staff).body(Map.of("name", "缴费甲", "idNumber", MutualAidApiTest.idNumber(701), "tier", "HARDSHIP",
                "coverageFrom", YEAR + "-01-01")).post(BASE + "/plans/" + plan + "/members").then().statusCode(201).extract().path("id");
        String b = Api.staff(staff).body(Map.of("name", "缴费乙", "idNumber", MutualAidApiTest.idNumber(702), "tier", "ORDINARY",
                "coverageFrom", YEAR + "-01-01")).post(BASE + "/plans/" + plan + "/members").then().statusCode(201).extract().path("id");

        // refused with problem+json: a non-member, a past year's plan, no such plan
        Api.worker(UUID.randomUUID()).body(Map.of("planId", plan)).post(BASE + "/me/payments").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("planId"));
        Api.worker(worker).body(Map.of("planId", closed)).post(BASE + "/me/payments").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("planId"));
        Api.worker(worker).body(Map.of("planId", UUID.randomUUID().toString())).post(BASE + "/me/payments").then().statusCode(404);
        Api.staff(staff).body(Map.of("memberIds", List.of(a))).post(BASE + "/plans/" + closed + "/payments").then().statusCode(422)
                .body("errors[0].field", is("planId"));

        // the member pays their own share (ORDINARY: the worker's 100 of 100 + 60 + 100); starting again gives the same payment
        JsonPath started = Api.worker(worker).body(Map.of("planId", plan)).post(BASE + "/me/payments").then().statusCode(201)
                .extract().jsonPath();
        String ref = started.getString("reference");
        assertThat(started.getLong("amountFen")).isEqualTo(100 * YUAN);
        assertThat(started.getString("payerKind")).isEqualTo("MEMBER");
        assertThat(started.getString("checkoutUrl")).endsWith(ref);
        Api.worker(worker).body(Map.of("planId", plan)).post(BASE + "/me/payments").then().statusCode(201).body("reference", is(ref));
        // only the one who started it pays it
        Api.worker(UUID.randomUUID()).post("/api/v1/sandbox/checkout/" + ref).then().statusCode(404);
        Api.worker(worker).post("/api/v1/sandbox/checkout/" + ref).then().statusCode(202);
        Fixtures.await("the member's payment posted", () -> planFigures(staff, plan).getLong("contributionsFen") == 100 * YUAN);
        assertThat(planFigures(staff, plan).getLong("fundBalanceFen")).isEqualTo(100 * YUAN);
        // the gateway repeats itself: answered, nothing more posted; the share is paid, so nothing is due from the member
        notify(ref, 100 * YUAN).then().statusCode(200);
        assertThat(planFigures(staff, plan).getLong("fundBalanceFen")).isEqualTo(100 * YUAN);
        Api.worker(worker).body(Map.of("planId", plan)).post(BASE + "/me/payments").then().statusCode(409);
        Api.worker(worker).post("/api/v1/sandbox/checkout/" + ref).then().statusCode(409);
        assertThat(mine(worker, plan)).isEqualTo(100 * YUAN);

        // the unit pays what is still due: the co-funders' 160 for the worker, 60 + 100 for the hardship member
        Api.staff(MutualAidApiTest.SIBLING).body(Map.of("memberIds", List.of(own, a))).post(BASE + "/plans/" + plan + "/payments").then()
                .statusCode(404);
        Api.staff(staff).body(Map.of("memberIds", List.of(own, UUID.randomUUID().toString()))).post(BASE + "/plans/" + plan + "/payments")
                .then().statusCode(422).body("errors[0].field", is("memberIds"));
        JsonPath unit = Api.staff(staff).body(Map.of("memberIds", List.of(own, a))).post(BASE + "/plans/" + plan + "/payments").then()
                .statusCode(201).extract().jsonPath();
        assertThat(unit.getLong("amountFen")).isEqualTo(160 * YUAN + 160 * YUAN);
        assertThat(unit.getInt("members")).isEqualTo(2);
        String unitRef = unit.getString("reference");
        notify(unitRef, 1).then().statusCode(422).contentType("application/problem+json");
        // two notifications at the same moment: both acknowledged, one entry posted
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return notify(unitRef, 320 * YUAN).statusCode();
            }));
        }
        go.countDown();
        for (Future<Integer> f : answers) {
            assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(200);
        }
        pool.shutdownNow();
        JsonPath f = planFigures(staff, plan);
        assertThat(f.getLong("contributionsFen")).isEqualTo(420 * YUAN);
        assertThat(f.getLong("fundBalanceFen")).isEqualTo(420 * YUAN);
        assertThat(mine(worker, plan)).isEqualTo(260 * YUAN);
        Api.staff(staff).body(Map.of("memberIds", List.of(own, a))).post(BASE + "/plans/" + plan + "/payments").then().statusCode(409);

        // recorded as paid by the unit while its gateway payment was pending: counted once, the double payment kept apart
        String late = Api.staff(staff).body(Map.of("memberIds", List.of(b))).post(BASE + "/plans/" + plan + "/payments").then()
                .statusCode(201).extract().path("reference");
        Api.staff(staff).body(Map.of("memberIds", List.of(b))).post(BASE + "/plans/" + plan + "/contributions").then().statusCode(200)
                .body("recorded", is(1));
        // nothing is due on it any more: its checkout takes no money (the gateway's notification would only be surplus)
        Api.staff(staff).post("/api/v1/sandbox/checkout/" + late).then().statusCode(409);
        notify(late, 260 * YUAN).then().statusCode(200);
        // a member's pending payment whose share the unit then recorded is not offered again
        UUID second = UUID.randomUUID();
        String secondMember = enrol(plan, second, YEAR);
        String pendingRef = Api.worker(second).body(Map.of("planId", plan)).post(BASE + "/me/payments").then().statusCode(201)
                .extract().path("reference");
        Api.staff(staff).body(Map.of("memberIds", List.of(secondMember))).post(BASE + "/plans/" + plan + "/contributions").then()
                .statusCode(200).body("recorded", is(1));
        Api.worker(second).body(Map.of("planId", plan)).post(BASE + "/me/payments").then().statusCode(409);
        Api.worker(second).post("/api/v1/sandbox/checkout/" + pendingRef).then().statusCode(409);
        f = planFigures(staff, plan);
        assertThat(f.getLong("contributionsFen")).isEqualTo(680 * YUAN + 260 * YUAN);
        assertThat(f.getLong("fundBalanceFen")).isEqualTo(680 * YUAN + 260 * YUAN);
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true));
    }

    @Inject
    ContributionPaymentService payments;

    @Inject
    io.agroal.api.AgroalDataSource jdbc;

    @Test
    void aPendingPaymentExpiresAndALateConfirmationIsNeverRecordedTwice() throws Throwable {
        MutualAidApiTest.setUp();
        UUID staff = MutualAidApiTest.REVIEWER;
        String plan = plan(YEAR, "缴费超时 " + UUID.randomUUID(), MutualAidApiTest.rules());
        UUID worker = UUID.randomUUID();
        String member = enrol(plan, worker, YEAR);
        JsonPath first = Api.worker(worker).body(Map.of("planId", plan)).post(BASE + "/me/payments").then().statusCode(201).extract().jsonPath();
        String id = first.getString("id");

        // its status and the shares it covers: for the payer and staff of the plan's subtree, nobody else
        Api.worker(worker).get(BASE + "/payments/" + id).then().statusCode(200).body("status", is("PENDING"))
                .body("shares.memberId", org.hamcrest.Matchers.contains(member)).body("shares.payer", org.hamcrest.Matchers.contains("WORKER"))
                .body("shares.amountFen", org.hamcrest.Matchers.contains((int) (100 * YUAN)));
        Api.staff(staff).get(BASE + "/payments/" + id).then().statusCode(200).body("amountFen", is((int) (100 * YUAN)));
        Api.worker(UUID.randomUUID()).get(BASE + "/payments/" + id).then().statusCode(404);
        Api.staff(MutualAidApiTest.SIBLING).get(BASE + "/payments/" + id).then().statusCode(404);
        Api.worker(worker).get(BASE + "/payments/" + UUID.randomUUID()).then().statusCode(404);

        // left pending past the limit: expired, nothing posted, its checkout closed, the share payable again
        org.weiyuan.support.Sql.execute(jdbc, "update mutual_aid_payment set created_at = created_at - interval '31 minutes' where id = '" + id + "'");
        assertThat(io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> payments.expireDue(100))).isPositive();
        Api.worker(worker).get(BASE + "/payments/" + id).then().statusCode(200).body("status", is("EXPIRED"))
                .body("expiredAt", org.hamcrest.Matchers.notNullValue()).body("entryId", org.hamcrest.Matchers.nullValue());
        assertThat(planFigures(staff, plan).getLong("fundBalanceFen")).isZero();
        Api.worker(worker).post("/api/v1/sandbox/checkout/" + first.getString("reference")).then().statusCode(409);
        JsonPath second = Api.worker(worker).body(Map.of("planId", plan)).post(BASE + "/me/payments").then().statusCode(201).extract().jsonPath();
        assertThat(second.getString("id")).isNotEqualTo(id);
        Api.worker(worker).post("/api/v1/sandbox/checkout/" + second.getString("reference")).then().statusCode(202);
        Fixtures.await("the second payment posted", () -> planFigures(staff, plan).getLong("contributionsFen") == 100 * YUAN);

        // the gateway confirms the expired one late: booked, but the share was paid again, so it all goes to surplus
        notify(first.getString("reference"), 100 * YUAN).then().statusCode(200);
        Api.staff(staff).get(BASE + "/payments/" + id).then().statusCode(200).body("status", is("PAID"))
                .body("surplusFen", is((int) (100 * YUAN)));
        JsonPath f = planFigures(staff, plan);
        assertThat(f.getLong("contributionsFen")).isEqualTo(100 * YUAN);
        assertThat(f.getLong("fundBalanceFen")).isEqualTo(100 * YUAN);
        assertThat(mine(worker, plan)).isEqualTo(100 * YUAN);

        // expired and confirmed late with nothing paid meanwhile: the share is recorded from it, once
        UUID other = UUID.randomUUID();
        enrol(plan, other, YEAR);
        JsonPath lone = Api.worker(other).body(Map.of("planId", plan)).post(BASE + "/me/payments").then().statusCode(201).extract().jsonPath();
        org.weiyuan.support.Sql.execute(jdbc, "update mutual_aid_payment set created_at = created_at - interval '31 minutes' where id = '"
                + lone.getString("id") + "'");
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> payments.expireDue(100));
        notify(lone.getString("reference"), 100 * YUAN).then().statusCode(200);
        Api.worker(other).get(BASE + "/payments/" + lone.getString("id")).then().statusCode(200).body("status", is("PAID"))
                .body("surplusFen", is(0));
        notify(lone.getString("reference"), 100 * YUAN).then().statusCode(200);
        assertThat(mine(other, plan)).isEqualTo(100 * YUAN);
        assertThat(planFigures(staff, plan).getLong("fundBalanceFen")).isEqualTo(200 * YUAN);
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true));
    }

    @Test
    void importedMembersChooseOptionalPlansAndARenewalCarriesThem() throws Exception {
        MutualAidApiTest.setUp();
        UUID staff = MutualAidApiTest.REVIEWER;
        String plan = plan(YEAR, "自选导入 " + UUID.randomUUID(), optionRules(10 * YUAN, true));
        String from = YEAR + "-01-01";
        List<Object[]> rows = List.of(
                new Object[] {"导入甲", MutualAidApiTest.idNumber(801), "普通", from, null, "意外伤害"},
                new Object[] {"导入乙", MutualAidApiTest.idNumber(802), "普通", from, null, "ACCIDENT、重大疾病"},
                new Object[] {"导入丙", MutualAidApiTest.idNumber(803), "普通", from, null, "洪水"},
                new Object[] {"导入丁", MutualAidApiTest.idNumber(804), "普通", from, null, null});
        JsonPath first = importSheet(plan, MutualAidApiTest.sheet(rows));
        assertThat(first.getInt("enrolled")).isEqualTo(3);
        assertThat(first.getInt("optionsChosen")).isEqualTo(3);
        assertThat(first.getList("errors.row", Integer.class)).containsExactly(4);
        assertThat(first.getList("errors.field", String.class)).containsExactly("options");
        assertThat(planFigures(staff, plan).getLong("fundBalanceFen")).isEqualTo(30 * YUAN);
        // the same sheet again: nobody and no option twice
        JsonPath again = importSheet(plan, MutualAidApiTest.sheet(rows));
        assertThat(again.getInt("enrolled")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(3);
        assertThat(again.getInt("optionsChosen")).isZero();
        assertThat(planFigures(staff, plan).getLong("fundBalanceFen")).isEqualTo(30 * YUAN);
        // a later sheet adds an option to a member already enrolled
        JsonPath added = importSheet(plan, MutualAidApiTest.sheet(List.<Object[]>of(
                new Object[] {"导入丁", MutualAidApiTest.idNumber(804), "普通", from, null, "重大疾病"})));
        assertThat(added.getInt("optionsChosen")).isEqualTo(1);
        assertThat(added.getInt("updated")).isEqualTo(1);
        assertThat(options(staff, plan)).containsExactlyInAnyOrder(List.of("ACCIDENT"), List.of("ACCIDENT", "CRITICAL"), List.of("CRITICAL"));

        // renewed with CRITICAL dropped and the accident fee raised: ACCIDENT is carried, its new fee due with the contributions
        JsonPath renewed = Api.staff(staff).body(Map.of("rules", optionRules(12 * YUAN, false))).post(BASE + "/plans/" + plan + "/renew")
                .then().statusCode(201).extract().jsonPath();
        assertThat(renewed.getInt("membersCarried")).isEqualTo(3);
        assertThat(renewed.getInt("optionsCarried")).isEqualTo(2);
        String next = renewed.getString("plan.id");
        List<String> nextMembers = Api.staff(staff).get(BASE + "/plans/" + next + "/members").then().statusCode(200).extract().path("id");
        assertThat(options(staff, next)).containsExactlyInAnyOrder(List.of("ACCIDENT"), List.of("ACCIDENT"), List.of());
        Api.staff(staff).body(Map.of("memberIds", nextMembers)).post(BASE + "/plans/" + next + "/contributions").then().statusCode(200)
                .body("recorded", is(3)).body("amountFen", is((int) (3 * 50 * YUAN + 2 * 12 * YUAN)));
        Api.staff(staff).body(Map.of("memberIds", nextMembers)).post(BASE + "/plans/" + next + "/contributions").then().statusCode(200)
                .body("recorded", is(0)).body("alreadyRecorded", is(3));
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true));
    }

    @Test
    void theDemoPlanHasFiveOptionalPlansAndMembersWhoChoseThem() {
        UUID chen = org.weiyuan.support.Demo.CHEN_GUIYANG;
        List<Map<String, Object>> plans = Api.staff(chen).get(BASE + "/plans?unitId=" + org.weiyuan.support.Demo.GUIYANG).then().statusCode(200)
                .extract().jsonPath().getList("");
        Map<String, Object> demo = plans.stream().filter(p -> String.valueOf(p.get("name")).contains("贵阳市职工医疗互助计划")
                        && Integer.valueOf(YEAR).equals(p.get("planYear"))).findFirst()
                .orElseThrow();
        JsonPath plan = Api.staff(chen).get(BASE + "/plans/" + demo.get("id")).then().statusCode(200).extract().jsonPath();
        assertThat(plan.getList("rules.options.code")).containsExactly("ACCIDENT", "CRITICAL", "WOMEN", "HOSPITAL_DAILY", "CHILD");
        assertThat(plan.getList("rules.options.feeFen", Integer.class)).allMatch(fee -> fee == 2 * YUAN);
        assertThat(options(chen, plan.getString("id"))).contains(List.of("ACCIDENT", "WOMEN"),
                List.of("ACCIDENT", "CHILD", "CRITICAL", "HOSPITAL_DAILY", "WOMEN"), List.of("HOSPITAL_DAILY"), List.of());
    }

    /** Two optional plans for a fee each (the second only when {@code both}); in-patient cover for all. */
    private static Map<String, Object> optionRules(long accidentFee, boolean both) {
        List<Map<String, Object>> options = new ArrayList<>();
        options.add(Map.of("code", "ACCIDENT", "name", "意外伤害", "feeFen", accidentFee, "amountFen", 600 * YUAN));
        if (both) {
            options.add(Map.of("code", "CRITICAL", "name", "重大疾病", "feeFen", 10 * YUAN, "amountFen", 800 * YUAN));
        }
        return Map.of("waitingDays", 0,
                "tiers", List.of(Map.of("tier", "ORDINARY", "shares", List.of(Map.of("payer", "WORKER", "fen", 50 * YUAN)))),
                "inpatient", Map.of("deductibleFen", 1_000 * YUAN, "ratioPercent", Map.of("ORDINARY", 50),
                        "perClaimCapFen", 10_000 * YUAN, "perYearCapFen", 20_000 * YUAN),
                "options", options);
    }

    private static String plan(int year, String name, Map<String, Object> rules) {
        return Api.staff(MutualAidApiTest.REVIEWER).body(Map.of("unitId", MutualAidApiTest.grassroots.toString(), "planYear", year,
                "name", name, "rules", rules)).post(BASE + "/plans").then().statusCode(201).extract().path("id");
    }

    private static String enrol(String plan, UUID worker, int year) {
        return Api.staff(MutualAidApiTest.REVIEWER).body(Map.of("workerSubject", worker.toString(), "tier", "ORDINARY",
                "coverageFrom", year + "-01-01")).post(BASE + "/plans/" + plan + "/members").then().statusCode(201).extract().path("id");
    }

    private io.restassured.response.Response notify(String reference, long amountFen) {
        String body = gateway.notificationBody(reference, amountFen);
        return given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify");
    }

    /** One plan's row of the grassroots unit's figures. */
    private static JsonPath planFigures(UUID staff, String plan) {
        JsonPath all = Api.staff(staff).get(BASE + "/figures?unitId=" + MutualAidApiTest.grassroots).then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = all.<Map<String, Object>>getList("plans").stream().filter(p -> plan.equals(p.get("planId"))).findFirst()
                .orElseThrow();
        return new JsonPath(toJson(row));
    }

    private static String toJson(Map<String, Object> row) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(row);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the worker's membership of the plan shows as contributed, in the app's view. */
    private static long mine(UUID worker, String plan) {
        JsonPath me = Api.worker(worker).get(BASE + "/me").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> ms = me.getList("");
        for (int i = 0; i < ms.size(); i++) {
            if (plan.equals(me.getString("[" + i + "].plan.id"))) {
                return me.getLong("[" + i + "].member.contributedFen");
            }
        }
        throw new AssertionError("no membership of " + plan);
    }

    /** Every member's optional plans, as the members list shows them. */
    private static List<List<String>> options(UUID staff, String plan) {
        return Api.staff(staff).get(BASE + "/plans/" + plan + "/members").then().statusCode(200).extract().jsonPath().getList("options");
    }

    private static JsonPath importSheet(String plan, byte[] xlsx) {
        return MutualAidApiTest.importSheet(MutualAidApiTest.REVIEWER, plan, xlsx);
    }
}
