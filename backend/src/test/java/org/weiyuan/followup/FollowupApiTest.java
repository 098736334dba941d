package org.weiyuan.followup;

import io.quarkus.hibernate.reactive.panache.Panache;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Fixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Help plans, helpers and contact, compliance, reminders and visit tasks, through the API. */
@QuarkusTest
class FollowupApiTest {

    private static final String BASE = "/api/v1/followup/households/";

    @Inject
    FollowupJobs jobs;

    private FollowupFixture fx;

    /** Made on first use: RestAssured knows the test port only once the tests themselves run. */
    @BeforeEach
    void fixture() {
        fx = FollowupFixture.get();
    }

    @Test
    void aPlanIsBuiltFromTheVisitsRecommendations() {
        UUID worker = UUID.randomUUID();
        String h = fx.approved(worker, List.of("JOB_PLACEMENT", "COUNSELLING", "LIVING_AID"));

        // a measure the visit did not recommend is refused, naming the field
        Api.staff(fx.investigator).body(Map.of("goals", "半年内实现再就业", "measures", List.of(Map.of("kind", "HOUSING_AID"))))
                .post(BASE + h + "/plan").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("measures[0].kind"));
        // sibling-district staff do not even learn the file exists
        Api.staff(fx.sibling).body(Map.of("goals", "x")).post(BASE + h + "/plan").then().statusCode(404);

        JsonPath plan = Api.staff(fx.investigator).body(Map.of("goals", "半年内实现再就业,稳定家庭收入"))
                .post(BASE + h + "/plan").then().statusCode(201).extract().jsonPath();
        assertThat(plan.getList("measures.kind")).containsExactlyInAnyOrder("JOB_PLACEMENT", "COUNSELLING", "LIVING_AID");
        assertThat(plan.getList("measures.status")).containsOnly("PLANNED");
        assertThat(plan.getList("measures.ownerSubject")).containsOnly(fx.investigator.toString());
        assertThat(plan.getList("measures.ownerName")).containsOnly("帮扶调查员");
        assertThat(plan.getList("recommendedHelp")).containsExactlyInAnyOrder("JOB_PLACEMENT", "COUNSELLING", "LIVING_AID");

        // one household, one plan
        Api.staff(fx.approver).body(Map.of("goals", "again")).post(BASE + h + "/plan").then().statusCode(409);
        Api.staff(fx.sibling).get(BASE + h + "/plan").then().statusCode(404);
        Api.staff(fx.helperB).get(BASE + h + "/plan").then().statusCode(200).body("goals", is("半年内实现再就业,稳定家庭收入"));

        // the worker reads their own plan without staff identifiers or review notes; another worker has none
        Api.worker(worker).get("/api/v1/followup/me/plan").then().statusCode(200)
                .body("goals", is("半年内实现再就业,稳定家庭收入"))
                .body("measures.kind", containsInAnyOrder("JOB_PLACEMENT", "COUNSELLING", "LIVING_AID"))
                .body("measures[0]", not(hasKey("ownerSubject")))
                .body("measures[0].ownerName", is("帮扶调查员"))
                .body("$", not(hasKey("reviews")));
        Api.worker(UUID.randomUUID()).get("/api/v1/followup/me/plan").then().statusCode(404)
                .contentType("application/problem+json");
        // and the contract says so: the app reads that 404 as "还没有帮扶计划" (its scripted servers are checked against it)
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/followup/me/plan'.get.responses", hasKey("404"));
    }

    @Test
    void measuresAreLinkedAndCompletedByWhatCarriesThemOut() {
        UUID worker = UUID.randomUUID();
        String h = fx.approved(worker, List.of("JOB_PLACEMENT", "LIVING_AID"));
        JsonPath plan = Api.staff(fx.investigator).body(Map.of("goals", "就业与生活救助")).post(BASE + h + "/plan")
                .then().statusCode(201).extract().jsonPath();
        String job = measureOf(plan, "JOB_PLACEMENT");
        String living = measureOf(plan, "LIVING_AID");

        String application = fx.application(worker, false);
        // another household's wish is refused; so is a made-up id
        UUID other = UUID.randomUUID();
        fx.approved(other, List.of("LIVING_AID"));
        String foreignWish = Api.worker(other).body(Fixtures.cashWish(5_000)).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        Api.staff(fx.investigator).body(Map.of("kind", "WISH", "id", foreignWish)).post(BASE + h + "/plan/measures/" + living + "/link")
                .then().statusCode(422).body("errors[0].field", is("id"));
        Api.staff(fx.investigator).body(Map.of("kind", "JOB_APPLICATION", "id", UUID.randomUUID().toString()))
                .post(BASE + h + "/plan/measures/" + job + "/link").then().statusCode(422);

        Api.staff(fx.investigator).body(Map.of("kind", "JOB_APPLICATION", "id", application))
                .post(BASE + h + "/plan/measures/" + job + "/link").then().statusCode(200);
        String wish = Api.worker(worker).body(Fixtures.cashWish(5_000)).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        Api.staff(fx.investigator).body(Map.of("kind", "WISH", "id", wish))
                .post(BASE + h + "/plan/measures/" + living + "/link").then().statusCode(200);

        JsonPath before = Api.staff(fx.investigator).get(BASE + h + "/plan").then().statusCode(200).extract().jsonPath();
        assertThat(statusOf(before, job)).isEqualTo("IN_PROGRESS");
        assertThat(statusOf(before, living)).isEqualTo("IN_PROGRESS");

        fx.hire(application); // the placement completes the job measure
        JsonPath after = Api.staff(fx.investigator).get(BASE + h + "/plan").then().statusCode(200).extract().jsonPath();
        assertThat(statusOf(after, job)).isEqualTo("DONE");
        assertThat(after.getString("measures.find { it.id == '" + job + "' }.result")).contains("已录用");
        assertThat(statusOf(after, living)).isEqualTo("IN_PROGRESS"); // the wish is not fulfilled yet
        Api.worker(worker).get("/api/v1/followup/me/plan").then().body("measures.find { it.kind == 'JOB_PLACEMENT' }.status", is("DONE"));

        // staff close a measure by hand only with a result; a done measure stays done
        Api.staff(fx.investigator).body(Map.of("action", "COMPLETE")).post(BASE + h + "/plan/measures/" + living + "/transition")
                .then().statusCode(422).body("errors[0].field", is("result"));
        Api.staff(fx.investigator).body(Map.of("action", "COMPLETE", "result", "已发放临时生活救助"))
                .post(BASE + h + "/plan/measures/" + living + "/transition").then().statusCode(200);
        Api.staff(fx.investigator).body(Map.of("action", "DROP", "result", "x"))
                .post(BASE + h + "/plan/measures/" + living + "/transition").then().statusCode(409).body("currentState", is("DONE"));
        Api.staff(fx.investigator).body(Map.of("kind", "WISH", "id", wish))
                .post(BASE + h + "/plan/measures/" + living + "/link").then().statusCode(409);
        Api.staff(fx.sibling).body(Map.of("action", "START")).post(BASE + h + "/plan/measures/" + job + "/transition").then().statusCode(404);
    }

    @Test
    void aHelperIsNamedAndTheContactLogReviewsThePlanAtVisits() {
        UUID worker = UUID.randomUUID();
        String h = fx.approved(worker, List.of("COUNSELLING"));
        Api.staff(fx.investigator).body(Map.of("helperSubject", fx.sibling.toString()))
                .put(BASE + h + "/helper").then().statusCode(422).body("errors[0].field", is("helperSubject"));
        Api.staff(fx.sibling).body(Map.of("helperSubject", fx.helperA.toString())).put(BASE + h + "/helper").then().statusCode(404);
        Api.staff(fx.investigator).body(Map.of("helperSubject", fx.helperA.toString())).put(BASE + h + "/helper").then().statusCode(200)
                .body("helperName", is("责任人甲")).body("contactOverdue", is(false));

        Api.staff(fx.investigator).body(Map.of("goals", "心理疏导,走出困境")).post(BASE + h + "/plan").then().statusCode(201);
        LocalDate day = LocalDate.of(2026, 3, 2);
        Api.staff(fx.helperA).body(Map.of("kind", "PHONE", "contactedOn", day.toString(), "summary", "电话询问", "nextStep", "下周走访"))
                .post(BASE + h + "/contacts").then().statusCode(201).body("staffSubject", is(fx.helperA.toString()));
        // a visit to a household with a plan must review it
        Api.staff(fx.helperA).body(Map.of("kind", "VISIT", "contactedOn", day.plusDays(5).toString(), "summary", "入户走访"))
                .post(BASE + h + "/contacts").then().statusCode(422).body("errors[0].field", is("planReview"));
        Api.staff(fx.helperA).body(Map.of("kind", "VISIT", "contactedOn", day.plusDays(5).toString(), "summary", "入户走访",
                "planReview", "心理疏导已预约,情绪好转")).post(BASE + h + "/contacts").then().statusCode(201);
        Api.staff(fx.helperA).body(Map.of("kind", "PHONE", "contactedOn", "2999-01-01", "summary", "将来"))
                .post(BASE + h + "/contacts").then().statusCode(422).body("errors[0].field", is("contactedOn"));
        Api.staff(fx.sibling).body(Map.of("kind", "PHONE", "summary", "x")).post(BASE + h + "/contacts").then().statusCode(404);

        Api.staff(fx.helperA).get(BASE + h + "/contacts").then().statusCode(200)
                .body("helper.helperSubject", is(fx.helperA.toString()))
                .body("contacts.kind", org.hamcrest.Matchers.contains("VISIT", "PHONE"))
                .body("contacts[1].nextStep", is("下周走访"));
        Api.staff(fx.helperA).get(BASE + h + "/plan").then().statusCode(200)
                .body("lastReviewedOn", is(day.plusDays(5).toString()))
                .body("reviews[0].note", is("心理疏导已预约,情绪好转"))
                .body("helper.helperName", is("责任人甲"));
        Api.worker(worker).get("/api/v1/followup/me/plan").then().body("helperName", is("责任人甲"))
                .body("lastReviewedOn", is(day.plusDays(5).toString()));
    }

    @Test
    void complianceOverAGeneratedQuarterRollsUpTheSubtree() {
        // a subtree of its own so other tests' pairings do not count
        FollowupFixture c = FollowupFixture.fresh();
        LocalDate paired = LocalDate.of(2025, 6, 1);
        String h1 = c.approved(UUID.randomUUID(), List.of("LIVING_AID"));
        String h2 = c.approved(UUID.randomUUID(), List.of("LIVING_AID"));
        String h3 = c.approved(UUID.randomUUID(), List.of("LIVING_AID"));
        String h4 = c.approved(UUID.randomUUID(), List.of("LIVING_AID"));
        c.pair(h1, c.helperA, paired);
        c.pair(h2, c.helperA, paired);
        c.pair(h3, c.helperB, paired);
        c.pair(h4, c.helperB, paired);
        // Q3 2025: A contacts h1 twice (a visit among them) but h2 once; B contacts both twice, one on the quarter's last day
        c.contact(c.helperA, h1, "PHONE", LocalDate.of(2025, 7, 1));
        c.contact(c.helperA, h1, "VISIT", LocalDate.of(2025, 8, 15));
        c.contact(c.helperA, h2, "MESSAGE", LocalDate.of(2025, 9, 1));
        c.contact(c.helperA, h2, "PHONE", LocalDate.of(2025, 10, 1)); // the next quarter's first day: not Q3
        c.contact(c.helperB, h3, "PHONE", LocalDate.of(2025, 7, 10));
        c.contact(c.helperB, h3, "PHONE", LocalDate.of(2025, 9, 30));
        c.contact(c.helperB, h4, "VISIT", LocalDate.of(2025, 7, 20));
        c.contact(c.helperB, h4, "VISIT", LocalDate.of(2025, 8, 20));
        // a contact by someone who is not the helper does not count toward the helper's figures
        c.contact(c.investigator, h2, "PHONE", LocalDate.of(2025, 8, 1));

        String unit = "/api/v1/followup/compliance/units/" + c.f + "?year=2025&quarter=3";
        JsonPath q3 = Api.staff(c.investigator).get(unit).then().statusCode(200).extract().jsonPath();
        assertThat(q3.getInt("staff")).isEqualTo(4); // investigator, approver, A (at F) and B (at F1)
        assertThat(q3.getInt("staffCompliant")).isEqualTo(1);
        assertThat(q3.getInt("households")).isEqualTo(4);
        assertThat(q3.getInt("householdsMet")).isEqualTo(3);
        assertThat(q3.getInt("contacts")).isEqualTo(7);
        assertThat(q3.getInt("visits")).isEqualTo(3);
        assertThat(q3.getBoolean("helpers.find { it.helperSubject == '" + c.helperB + "' }.compliant")).isTrue();
        assertThat(q3.getBoolean("helpers.find { it.helperSubject == '" + c.helperA + "' }.compliant")).isFalse();
        assertThat(q3.getBoolean("helpers.find { it.helperSubject == '" + c.investigator + "' }.enoughHouseholds")).isFalse();

        Api.staff(c.helperA).get("/api/v1/followup/compliance/helpers/" + c.helperA + "?year=2025&quarter=3").then().statusCode(200)
                .body("households", is(2)).body("householdsMet", is(1)).body("compliant", is(false))
                .body("perHousehold.find { it.householdId == '" + h2 + "' }.contacts", is(1));
        // the year: B visited h4 twice but h3 never, so not all of B's households are met either
        Api.staff(c.helperA).get("/api/v1/followup/compliance/helpers/" + c.helperB + "?year=2025").then().statusCode(200)
                .body("quarter", nullValue()).body("perHousehold.find { it.householdId == '" + h4 + "' }.visitsOwed", is(1))
                .body("compliant", is(false));

        // scope: sibling-district staff see neither the unit nor its helpers; F1's helper does not see F
        Api.staff(c.sibling).get(unit).then().statusCode(404);
        Api.staff(c.sibling).get("/api/v1/followup/compliance/helpers/" + c.helperA + "?year=2025&quarter=3").then().statusCode(404);
        Api.staff(c.helperB).get(unit).then().statusCode(404);
        Api.staff(c.investigator).get("/api/v1/followup/compliance/units/" + c.f + "?year=2025&quarter=5").then().statusCode(400)
                .body("errors[0].field", is("quarter"));

        // the rule is data: F1 asks for three contacts a quarter, and B no longer meets it; F keeps the default
        Api.staff(c.sibling).body(Map.of("minHouseholds", 2, "contactsPerQuarter", 3, "visitsPerYear", 2))
                .put("/api/v1/followup/units/" + c.f1 + "/contact-rule").then().statusCode(404);
        Api.staff(c.investigator).body(Map.of("minHouseholds", 2, "contactsPerQuarter", 3, "visitsPerYear", 2))
                .put("/api/v1/followup/units/" + c.f1 + "/contact-rule").then().statusCode(200).body("definedAt", is(c.f1.toString()));
        Api.staff(c.investigator).get("/api/v1/followup/units/" + c.f + "/contact-rule").then().statusCode(200)
                .body("definedAt", nullValue()).body("contactsPerQuarter", is(2));
        Api.staff(c.investigator).get(unit).then().statusCode(200).body("staffCompliant", is(0))
                .body("helpers.find { it.helperSubject == '" + c.helperB + "' }.rule.contactsPerQuarter", is(3));
    }

    @Test
    void overdueContactsRemindTheHelperInTheirInboxOnly() throws Throwable {
        FollowupFixture c = FollowupFixture.fresh();
        UUID worker = UUID.randomUUID();
        String late = c.approved(worker, List.of("LIVING_AID"));
        String fine = c.approved(UUID.randomUUID(), List.of("LIVING_AID"));
        c.pair(late, c.helperA, LocalDate.of(2025, 3, 1));
        c.pair(fine, c.helperB, LocalDate.of(2025, 3, 1));
        c.contact(c.helperB, fine, "PHONE", LocalDate.of(2025, 12, 20));
        LocalDate day = LocalDate.of(2026, 1, 10); // late: due 2025-04-15; fine: due 2026-02-03

        VertxContextSupport.subscribeAndAwait(() -> jobs.remindOverdue(day));
        VertxContextSupport.subscribeAndAwait(() -> jobs.remindOverdue(day.plusDays(1))); // within a week: no second notice

        String lateLink = "weiyuan://followup/households/" + late;
        String fineLink = "weiyuan://followup/households/" + fine;
        assertThat(notices(c.helperA, "staff", lateLink)).containsExactly("FOLLOWUP_CONTACT_OVERDUE");
        assertThat(notices(c.helperB, "staff", lateLink)).isEmpty();
        assertThat(notices(c.helperB, "staff", fineLink)).isEmpty();
        assertThat(notices(c.investigator, "staff", lateLink)).isEmpty();
        assertThat(notices(worker, "worker", lateLink)).isEmpty();

        // the helper's queue lists it as overdue (paired long ago, never contacted)
        Api.staff(c.helperA).get("/api/v1/followup/my-tasks").then().statusCode(200)
                .body("overdueContacts.find { it.householdId == '" + late + "' }.due", is("2025-04-15"));
        Api.staff(c.helperB).get("/api/v1/followup/my-tasks").then().statusCode(200)
                .body("overdueContacts.find { it.householdId == '" + late + "' }", nullValue());
        Api.worker(worker).get("/api/v1/followup/my-tasks").then().statusCode(403);
    }

    /**
     * Every replica schedules the follow-up jobs: two that read the same overdue pairing before
     * either has written (the interleaving of two replicas' rounds at once) send one notice.
     */
    @Test
    void twoReplicasRemindingAtOnceSendOneNotice() throws Throwable {
        FollowupFixture c = FollowupFixture.fresh();
        String late = c.approved(UUID.randomUUID(), List.of("LIVING_AID"));
        c.pair(late, c.helperA, LocalDate.of(2025, 3, 1));
        LocalDate day = LocalDate.of(2026, 1, 10);
        UUID household = UUID.fromString(late);

        List<FollowupRepository.PairingRow> readByA = dueFor(household, day);
        List<FollowupRepository.PairingRow> readByB = dueFor(household, day);
        assertThat(readByA).as("replica a's round sees the overdue pairing").hasSize(1);
        assertThat(readByB).as("replica b's round, reading before a wrote, sees it too").hasSize(1);
        int sentByA = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> jobs.sendReminders(readByA, day)));
        int sentByB = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> jobs.sendReminders(readByB, day)));

        assertThat(List.of(sentByA, sentByB)).as("notices sent by each replica").containsExactly(1, 0);
        assertThat(notices(c.helperA, "staff", "weiyuan://followup/households/" + late)).containsExactly("FOLLOWUP_CONTACT_OVERDUE");
    }

    private List<FollowupRepository.PairingRow> dueFor(UUID household, LocalDate day) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> jobs.dueReminders(day)))
                .stream().filter(p -> p.householdId().equals(household)).toList();
    }

    @Test
    void festivalAndBirthdayVisitTasksComeFromTheCalendar() throws Throwable {
        FollowupFixture c = FollowupFixture.fresh();
        String h = c.approved(UUID.randomUUID(), List.of("LIVING_AID"), LocalDate.of(1980, 10, 25));
        c.pair(h, c.helperB, LocalDate.of(2025, 1, 1));
        LocalDate day = LocalDate.of(2025, 10, 20); // 重阳 2025 is 29 October (calendar data); the birthday is 25 October

        int created = VertxContextSupport.subscribeAndAwait(() -> jobs.createVisitTasks(day));
        assertThat(created).isGreaterThanOrEqualTo(2);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> jobs.createVisitTasks(day)).intValue()).isZero(); // idempotent

        List<Map<String, Object>> tasks = Api.staff(c.helperB).get("/api/v1/followup/my-tasks").then().statusCode(200)
                .extract().jsonPath().getList("visitTasks.findAll { it.householdId == '" + h + "' }");
        assertThat(tasks).extracting(t -> t.get("reason") + "@" + t.get("dueOn"))
                .containsExactlyInAnyOrder("FESTIVAL_DOUBLE_NINTH@2025-10-29", "BIRTHDAY@2025-10-25");
        assertThat(notices(c.helperB, "staff", "weiyuan://followup/households/" + h)).containsOnly("FOLLOWUP_VISIT_TASK").hasSize(2);
        assertThat(notices(c.helperA, "staff", "weiyuan://followup/households/" + h)).isEmpty();

        // a visit on the festival closes both tasks
        c.contact(c.helperB, h, "VISIT", LocalDate.of(2025, 10, 29));
        Api.staff(c.helperB).get("/api/v1/followup/my-tasks").then()
                .body("visitTasks.findAll { it.householdId == '" + h + "' }.size()", is(0));
    }

    private static List<String> notices(UUID user, String role, String deepLink) {
        List<Map<String, String>> items = Api.as(user, role).get("/api/v1/inbox?limit=100").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(i -> deepLink.equals(i.get("deepLink"))).map(i -> i.get("kind")).toList();
    }

    private static String measureOf(JsonPath plan, String kind) {
        String id = plan.getString("measures.find { it.kind == '" + kind + "' }.id");
        assertThat(id).isNotNull();
        return id;
    }

    private static String statusOf(JsonPath plan, String measure) {
        return plan.getString("measures.find { it.id == '" + measure + "' }.status");
    }
}
