package org.weiyuan.stats;

import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;
import org.weiyuan.support.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A union subtree of its own for the stats tests, so that other tests' records never change its
 * counts: district T (统计测试区) under 贵阳 with grassroots units T1 and T2, and a sibling district S.
 * Built once through the API, as staff and workers would.
 */
final class StatsFixture {

    static StatsFixture built;

    final UUID t;
    final UUID t1;
    final UUID t2;
    final UUID s;
    final String t1Name;
    /** T's investigator and approver (谁调查、谁审核: two people). */
    final UUID investigator = UUID.randomUUID();
    final UUID approver = UUID.randomUUID();
    final UUID siblingStaff = UUID.randomUUID();
    /** households per unit key ("T", "T1", "T2") and their categories, as the API answered */
    final Map<String, List<String>> categories = new HashMap<>();
    final UUID t1Worker = UUID.randomUUID();
    final String fundedWish;
    final String partlyWish;
    final String vettingWish;
    final String pendingDisbursement;
    final List<String> waitingOrderCategories = new ArrayList<>();
    final int placements;

    static synchronized StatsFixture get() {
        if (built == null) {
            built = new StatsFixture();
        }
        return built;
    }

    private StatsFixture() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        t = unit(Demo.GUIYANG, "DISTRICT", "统计测试区" + tag);
        t1Name = "统计测试一社区" + tag;
        t1 = unit(t, "GRASSROOTS", t1Name);
        t2 = unit(t, "GRASSROOTS", "统计测试二社区" + tag);
        s = unit(Demo.GUIYANG, "DISTRICT", "统计兄弟区" + tag);
        assign(investigator, t, "统计调查员");
        assign(approver, t, "统计审批员");
        assign(siblingStaff, s, "兄弟区干部");

        // T1: three files (one approved, owned by t1Worker), T2: two (one approved then exited), T itself: one
        String approvedT1 = file("T1", t1, t1Worker, 100_000, "ILLNESS", "UNEMPLOYMENT");
        file("T1", t1, UUID.randomUUID(), 100_000, "ILLNESS");
        file("T1", t1, UUID.randomUUID(), 300_000, "DISABILITY");
        UUID exitingWorker = UUID.randomUUID();
        String exitedT2 = file("T2", t2, exitingWorker, 100_000, "LOW_INCOME");
        file("T2", t2, UUID.randomUUID(), 120_000, "CHILD_EDUCATION");
        file("T", t, UUID.randomUUID(), 100_000, "OTHER");
        approve(t1Worker, approvedT1);
        approve(exitingWorker, exitedT2);
        Api.staff(approver).body(Map.of("reason", "RE_EMPLOYED", "note", "已再就业"))
                .post("/api/v1/households/" + exitedT2 + "/exit").then().statusCode(200);

        // money in T1: a wish paid in full with one disbursement done and one waiting for a second approver,
        // a wish with a pledge held for payment, and a wish still in vetting
        fundedWish = published(Fixtures.cashWish(100_000));
        String paid = pledge(fundedWish, UUID.randomUUID(), 100_000, true);
        Api.staff(investigator).body(Map.of("amountFen", 20_000, "method", "BANK_TRANSFER", "reference", "转账 001", "proof", "银行回单"))
                .post("/api/v1/wishes/" + fundedWish + "/disbursements").then().statusCode(201).body("status", org.hamcrest.Matchers.is("APPROVED"));
        pendingDisbursement = Api.staff(investigator).body(Map.of("amountFen", 60_000, "method", "IN_KIND", "reference", "送货单 002",
                        "proof", "签收单")).post("/api/v1/wishes/" + fundedWish + "/disbursements").then().statusCode(201)
                .body("status", org.hamcrest.Matchers.is("PENDING_APPROVAL")).extract().path("id");
        partlyWish = published(Fixtures.cashWish(10_000));
        pledge(partlyWish, UUID.randomUUID(), 5_000, false);
        vettingWish = Api.worker(t1Worker).body(Fixtures.cashWish(3_000)).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        Api.worker(t1Worker).post("/api/v1/wishes/" + vettingWish + "/submit").then().statusCode(200);
        assert paid != null;

        // unmet demand: orders of the T1 worker; whichever find no offer with room wait
        for (String category : List.of("LEGAL_AID", "COUNSELLING")) {
            String status = Api.worker(t1Worker).body(Map.of("category", category, "district", "520382", "note", "需要帮助"))
                    .post("/api/v1/services/orders").then().statusCode(201).extract().path("status");
            if ("WAITING".equals(status)) {
                waitingOrderCategories.add(category);
            }
        }

        // a placement: an employer of T1 hires the T1 worker
        placements = hire();
    }

    private static UUID unit(UUID parent, String level, String name) {
        return UUID.fromString(Api.admin().body(Map.of("parentId", parent.toString(), "level", level, "name", name))
                .post("/api/v1/units").then().statusCode(201).extract().path("id"));
    }

    private static void assign(UUID subject, UUID unit, String name) {
        Api.admin().body(Map.of("unitId", unit.toString(), "displayName", name)).put("/api/v1/staff/" + subject).then().statusCode(200);
    }

    private String file(String key, UUID unit, UUID worker, long income, String... causes) {
        var r = Api.worker(worker).body(Files.household(unit, income, causes)).post("/api/v1/households").then().statusCode(201).extract();
        String category = r.path("category");
        categories.computeIfAbsent(key, k -> new ArrayList<>()).add(category == null ? "UNASSESSED" : category);
        return r.path("id");
    }

    private void approve(UUID worker, String id) {
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(investigator).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
        Api.staff(investigator).body(Files.verification()).post("/api/v1/households/" + id + "/verifications").then().statusCode(201);
        Api.staff(approver).post("/api/v1/households/" + id + "/approve").then().statusCode(200);
    }

    private String published(Map<String, Object> wish) {
        String id = Api.worker(t1Worker).body(wish).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        Api.worker(t1Worker).post("/api/v1/wishes/" + id + "/submit").then().statusCode(200);
        Api.staff(approver).body(Map.of()).post("/api/v1/wishes/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static String pledge(String wish, UUID donor, long fen, boolean pay) {
        String pledge = Api.as(donor, "donor").header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("amountFen", fen))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201).extract().path("id");
        if (pay) {
            String reference = Api.as(donor, "donor").get("/api/v1/pledges/" + pledge).then().extract().path("payment.reference");
            Api.as(donor, "donor").post("/api/v1/sandbox/checkout/" + reference).then().statusCode(202);
            Fixtures.await("payment of " + pledge, () -> "PAID".equals(
                    Api.as(donor, "donor").get("/api/v1/pledges/" + pledge).then().extract().path("status")));
        }
        return pledge;
    }

    private int hire() {
        Map<String, Object> weekdays = Map.of("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                "periods", List.of("MORNING", "AFTERNOON"));
        Api.worker(t1Worker).body(Map.of("birthYear", 1978, "skills", List.of(Map.of("skill", "COOKING", "level", 2)),
                        "certificates", List.of("HEALTH_CERTIFICATE"), "healthLimits", List.of(),
                        "homeDistrict", "520102", "reachableDistricts", List.of("520102"), "availability", weekdays,
                        "desiredWeeklyHours", 40, "desiredWageFen", 300_000, "wantsTraining", false))
                .put("/api/v1/jobs/profile").then().statusCode(200);
        String employer = Api.staff(investigator).body(Map.of("unitId", t1, "name", "统计测试餐饮公司", "district", "520102",
                        "contactName", "王经理", "contactPhone", "13812345678"))
                .post("/api/v1/jobs/employers").then().statusCode(201).extract().path("id");
        Map<String, Object> listing = new HashMap<>();
        listing.put("employerId", employer);
        listing.put("title", "食堂帮厨");
        listing.put("description", "工作内容:食堂帮厨");
        listing.put("positions", 2);
        listing.put("wageMinFen", 300_000);
        listing.put("wageMaxFen", 350_000);
        listing.put("wagePeriod", "MONTH");
        listing.put("district", "520102");
        listing.put("address", "贵阳市某路 1 号");
        listing.put("skills", List.of(Map.of("skill", "COOKING", "level", 1)));
        listing.put("demands", List.of());
        listing.put("shifts", weekdays);
        listing.put("weeklyHours", 40);
        listing.put("startDate", LocalDate.now().toString());
        listing.put("expiresOn", LocalDate.now().plusDays(30).toString());
        String job = Api.staff(investigator).body(listing).post("/api/v1/jobs/listings").then().statusCode(201).extract().path("id");
        String application = Api.worker(t1Worker).body(Map.of("note", "做过饭")).post("/api/v1/jobs/listings/" + job + "/applications")
                .then().statusCode(201).extract().path("id");
        Api.staff(investigator).body(Map.of("status", "INTERVIEW")).post("/api/v1/jobs/applications/" + application + "/status")
                .then().statusCode(200);
        Api.staff(approver).body(Map.of("status", "HIRED")).post("/api/v1/jobs/applications/" + application + "/status")
                .then().statusCode(200);
        return 1;
    }
}
