package org.weiyuan.followup;

import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A subtree of its own for the follow-up tests: district F (帮扶测试区) under 贵阳 with grassroots
 * unit F1, and a sibling district S. Staff: an investigator and an approver of F (谁调查、谁审核),
 * helper A at F, helper B at F1, and sibling staff at S. Built once through the API.
 */
final class FollowupFixture {

    private static FollowupFixture built;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static int sequence = (int) (System.nanoTime() % 700);

    final UUID f;
    final UUID f1;
    final UUID s;
    final UUID investigator = UUID.randomUUID();
    final UUID approver = UUID.randomUUID();
    final UUID helperA = UUID.randomUUID();
    final UUID helperB = UUID.randomUUID();
    final UUID sibling = UUID.randomUUID();

    /** A new subtree, for tests whose figures must not see other tests' pairings. */
    static FollowupFixture fresh() {
        return new FollowupFixture();
    }

    static synchronized FollowupFixture get() {
        if (built == null) {
            built = new FollowupFixture();
        }
        return built;
    }

    private FollowupFixture() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        f = unit(Demo.GUIYANG, "DISTRICT", "帮扶测试区" + tag);
        f1 = unit(f, "GRASSROOTS", "帮扶测试社区" + tag);
        s = unit(Demo.GUIYANG, "DISTRICT", "帮扶兄弟区" + tag);
        assign(investigator, f, "帮扶调查员");
        assign(approver, f, "帮扶审批员");
        assign(helperA, f, "责任人甲");
        assign(helperB, f1, "责任人乙");
        assign(sibling, s, "兄弟区干部");
    }

    private static UUID unit(UUID parent, String level, String name) {
        return UUID.fromString(Api.admin().body(Map.of("parentId", parent.toString(), "level", level, "name", name))
                .post("/api/v1/units").then().statusCode(201).extract().path("id"));
    }

    private static void assign(UUID subject, UUID unit, String name) {
        Api.admin().body(Map.of("unitId", unit.toString(), "displayName", name)).put("/api/v1/staff/" + subject).then().statusCode(200);
    }

    /** An approved household of F1 owned by {@code worker}, its home visit recommending {@code help}. */
    String approved(UUID worker, List<String> help) {
        return approved(worker, help, null);
    }

    /** The same, with the head born on {@code birthday}'s month and day (the ID number carries it). */
    String approved(UUID worker, List<String> help, LocalDate birthday) {
        Map<String, Object> file = Files.household(f1, 100_000);
        if (birthday != null) {
            file.put("idNumber", idNumberBornOn(birthday));
        }
        String id = Api.worker(worker).body(file).post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(investigator).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
        Map<String, Object> visit = new HashMap<>(Files.verification());
        visit.put("recommendedHelp", help);
        Api.staff(investigator).body(visit).post("/api/v1/households/" + id + "/verifications").then().statusCode(201);
        Api.staff(approver).post("/api/v1/households/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private static synchronized String idNumberBornOn(LocalDate day) {
        sequence++;
        String first17 = String.format("520102%04d%02d%02d%03d", day.getYear(), day.getMonthValue(), day.getDayOfMonth(), sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    void pair(String household, UUID helper, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("helperSubject", helper.toString());
        if (on != null) {
            body.put("assignedOn", on.toString());
        }
        Api.staff(investigator).body(body).put("/api/v1/followup/households/" + household + "/helper").then().statusCode(200);
    }

    void contact(UUID staff, String household, String kind, LocalDate on) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "contactedOn", on.toString(), "summary", "电话了解近况"));
        body.put("planReview", "计划按期推进");
        Api.staff(staff).body(body).post("/api/v1/followup/households/" + household + "/contacts").then().statusCode(201);
    }

    /** A job application by {@code worker} with a listing of F1, hired when {@code hire}; returns its id. */
    String application(UUID worker, boolean hire) {
        Map<String, Object> weekdays = Map.of("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                "periods", List.of("MORNING", "AFTERNOON"));
        Api.worker(worker).body(Map.of("birthYear", 1978, "skills", List.of(Map.of("skill", "COOKING", "level", 2)),
                        "certificates", List.of("HEALTH_CERTIFICATE"), "healthLimits", List.of(),
                        "homeDistrict", "520102", "reachableDistricts", List.of("520102"), "availability", weekdays,
                        "desiredWeeklyHours", 40, "desiredWageFen", 300_000, "wantsTraining", false))
                .put("/api/v1/jobs/profile").then().statusCode(200);
        String employer = Api.staff(investigator).body(Map.of("unitId", f1, "name", "帮扶测试餐饮公司", "district", "520102",
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
        String application = Api.worker(worker).body(Map.of("note", "做过饭")).post("/api/v1/jobs/listings/" + job + "/applications")
                .then().statusCode(201).extract().path("id");
        if (hire) {
            hire(application);
        }
        return application;
    }

    void hire(String application) {
        Api.staff(investigator).body(Map.of("status", "INTERVIEW")).post("/api/v1/jobs/applications/" + application + "/status")
                .then().statusCode(200);
        Api.staff(approver).body(Map.of("status", "HIRED")).post("/api/v1/jobs/applications/" + application + "/status")
                .then().statusCode(200);
    }
}
