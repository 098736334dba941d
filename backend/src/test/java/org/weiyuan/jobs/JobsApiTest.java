package org.weiyuan.jobs;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Listings, profiles, matches with reasons, applications, placements, scope and bad input, over HTTP. */
@QuarkusTest
class JobsApiTest {

    static final String NANMING = "520102";
    static final String XIUWEN = "520123";
    static final Map<String, Object> WEEKDAYS = Map.of("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
            "periods", List.of("MORNING", "AFTERNOON"));

    static String employer(UUID staff, UUID unit) {
        return Api.staff(staff).body(Map.of("unitId", unit, "name", "贵阳好味餐饮有限公司", "district", NANMING,
                        "contactName", "王经理", "contactPhone", "13812345678"))
                .post("/api/v1/jobs/employers").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> listing(String employer, String title, String district, List<Map<String, Object>> skills,
                                       List<String> demands, int hours, long wage, int positions) {
        Map<String, Object> m = new HashMap<>();
        m.put("employerId", employer);
        m.put("title", title);
        m.put("description", "工作内容:" + title);
        m.put("positions", positions);
        m.put("wageMinFen", wage);
        m.put("wageMaxFen", wage + 50_000);
        m.put("wagePeriod", "MONTH");
        m.put("district", district);
        m.put("address", "贵阳市某路 1 号");
        m.put("skills", skills);
        m.put("demands", demands);
        m.put("shifts", WEEKDAYS);
        m.put("weeklyHours", hours);
        m.put("startDate", LocalDate.now().toString());
        m.put("expiresOn", LocalDate.now().plusDays(30).toString());
        return m;
    }

    static String post(Map<String, Object> listing) {
        return Api.staff(Demo.LIU_NANMING).body(listing).post("/api/v1/jobs/listings").then().statusCode(201).extract().path("id");
    }

    /** A worker with an approved file and a profile: a skilled cook who must not lift heavy loads. */
    static UUID cook(int hours, long wage) {
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        Api.worker(worker).body(Map.of("birthYear", 1978, "skills", List.of(Map.of("skill", "COOKING", "level", 2),
                                Map.of("skill", "SEWING", "level", 1)),
                        "certificates", List.of("HEALTH_CERTIFICATE"), "healthLimits", List.of("HEAVY_LIFTING"),
                        "homeDistrict", NANMING, "reachableDistricts", List.of(NANMING, "520103"), "availability", WEEKDAYS,
                        "desiredWeeklyHours", hours, "desiredWageFen", wage, "wantsTraining", true))
                .put("/api/v1/jobs/profile").then().statusCode(200).body("reachableDistricts", hasItem(NANMING));
        return worker;
    }

    @Test
    void theWorkerGetsTheJobThatFitsFirstWithReasonsAndNeverOneTheirHealthRulesOut() {
        UUID worker = cook(37, 333_300);
        String employer = employer(Demo.LIU_NANMING, Demo.NANMING);
        List<Map<String, Object>> cookSkills = List.of(Map.of("skill", "COOKING", "level", 2), Map.of("skill", "SEWING", "level", 1));
        String fits = post(listing(employer, "后厨厨师", NANMING, cookSkills, List.of(), 37, 333_300, 2));
        String heavy = post(listing(employer, "后厨搬运", NANMING, cookSkills, List.of("HEAVY_LIFTING"), 37, 333_300, 2));
        String far = post(listing(employer, "修文食堂厨师", XIUWEN, cookSkills, List.of(), 37, 333_300, 2));

        List<String> ids = Api.worker(worker).get("/api/v1/jobs/matches?limit=50").then().statusCode(200)
                .body("[0].listing.id", is(fits))
                .body("[0].score", is(100))
                .body("[0].districtName", is("南明区"))
                .body("[0].why", hasSize(6))
                .body("[0].why.text", hasItem("您具备岗位要求的全部技能"))
                .extract().path("listing.id");
        assertThat(ids).doesNotContain(heavy, far);
        Api.worker(worker).header("Accept-Language", "en").get("/api/v1/jobs/matches").then()
                .body("[0].why.text", hasItem("You have every skill the job asks for"));

        // the new listing was a strong match: the worker heard of it
        List<String> links = Api.worker(worker).get("/api/v1/inbox?limit=100").then().extract().path("items.deepLink");
        assertThat(links).contains("weiyuan://jobs/listings/" + fits).doesNotContain("weiyuan://jobs/listings/" + heavy);

        // staff of the worker's district see them as a candidate, with the hardship lift; other districts do not
        Api.staff(Demo.LIU_NANMING).get("/api/v1/jobs/listings/" + fits + "/candidates?limit=100").then().statusCode(200)
                .body("worker", hasItem(worker.toString()))
                .body("find { it.worker == '" + worker + "' }.why.factor", hasItem("SKILLS"));
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/jobs/listings/" + fits + "/candidates").then().statusCode(404);
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/jobs/workers/" + worker + "/matches").then().statusCode(200)
                .body("[0].listing.id", is(fits));
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/jobs/workers/" + worker + "/matches").then().statusCode(404);
    }

    @Test
    void applyingInterviewingHiringAndCountingPlacements() {
        UUID worker = cook(40, 300_000);
        String employer = employer(Demo.LIU_NANMING, Demo.NANMING);
        List<Map<String, Object>> cookSkills = List.of(Map.of("skill", "COOKING", "level", 1));
        String job = post(listing(employer, "食堂帮厨", NANMING, cookSkills, List.of(), 40, 300_000, 3));
        String heavy = post(listing(employer, "仓库装卸", NANMING, cookSkills, List.of("HEAVY_LIFTING"), 40, 300_000, 3));

        String application = Api.worker(worker).body(Map.of("note", "我做过五年饭")).post("/api/v1/jobs/listings/" + job + "/applications")
                .then().statusCode(201).body("status", is("APPLIED")).body("appliedByStaff", is(false)).extract().path("id");
        Api.worker(worker).body(Map.of()).post("/api/v1/jobs/listings/" + job + "/applications").then().statusCode(409);
        Api.worker(worker).body(Map.of()).post("/api/v1/jobs/listings/" + heavy + "/applications").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("listingId"));

        Api.worker(worker).body(Map.of("status", "HIRED")).post("/api/v1/jobs/applications/" + application + "/status")
                .then().statusCode(409); // only staff hire
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("status", "INTERVIEW")).post("/api/v1/jobs/applications/" + application + "/status")
                .then().statusCode(404);
        Api.staff(Demo.LIU_NANMING).body(Map.of("status", "INTERVIEW", "note", "周三上午面试"))
                .post("/api/v1/jobs/applications/" + application + "/status").then().statusCode(200).body("status", is("INTERVIEW"));
        Api.staff(Demo.ZHOU_NANMING).body(Map.of("status", "HIRED")).post("/api/v1/jobs/applications/" + application + "/status")
                .then().statusCode(200).body("status", is("HIRED"));
        Api.worker(worker).body(Map.of("status", "WITHDRAWN")).post("/api/v1/jobs/applications/" + application + "/status")
                .then().statusCode(409);
        Api.worker(worker).get("/api/v1/jobs/applications").then().body("[0].status", is("HIRED")).body("[0].listingTitle", is("食堂帮厨"));
        List<String> kinds = Api.worker(worker).get("/api/v1/inbox?limit=100").then().extract().path("items.kind");
        assertThat(kinds).filteredOn("APPLICATION_STATUS"::equals).hasSize(2);
        Api.worker(worker).get("/api/v1/inbox").then().body("items[0].body", is("“食堂帮厨”：已录用，恭喜您！"));

        Api.staff(Demo.LIU_NANMING).get("/api/v1/jobs/listings/" + job).then().body("filled", is(1));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/jobs/placements").then().statusCode(200)
                .body("byListing.find { it.key == '" + job + "' }.count", is(1))
                .body("byEmployer.find { it.key == '" + employer + "' }.count", is(1))
                .body("byMonth.key", hasItem(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString().substring(0, 7)));
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/jobs/placements").then().statusCode(200)
                .body("byListing.key", not(hasItem(job)));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/jobs/placements?from=2026-12-01&to=2026-11-01").then().statusCode(400);
    }

    @Test
    void staffApplyForAWorkerInTheirScopeOnly() {
        UUID worker = cook(40, 280_000);
        String job = post(listing(employer(Demo.LIU_NANMING, Demo.NANMING), "送岗到户:面点师", NANMING,
                List.of(Map.of("skill", "COOKING", "level", 1)), List.of(), 40, 280_000, 1));
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("workerSubject", worker)).post("/api/v1/jobs/listings/" + job + "/applications")
                .then().statusCode(404);
        Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/jobs/listings/" + job + "/applications").then().statusCode(422)
                .body("errors.field", hasItem("workerSubject"));
        Api.staff(Demo.LIU_NANMING).body(Map.of("workerSubject", worker)).post("/api/v1/jobs/listings/" + job + "/applications")
                .then().statusCode(201).body("appliedByStaff", is(true));
    }

    @Test
    void concurrentHiresNeverFillMorePositionsThanTheListingHas() throws Exception {
        String job = post(listing(employer(Demo.LIU_NANMING, Demo.NANMING), "保洁员(两名)", NANMING, List.of(), List.of(), 40, 200_000, 2));
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID w = cook(40, 200_000);
            applications.add(Api.worker(w).body(Map.of()).post("/api/v1/jobs/listings/" + job + "/applications")
                    .then().statusCode(201).extract().path("id"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> hires = new ArrayList<>();
        for (String a : applications) {
            hires.add(pool.submit(() -> Api.staff(Demo.LIU_NANMING).body(Map.of("status", "HIRED"))
                    .post("/api/v1/jobs/applications/" + a + "/status").then().extract().statusCode()));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : hires) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertThat(codes).filteredOn(c -> c == 200).hasSize(2);
        assertThat(codes).filteredOn(c -> c == 409).hasSize(6);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/jobs/listings/" + job).then().body("filled", is(2)).body("status", is("FILLED"));
        List<String> open = Api.worker(UUID.randomUUID()).get("/api/v1/jobs/listings?limit=200").then().extract().path("id");
        assertThat(open).doesNotContain(job);
    }

    @Test
    void badListingsAndProfilesAreRefusedWithTheField() {
        String employer = employer(Demo.LIU_NANMING, Demo.NANMING);
        Map<String, Object> l = listing(employer, "岗位", NANMING, List.of(), List.of(), 40, 300_000, 1);
        l.put("wageMaxFen", 100_000);
        Api.staff(Demo.LIU_NANMING).body(l).post("/api/v1/jobs/listings").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("wageMaxFen"));
        l = listing(employer, "岗位", "999999", List.of(), List.of(), 40, 300_000, 1);
        Api.staff(Demo.LIU_NANMING).body(l).post("/api/v1/jobs/listings").then().statusCode(422).body("errors.field", hasItem("district"));
        l = listing(employer, "岗位", NANMING, List.of(Map.of("skill", "JUGGLING", "level", 1)), List.of(), 40, 300_000, 1);
        Api.staff(Demo.LIU_NANMING).body(l).post("/api/v1/jobs/listings").then().statusCode(400);
        l = listing(employer, "", NANMING, List.of(Map.of("skill", "COOKING", "level", 5)), List.of(), 0, 300_000, 0);
        l.remove("shifts");
        Api.staff(Demo.LIU_NANMING).body(l).post("/api/v1/jobs/listings").then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("shifts"))
                .body("errors.field", hasItem("positions")).body("errors.field", hasItem("weeklyHours"))
                .body("errors.field", hasItem("skills[0].level"));
        Api.staff(Demo.SUN_YUNYAN).body(listing(employer, "岗位", NANMING, List.of(), List.of(), 40, 300_000, 1))
                .post("/api/v1/jobs/listings").then().statusCode(404);
        Api.worker(UUID.randomUUID()).body(listing(employer, "岗位", NANMING, List.of(), List.of(), 40, 300_000, 1))
                .post("/api/v1/jobs/listings").then().statusCode(403);
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("unitId", Demo.NANMING, "name", "x", "district", NANMING, "contactName", "x",
                "contactPhone", "13812345678")).post("/api/v1/jobs/employers").then().statusCode(404);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/jobs/employers").then().body("contactPhone", everyItem(org.hamcrest.Matchers.matchesPattern("1\\d{2}\\*{4}\\d{4}")));

        UUID noFile = UUID.randomUUID();
        Api.worker(noFile).body(Map.of("birthYear", 1980, "homeDistrict", NANMING, "reachableDistricts", List.of(NANMING),
                "availability", WEEKDAYS, "desiredWeeklyHours", 40, "desiredWageFen", 0, "wantsTraining", false))
                .put("/api/v1/jobs/profile").then().statusCode(422).body("errors.field", hasItem("household"));
        Api.worker(noFile).get("/api/v1/jobs/matches").then().statusCode(404);
        Api.worker(noFile).get("/api/v1/jobs/taxonomy").then().statusCode(200).body("skills.find { it.code == 'COOKING' }.name", is("烹饪"))
                .body("districts", notNullValue());
    }
}
