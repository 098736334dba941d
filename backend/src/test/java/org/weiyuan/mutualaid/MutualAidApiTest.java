package org.weiyuan.mutualaid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.weiyuan.household.IdNumbers;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/**
 * Mutual aid end to end through the API, in a district of its own under 贵阳 (so other tests never
 * change its figures): plan set-up, XLSX enrolment with bad rows and re-import, contributions into
 * the plan's fund, seed 001's claim from submission to payout with its explanation, separation of
 * duties, the duplicate invoice, the fund running short, and the figures rolled up.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MutualAidApiTest {

    static final long YUAN = 100;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static UUID district;
    static UUID grassroots;
    static final UUID REVIEWER = UUID.randomUUID();
    static final UUID APPROVER = UUID.randomUUID();
    static final UUID SECOND = UUID.randomUUID();
    static final UUID SIBLING = UUID.randomUUID();
    static final UUID WORKER = UUID.randomUUID();
    static String plan;
    static String workerMember;
    static final List<String> members = new ArrayList<>();

    static UUID unit(UUID parent, String level, String name) {
        return UUID.fromString(Api.admin().body(Map.of("parentId", parent.toString(), "level", level, "name", name))
                .post("/api/v1/units").then().statusCode(201).extract().path("id"));
    }

    static void assign(UUID subject, UUID unit, String name) {
        Api.admin().body(Map.of("unitId", unit.toString(), "displayName", name)).put("/api/v1/staff/" + subject).then().statusCode(200);
    }

    static synchronized void setUp() {
        if (district != null) {
            return;
        }
        String tag = UUID.randomUUID().toString().substring(0, 6);
        district = unit(Demo.GUIYANG, "DISTRICT", "互助测试区" + tag);
        grassroots = unit(district, "GRASSROOTS", "水电九局工会" + tag);
        UUID sibling = unit(Demo.GUIYANG, "DISTRICT", "互助兄弟区" + tag);
        assign(REVIEWER, district, "互助审核员");
        assign(APPROVER, district, "互助审批员");
        assign(SECOND, district, "互助复核员");
        assign(SIBLING, sibling, "兄弟区干部");
    }

    /** Sinan-like co-funding; seed 001's in-patient rule: above a 16,700-yuan deductible, 80% for hardship workers. */
    static Map<String, Object> rules() {
        Map<String, Object> inpatient = Map.of("deductibleFen", 16_700 * YUAN,
                "ratioPercent", Map.of("ORDINARY", 50, "HARDSHIP", 80), "perClaimCapFen", 100_000 * YUAN, "perYearCapFen", 100_000 * YUAN);
        return Map.of("waitingDays", 0,
                "tiers", List.of(
                        Map.of("tier", "ORDINARY", "shares", List.of(Map.of("payer", "WORKER", "fen", 100 * YUAN),
                                Map.of("payer", "UNION", "fen", 60 * YUAN), Map.of("payer", "GOVERNMENT", "fen", 100 * YUAN))),
                        Map.of("tier", "HARDSHIP", "shares", List.of(Map.of("payer", "WORKER", "fen", 60 * YUAN),
                                Map.of("payer", "UNION", "fen", 100 * YUAN)))),
                "inpatient", inpatient,
                "criticalIllness", Map.of("illnesses", List.of("尿毒症", "恶性肿瘤"), "amountFen", 12_000 * YUAN));
    }

    static String idNumber(int n) {
        String first17 = "52010219800101" + String.format("%03d", n);
        return first17 + IdNumbers.checkChar(first17);
    }

    static byte[] sheet(List<Object[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "weiyuan-test", "1.0");
        Worksheet ws = wb.newWorksheet("会员");
        String[] headers = {"姓名", "身份证号", "档次", "起保日期", "职工账号", "自选计划"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                if (rows.get(r)[c] != null) {
                    ws.value(r + 1, c, rows.get(r)[c].toString());
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    static JsonPath importSheet(byte[] xlsx) {
        return importSheet(REVIEWER, plan, xlsx);
    }

    /**
     * Posts the sheet (202 with the job and its Location), polls the job until it is DONE and reads all of its
     * row errors page by page: the job's JSON with its {@code errors} added.
     */
    static JsonPath importSheet(UUID staff, String planId, byte[] xlsx) {
        var posted = given().auth().oauth2(org.weiyuan.support.Tokens.token(staff, "staff")).contentType(XLSX).body(xlsx)
                .post("/api/v1/mutual-aid/plans/" + planId + "/members/import").then().statusCode(202).extract();
        String location = posted.header("Location");
        assertThat(location).endsWith("/api/v1/mutual-aid/plans/" + planId + "/imports/" + posted.path("id"));
        return finished(staff, planId, posted.path("id"));
    }

    /** The job once DONE, with all its row errors. */
    static JsonPath finished(UUID staff, String planId, String jobId) {
        String job = "/api/v1/mutual-aid/plans/" + planId + "/imports/" + jobId;
        org.weiyuan.support.Fixtures.await("import " + jobId + " done", () -> !List.of("QUEUED", "RUNNING")
                .contains(Api.staff(staff).get(job).then().statusCode(200).extract().<String>path("state")));
        // the job's JSON and its error pages as Jackson reads them (JsonPath's own maps hold lazily parsed values)
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try {
            var out = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(Api.staff(staff).get(job).then().statusCode(200)
                    .body("state", is("DONE")).extract().asString());
            var errors = out.putArray("errors");
            String cursor = null;
            do {
                var page = json.readTree(Api.staff(staff).get(job + "/errors?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).then()
                        .statusCode(200).extract().asString());
                page.get("items").forEach(errors::add);
                cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
            } while (cursor != null);
            return JsonPath.from(json.writeValueAsString(out));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Object> claim(String kind, String invoice, String illness, long total, long insurance, long self) {
        Map<String, Object> m = new HashMap<>(Map.of("planId", plan, "kind", kind, "invoiceNo", invoice, "eventDate", "2026-05-10",
                "totalFen", total, "insurancePaidFen", insurance, "selfPaidFen", self));
        if (illness != null) {
            m.put("illness", illness);
        }
        return m;
    }

    @Test
    @Order(1)
    void planSetUpIsScopedAndValidated() {
        setUp();
        var created = Api.staff(REVIEWER).body(Map.of("unitId", grassroots.toString(), "planYear", 2026, "name", "2026年职工医疗互助",
                "rules", rules())).post("/api/v1/mutual-aid/plans").then().statusCode(201).extract().jsonPath();
        plan = created.getString("id");
        assertThat(created.getLong("rules.inpatient.deductibleFen")).isEqualTo(16_700 * YUAN);
        assertThat(created.getInt("rules.inpatient.ratioPercent.HARDSHIP")).isEqualTo(80);
        assertThat(created.getList("rules.tiers.tier")).containsExactly("ORDINARY", "HARDSHIP");

        Api.staff(REVIEWER).body(Map.of("unitId", grassroots.toString(), "planYear", 2026, "name", "2026年职工医疗互助", "rules", rules()))
                .post("/api/v1/mutual-aid/plans").then().statusCode(409);
        Map<String, Object> bad = new HashMap<>(rules());
        bad.put("inpatient", Map.of("deductibleFen", 0, "ratioPercent", Map.of("ORDINARY", 150, "HARDSHIP", 80),
                "perClaimCapFen", 1, "perYearCapFen", 1));
        Api.staff(REVIEWER).body(Map.of("unitId", grassroots.toString(), "planYear", 2026, "name", "坏计划", "rules", bad))
                .post("/api/v1/mutual-aid/plans").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("inpatient.ratioPercent"));
        Api.staff(SIBLING).body(Map.of("unitId", grassroots.toString(), "planYear", 2026, "name", "越权计划", "rules", rules()))
                .post("/api/v1/mutual-aid/plans").then().statusCode(404);
        Api.staff(SIBLING).get("/api/v1/mutual-aid/plans/" + plan).then().statusCode(404);
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/mutual-aid/plans/" + plan).then().statusCode(200); // the city sees its subtree
        assertThat(Api.staff(REVIEWER).get("/api/v1/mutual-aid/plans").then().statusCode(200).extract().<List<String>>path("id"))
                .containsExactly(plan);
    }

    @Test
    @Order(2)
    void bulkEnrolmentReportsBadRowsAndReImportAddsNobodyTwice() throws IOException {
        // four sheets of 100 (the request deadline in tests is 3 s); the first carries the bad rows
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new Object[] {"职工" + i, idNumber(i), "普通", "2026-01-01", null});
        }
        rows.add(new Object[] {"申旭", null, "困难", "2026-01-01", WORKER}); // row 102: a worker with an account
        rows.add(new Object[] {"错档次", idNumber(500), "富裕", "2026-01-01", null}); // 103
        rows.add(new Object[] {"错日期", idNumber(501), "普通", "明年", null}); // 104
        rows.add(new Object[] {"错证号", "520102198001010000", "普通", "2026-01-01", null}); // 105
        rows.add(new Object[] {"重复", idNumber(0), "普通", "2026-01-01", null}); // 106: same person as row 2
        JsonPath first = importSheet(sheet(rows));
        assertThat(first.getInt("rowsTotal")).isEqualTo(105);
        assertThat(first.getInt("rowsDone")).isEqualTo(105);
        assertThat(first.getInt("enrolled")).isEqualTo(101);
        assertThat(first.getInt("unchanged")).isEqualTo(1);
        assertThat(first.getInt("rejected")).isEqualTo(3);
        assertThat(first.getList("errors.row", Integer.class)).containsExactly(103, 104, 105);
        assertThat(first.getList("errors.field", String.class)).containsExactly("tier", "coverageFrom", "idNumber");

        JsonPath again = importSheet(sheet(rows));
        assertThat(again.getInt("enrolled")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(102);
        assertThat(again.getString("id")).isNotEqualTo(first.getString("id")); // finished: a re-import is a new job
        for (int batch = 1; batch < 4; batch++) {
            List<Object[]> more = new ArrayList<>();
            for (int i = batch * 100; i < batch * 100 + 100; i++) {
                more.add(new Object[] {"职工" + i, idNumber(i), "普通", "2026-01-01", null});
            }
            assertThat(importSheet(sheet(more)).getInt("enrolled")).isEqualTo(100);
        }

        given().auth().oauth2(org.weiyuan.support.Tokens.token(REVIEWER, "staff")).contentType(XLSX).body(new byte[] {1, 2, 3})
                .post("/api/v1/mutual-aid/plans/" + plan + "/members/import").then().statusCode(422).body("errors[0].field", is("file"));
        given().auth().oauth2(org.weiyuan.support.Tokens.token(SIBLING, "staff")).contentType(XLSX).body(sheet(rows.subList(0, 1)))
                .post("/api/v1/mutual-aid/plans/" + plan + "/members/import").then().statusCode(404);
        given().auth().oauth2(org.weiyuan.support.Tokens.token(WORKER, "worker")).contentType(XLSX).body(sheet(rows.subList(0, 1)))
                .post("/api/v1/mutual-aid/plans/" + plan + "/members/import").then().statusCode(403);

        JsonPath list = Api.staff(REVIEWER).get("/api/v1/mutual-aid/plans/" + plan + "/members?limit=1000").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("id")).hasSize(401);
        assertThat(list.getString("[0].idNumber")).doesNotContain("19800101"); // masked
        members.addAll(list.getList("id", String.class));
        workerMember = list.getList("findAll { it.workerSubject == '" + WORKER + "' }.id", String.class).get(0);

        // one by one: a worker without a smartphone by name and ID number; the same person again is refused
        Map<String, Object> one = Map.of("name", "李四", "idNumber", idNumber(600), "tier", "HARDSHIP", "coverageFrom", "2026-03-01");
        Api.staff(REVIEWER).body(one).post("/api/v1/mutual-aid/plans/" + plan + "/members").then().statusCode(201).body("tier", is("HARDSHIP"));
        Api.staff(REVIEWER).body(one).post("/api/v1/mutual-aid/plans/" + plan + "/members").then().statusCode(409);
        Api.staff(REVIEWER).body(Map.of("name", "无证号", "tier", "HARDSHIP", "coverageFrom", "2026-03-01"))
                .post("/api/v1/mutual-aid/plans/" + plan + "/members").then().statusCode(422).body("errors[0].field", is("idNumber"));
    }

    @Test
    @Order(3)
    void contributionsGoIntoThePlansFundOnceEach() {
        // in batches of at most 100 members, as a unit pays (and within the tests' 3-s request deadline)
        int recorded = 0;
        long amount = 0;
        for (int from = 0; from < members.size(); from += 100) {
            JsonPath r = Api.staff(REVIEWER).body(Map.of("memberIds", members.subList(from, Math.min(members.size(), from + 100))))
                    .post("/api/v1/mutual-aid/plans/" + plan + "/contributions").then().statusCode(200).extract().jsonPath();
            recorded += r.getInt("recorded");
            amount += r.getLong("amountFen");
        }
        assertThat(recorded).isEqualTo(401);
        assertThat(amount).isEqualTo(400 * 260 * YUAN + 160 * YUAN);
        JsonPath again = Api.staff(REVIEWER).body(Map.of("memberIds", members.subList(0, 3))).post("/api/v1/mutual-aid/plans/" + plan + "/contributions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(again.getInt("recorded")).isZero();
        assertThat(again.getInt("alreadyRecorded")).isEqualTo(3);
        assertThat(fund().getLong("fundBalanceFen")).isEqualTo(104_160 * YUAN);
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true));
    }

    static JsonPath fund() {
        return new JsonPath(Api.staff(REVIEWER).get("/api/v1/mutual-aid/figures?unitId=" + grassroots).then().statusCode(200)
                .extract().asString()).setRootPath("total");
    }

    @Test
    @Order(4)
    void seed001ClaimFromSubmissionToPayoutWithSeparationOfDuties() {
        JsonPath c = Api.worker(WORKER).body(claim("INPATIENT", "GZ-2026-0001", "尿毒症", 991_600 * YUAN, 864_400 * YUAN, 127_200 * YUAN))
                .post("/api/v1/mutual-aid/claims").then().statusCode(201).extract().jsonPath();
        String id = c.getString("id");
        assertThat(c.getLong("computedFen")).isEqualTo(88_400 * YUAN);
        assertThat(c.getString("status")).isEqualTo("SUBMITTED");
        assertThat(c.getList("explanation.code")).containsExactly("TOTAL_COST", "INSURANCE_PAID", "SELF_PAID", "DEDUCTIBLE", "RATIO", "PAYABLE");
        assertThat(c.getString("explanation[5].zh")).isEqualTo("互助金支付 88,400 元,个人仍需负担 38,800 元");
        assertThat(c.getString("explanation[3].en")).isEqualTo("less the deductible of ¥16,700: ¥110,500 reimbursable");

        // a worker outside the plan cannot claim on it; a sibling district's staff do not see the claim
        Api.worker(UUID.randomUUID()).body(claim("INPATIENT", "GZ-X", null, 300, 100, 200)).post("/api/v1/mutual-aid/claims").then().statusCode(403);
        Api.staff(SIBLING).get("/api/v1/mutual-aid/claims/" + id).then().statusCode(404);
        Api.staff(SIBLING).post("/api/v1/mutual-aid/claims/" + id + "/approve").then().statusCode(404);

        Api.staff(REVIEWER).post("/api/v1/mutual-aid/claims/" + id + "/approve").then().statusCode(409); // not reviewed yet
        Api.staff(REVIEWER).body(Map.of("accept", true)).post("/api/v1/mutual-aid/claims/" + id + "/review").then().statusCode(200)
                .body("status", is("REVIEWED"));
        Api.staff(REVIEWER).post("/api/v1/mutual-aid/claims/" + id + "/approve").then().statusCode(403)
                .body("type", is("https://weiyuan.org/problems/separation-of-duties"));
        Api.staff(APPROVER).post("/api/v1/mutual-aid/claims/" + id + "/approve").then().statusCode(200)
                .body("status", is("AWAITING_SECOND_APPROVAL")); // 88,400 yuan is above the 50,000-yuan threshold
        Api.staff(APPROVER).post("/api/v1/mutual-aid/claims/" + id + "/approve").then().statusCode(403);
        JsonPath paid = Api.staff(SECOND).post("/api/v1/mutual-aid/claims/" + id + "/approve").then().statusCode(200).extract().jsonPath();
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(paid.getLong("paidFen")).isEqualTo(88_400 * YUAN);
        assertThat(paid.getString("entryId")).isNotNull();
        assertThat(fund().getLong("fundBalanceFen")).isEqualTo((104_160 - 88_400) * YUAN);

        // the claimant was told at each step, and sees the claim with the membership
        List<String> kinds = Api.worker(WORKER).get("/api/v1/inbox?limit=100").then().statusCode(200).extract().path("items.kind");
        assertThat(kinds.stream().filter("MUTUAL_AID_CLAIM_STATUS"::equals).count()).isEqualTo(4); // submitted, reviewed, awaiting, paid
        Api.worker(WORKER).get("/api/v1/mutual-aid/me").then().statusCode(200)
                .body("[0].member.tier", is("HARDSHIP")).body("[0].claims.id", hasItem(id)).body("[0].plan.id", is(plan));
        Api.worker(WORKER).get("/api/v1/mutual-aid/claims/" + id).then().statusCode(200).body("paidFen", is((int) (88_400 * YUAN)));
        Api.worker(UUID.randomUUID()).get("/api/v1/mutual-aid/claims/" + id).then().statusCode(404);
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true));
        seed001Claim = id;

        // the same invoice again: accepted for review but flagged on both claims (staff see flags, the worker does not),
        // and paying it a second time is refused
        String again = Api.worker(WORKER).body(claim("INPATIENT", "GZ-2026-0001", null, 991_600 * YUAN, 864_400 * YUAN, 127_200 * YUAN))
                .post("/api/v1/mutual-aid/claims").then().statusCode(201).body("flags", org.hamcrest.Matchers.empty()).extract().path("id");
        JsonPath flagged = Api.staff(REVIEWER).get("/api/v1/mutual-aid/claims/" + again).then().statusCode(200).extract().jsonPath();
        assertThat(flagged.getList("flags.kind")).containsExactly("SAME_INVOICE_NO");
        assertThat(flagged.getString("flags[0].otherClaimId")).isEqualTo(id);
        Api.staff(REVIEWER).get("/api/v1/mutual-aid/claims/" + id).then().statusCode(200)
                .body("flags.otherClaimId", org.hamcrest.Matchers.contains(again));
        Api.staff(REVIEWER).body(Map.of("accept", true)).post("/api/v1/mutual-aid/claims/" + again + "/review").then().statusCode(200);
        Api.staff(APPROVER).post("/api/v1/mutual-aid/claims/" + again + "/approve").then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString(id));
        assertThat(fund().getLong("fundBalanceFen")).isEqualTo((104_160 - 88_400) * YUAN);
    }

    static String seed001Claim;

    static String reviewAndApprove(Map<String, Object> body, UUID submitter) {
        var spec = submitter == null ? Api.worker(WORKER) : Api.staff(submitter);
        String id = spec.body(body).post("/api/v1/mutual-aid/claims").then().statusCode(201).extract().path("id");
        Api.staff(REVIEWER).body(Map.of("accept", true)).post("/api/v1/mutual-aid/claims/" + id + "/review").then().statusCode(200);
        return id;
    }

    @Test
    @Order(5)
    void lumpSumOnceYearCapAndAShortFund() {
        // staff claim for the member: the critical-illness lump sum, once
        Map<String, Object> lump = claim("CRITICAL_ILLNESS", "DX-0001", "尿毒症", 0, 0, 0);
        lump.put("memberId", workerMember);
        String id = reviewAndApprove(lump, SECOND);
        Api.staff(APPROVER).post("/api/v1/mutual-aid/claims/" + id + "/approve").then().statusCode(200)
                .body("status", is("PAID")).body("paidFen", is((int) (12_000 * YUAN)));
        Map<String, Object> again = claim("CRITICAL_ILLNESS", "DX-0002", "尿毒症", 0, 0, 0);
        Api.worker(WORKER).body(again).post("/api/v1/mutual-aid/claims").then().statusCode(422);

        // 20,000 self-paid: (20,000 − 16,700) × 80% = 2,640, with this year's 88,400 already paid named in the explanation
        String small = reviewAndApprove(claim("INPATIENT", "GZ-2026-0002", null, 50_000 * YUAN, 30_000 * YUAN, 20_000 * YUAN), null);
        JsonPath p = Api.staff(APPROVER).post("/api/v1/mutual-aid/claims/" + small + "/approve").then().statusCode(200).extract().jsonPath();
        assertThat(p.getLong("paidFen")).isEqualTo(2_640 * YUAN);
        assertThat(p.getList("explanation.code")).contains("PAID_THIS_YEAR");
        assertThat(fund().getLong("fundBalanceFen")).isEqualTo((104_160 - 88_400 - 12_000 - 2_640) * YUAN);

        // the rest of the year's cap (100,000 − 91,040 = 8,960) is more than the fund's 1,120: refused, nothing moves
        String big = reviewAndApprove(claim("INPATIENT", "GZ-2026-0003", null, 200_000 * YUAN, 100_000 * YUAN, 100_000 * YUAN), null);
        Api.staff(APPROVER).post("/api/v1/mutual-aid/claims/" + big + "/approve").then().statusCode(409)
                .body("type", is("https://weiyuan.org/problems/conflict"));
        assertThat(fund().getLong("fundBalanceFen")).isEqualTo(1_120 * YUAN);
    }

    @Test
    @Order(6)
    void figuresPerPlanAndRolledUp() {
        JsonPath f = Api.staff(REVIEWER).get("/api/v1/mutual-aid/figures?unitId=" + district).then().statusCode(200).extract().jsonPath();
        assertThat(f.getList("plans.planId")).containsExactly(plan);
        assertThat(f.getLong("total.members")).isEqualTo(402);
        assertThat(f.getLong("total.contributionsFen")).isEqualTo(104_160 * YUAN);
        assertThat(f.getLong("total.claimsPaid")).isEqualTo(3);
        assertThat(f.getLong("total.claimsPaidFen")).isEqualTo(103_040 * YUAN);
        assertThat(f.getLong("total.payoutPermille")).isEqualTo(989);
        assertThat(f.getLong("total.fundBalanceFen")).isEqualTo(1_120 * YUAN);
        // the city's roll-up holds this plan's row, and its total is the sum of its rows
        JsonPath city = Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/mutual-aid/figures?unitId=" + Demo.GUIYANG).then().statusCode(200).extract().jsonPath();
        assertThat(city.getList("plans.planId")).contains(plan);
        assertThat(city.getLong("total.fundBalanceFen")).isEqualTo(city.getList("plans.fundBalanceFen", Long.class).stream().mapToLong(Long::longValue).sum());
        // rolled up one level per unit: the district holds one grassroots unit with the plan; the city holds the district
        assertThat(f.getList("units.unitId")).containsExactly(grassroots.toString());
        assertThat(f.getLong("units[0].members")).isEqualTo(402);
        assertThat(f.getLong("units[0].claimsPaidFen")).isEqualTo(103_040 * YUAN);
        assertThat(f.getLong("units[0].payoutPermille")).isEqualTo(989);
        assertThat(f.getInt("units[0].plans")).isEqualTo(1);
        Map<String, Object> row = city.getMap("units.find { it.unitId == '" + district + "' }");
        assertThat(row).containsEntry("members", 402).containsEntry("fundBalanceFen", (int) (1_120 * YUAN))
                .containsEntry("contributionsFen", (int) (104_160 * YUAN));
        assertThat(city.getList("units.members", Long.class).stream().mapToLong(Long::longValue).sum()).isEqualTo(city.getLong("total.members"));
        Api.staff(SIBLING).get("/api/v1/mutual-aid/figures?unitId=" + district).then().statusCode(404);
    }

    static final String DOCS = "/api/v1/mutual-aid/claims/%s/documents";

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static io.restassured.response.ValidatableResponse upload(io.restassured.specification.RequestSpecification as, String claim,
                                                              String kind, String type, byte[] body) {
        return as.contentType(type).body(body).post(String.format(DOCS, claim) + (kind == null ? "" : "?kind=" + kind)).then();
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource jdbc;

    @Test
    @Order(7)
    void claimDocumentsAreCheckedEncryptedAuditedAndASecondCopyIsFlagged() throws Exception {
        String claim = Api.worker(WORKER).body(claim("INPATIENT", "GZ-2026-0009", null, 40_000 * YUAN, 23_000 * YUAN, 17_000 * YUAN))
                .post("/api/v1/mutual-aid/claims").then().statusCode(201).extract().path("id");
        byte[] photo = org.weiyuan.support.TestImages.pngWithComment("GPS 26.57N 106.71E");
        byte[] sheet = pdf("医保结算单 " + UUID.randomUUID());

        JsonPath v = upload(Api.worker(WORKER), claim, "INVOICE", "image/png", photo).statusCode(201).extract().jsonPath();
        assertThat(v.getList("documents.kind")).containsExactly("INVOICE");
        assertThat(v.getString("documents[0].contentType")).isEqualTo("image/png");
        v = upload(Api.worker(WORKER), claim, "SETTLEMENT", "application/pdf", sheet).statusCode(201).extract().jsonPath();
        assertThat(v.getList("documents.kind")).containsExactly("INVOICE", "SETTLEMENT");
        assertThat(v.getInt("documents[1].sizeBytes")).isEqualTo(sheet.length);
        String pdfId = v.getString("documents[1].id");

        // the type is read from the bytes; too large, no kind, or someone else's claim: refused
        upload(Api.worker(WORKER), claim, "INVOICE", "application/pdf", "not a pdf at all".getBytes()).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("file"));
        byte[] big = new byte[1_000_001];
        System.arraycopy(pdf("x"), 0, big, 0, 10);
        upload(Api.worker(WORKER), claim, "INVOICE", "application/pdf", big).statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("1,000 KB"));
        upload(Api.worker(WORKER), claim, null, "application/pdf", sheet).statusCode(400);
        upload(Api.worker(UUID.randomUUID()), claim, "INVOICE", "application/pdf", sheet).statusCode(404);
        upload(Api.staff(SIBLING), claim, "INVOICE", "application/pdf", sheet).statusCode(404);
        upload(Api.staff(REVIEWER), seed001Claim, "INVOICE", "application/pdf", sheet).statusCode(409); // already paid

        // at rest: encrypted, no PDF header, no camera comment, and the hash is keyed
        try (var c = jdbc.getConnection(); var st = c.prepareStatement(
                "select bytes_enc, content_hash from mutual_aid_document where claim_id = cast(? as uuid) order by created_at")) {
            st.setString(1, claim);
            try (var rs = st.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    String stored = new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertThat(stored).doesNotContain("%PDF").doesNotContain("GPS").doesNotContain("IHDR");
                    assertThat(rs.getString(2)).isNotIn(DocumentRules.sha256(photo), DocumentRules.sha256(sheet));
                    n++;
                }
                assertThat(n).isEqualTo(2);
            }
        }

        // reading it back: the member's own read is not audited, a staff read is
        long before = org.weiyuan.support.Sql.count(jdbc, "select count(*) from audit_entry where action = 'MUTUAL_AID_DOCUMENT_READ' and entity_id = '" + claim + "'");
        byte[] own = Api.worker(WORKER).get(String.format(DOCS, claim) + "/" + pdfId).then().statusCode(200)
                .contentType("application/pdf").header("Cache-Control", "private, no-store").extract().asByteArray();
        assertThat(own).isEqualTo(sheet);
        byte[] read = Api.staff(REVIEWER).get(String.format(DOCS, claim) + "/" + pdfId).then().statusCode(200).extract().asByteArray();
        assertThat(read).isEqualTo(sheet);
        assertThat(org.weiyuan.support.Sql.count(jdbc, "select count(*) from audit_entry where action = 'MUTUAL_AID_DOCUMENT_READ' and entity_id = '"
                + claim + "' and actor_subject = '" + REVIEWER + "'")).isEqualTo(before + 1);
        Api.staff(SIBLING).get(String.format(DOCS, claim) + "/" + pdfId).then().statusCode(404);
        Api.worker(WORKER).get(String.format(DOCS, seed001Claim) + "/" + pdfId).then().statusCode(404); // not that claim's document

        // the same settlement sheet on another claim (a different invoice number): both claims flagged
        Map<String, Object> other = claim("INPATIENT", "GZ-2026-0010", null, 40_000 * YUAN, 23_000 * YUAN, 17_000 * YUAN);
        other.put("memberId", workerMember);
        String second = Api.staff(REVIEWER).body(other).post("/api/v1/mutual-aid/claims").then().statusCode(201).extract().path("id");
        JsonPath f = upload(Api.staff(REVIEWER), second, "SETTLEMENT", "application/pdf", sheet).statusCode(201).extract().jsonPath();
        assertThat(f.getList("flags.kind")).containsExactly("SAME_DOCUMENT");
        assertThat(f.getString("flags[0].otherClaimId")).isEqualTo(claim);
        Api.staff(REVIEWER).get("/api/v1/mutual-aid/claims/" + claim).then().statusCode(200)
                .body("flags.kind", org.hamcrest.Matchers.contains("SAME_DOCUMENT")).body("flags.otherClaimId", org.hamcrest.Matchers.contains(second));
        Api.worker(WORKER).get("/api/v1/mutual-aid/claims/" + claim).then().statusCode(200).body("flags", org.hamcrest.Matchers.empty())
                .body("documents.size()", is(2));
    }

    @Test
    @Order(8)
    void renewalCarriesEveryMemberIntoTheNextPlanYearOnce() {
        long members = Api.staff(REVIEWER).get("/api/v1/mutual-aid/figures?unitId=" + district + "&planYear=2026").then().statusCode(200)
                .extract().jsonPath().getLong("total.members");
        // new rules without the HARDSHIP tier some members hold: refused, nothing created
        Map<String, Object> ordinaryOnly = Map.of("waitingDays", 90, "tiers", List.of(Map.of("tier", "ORDINARY",
                "shares", List.of(Map.of("payer", "WORKER", "fen", 100 * YUAN)))), "pharmacy", Map.of("yearlyFen", 1_000 * YUAN));
        Api.staff(REVIEWER).body(Map.of("rules", ordinaryOnly)).post("/api/v1/mutual-aid/plans/" + plan + "/renew").then().statusCode(422)
                .body("errors[0].field", is("rules.tiers"));
        Api.staff(SIBLING).body(Map.of()).post("/api/v1/mutual-aid/plans/" + plan + "/renew").then().statusCode(404);

        // next year with a 90-day waiting period: it binds new members, not those renewed
        Map<String, Object> nextRules = new HashMap<>(rules());
        nextRules.put("waitingDays", 90);
        JsonPath r = Api.staff(REVIEWER).body(Map.of("rules", nextRules)).post("/api/v1/mutual-aid/plans/" + plan + "/renew").then().statusCode(201)
                .extract().jsonPath();
        String next = r.getString("plan.id");
        assertThat(r.getInt("plan.planYear")).isEqualTo(2027);
        assertThat(r.getLong("membersCarried")).isEqualTo(members);
        assertThat(r.getLong("plan.rules.inpatient.deductibleFen")).isEqualTo(16_700 * YUAN);
        assertThat(r.getInt("plan.rules.waitingDays")).isEqualTo(90);
        Api.staff(REVIEWER).body(Map.of()).post("/api/v1/mutual-aid/plans/" + plan + "/renew").then().statusCode(409);

        JsonPath f = Api.staff(REVIEWER).get("/api/v1/mutual-aid/figures?unitId=" + district + "&planYear=2027").then().statusCode(200)
                .extract().jsonPath();
        assertThat(f.getList("plans.planId")).containsExactly(next);
        assertThat(f.getLong("total.members")).isEqualTo(members);
        assertThat(f.getLong("total.contributionsFen")).isZero(); // the new year's contributions are recorded afresh
        // the worker sees both years, the new one first, in the same tier; a 2027 claim is covered at once (no second waiting period)
        Api.worker(WORKER).get("/api/v1/mutual-aid/me").then().statusCode(200)
                .body("plan.planYear", org.hamcrest.Matchers.contains(2027, 2026)).body("[0].member.tier", is("HARDSHIP"));
        Map<String, Object> lump = claim("CRITICAL_ILLNESS", "DX-2027-0001", "恶性肿瘤", 0, 0, 0);
        lump.put("planId", next);
        lump.put("eventDate", "2027-01-02");
        Api.worker(WORKER).body(lump).post("/api/v1/mutual-aid/claims").then().statusCode(201).body("computedFen", is((int) (12_000 * YUAN)));
    }

    static final String CLAIMS = "/api/v1/mutual-aid/claims";

    /** 申领列表: by status and unit, keyset-paged without gaps or repeats, names masked, the read audited, scoped to the subtree. */
    @Test
    @Order(9)
    void staffClaimsListIsFilteredPagedMaskedAuditedAndScoped() throws Exception {
        JsonPath paid = Api.staff(REVIEWER).get(CLAIMS + "?status=PAID&unitId=" + grassroots).then().statusCode(200).extract().jsonPath();
        assertThat(paid.getList("items.status", String.class)).hasSize(3).containsOnly("PAID");
        assertThat(paid.getList("items.id", String.class)).contains(seed001Claim);
        Map<String, Object> first = paid.getMap("items.find { it.id == '" + seed001Claim + "' }");
        assertThat(first).containsEntry("memberName", "申*").containsEntry("invoiceNo", "GZ-2026-0001")
                .containsEntry("planId", plan).containsEntry("unitId", grassroots.toString()).containsEntry("flagged", true)
                .containsEntry("planYear", 2026);
        assertThat(((Number) first.get("paidFen")).longValue()).isEqualTo(88_400 * YUAN);
        assertThat(paid.getString("nextCursor")).isNull();

        // every claim of the district, two at a time: the pages join up to the unpaged list, oldest first
        List<String> all = Api.staff(REVIEWER).get(CLAIMS + "?limit=200").then().statusCode(200).extract().path("items.id");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = Api.staff(REVIEWER).get(CLAIMS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            paged.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(all).hasSizeGreaterThanOrEqualTo(7);
        assertThat(paged).isEqualTo(all);
        List<String> submitted = Api.staff(REVIEWER).get(CLAIMS + "?status=SUBMITTED").then().statusCode(200).extract().path("items.status");
        assertThat(submitted).isNotEmpty().containsOnly("SUBMITTED");

        // the read is audited; the city sees the district's claims, a sibling district neither them nor the unit
        long before = org.weiyuan.support.Sql.count(jdbc, "select count(*) from audit_entry where action = 'MUTUAL_AID_CLAIMS_LISTED' and actor_subject = '"
                + APPROVER + "'");
        Api.staff(APPROVER).get(CLAIMS + "?unitId=" + district).then().statusCode(200);
        assertThat(org.weiyuan.support.Sql.count(jdbc, "select count(*) from audit_entry where action = 'MUTUAL_AID_CLAIMS_LISTED' and actor_subject = '"
                + APPROVER + "'")).isEqualTo(before + 1);
        assertThat(Api.staff(Demo.CHEN_GUIYANG).get(CLAIMS + "?unitId=" + district + "&limit=200").then().statusCode(200)
                .extract().<List<String>>path("items.id")).isEqualTo(all);
        assertThat(Api.staff(SIBLING).get(CLAIMS + "?limit=200").then().statusCode(200).extract().<List<String>>path("items.id"))
                .doesNotContainAnyElementsOf(all);
        Api.staff(SIBLING).get(CLAIMS + "?unitId=" + district).then().statusCode(404);
        Api.worker(WORKER).get(CLAIMS).then().statusCode(403);
        Api.staff(REVIEWER).get(CLAIMS + "?status=LOST").then().statusCode(400).contentType("application/problem+json");
        Api.staff(REVIEWER).get(CLAIMS + "?cursor=bm90LWEtY3Vyc29y").then().statusCode(400).contentType("application/problem+json");
    }
}

