package org.weiyuan.seed;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.household.HardshipCause;
import org.weiyuan.household.HouseholdCategory;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.household.Severity;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** seeds/ is loaded at start and shows every category, severity, cause and status of a file. */
@QuarkusTest
class DemoSeedsApiTest {

    @Test
    void demoHouseholdsCoverEveryCategorySeverityAndCause() {
        List<Map<String, Object>> items = Api.staff(Demo.MA_PROVINCE).get("/api/v1/households?limit=200")
                .then().statusCode(200).extract().path("items");
        List<Map<String, Object>> seeded = items.stream().filter(i -> !"测试户主".equals(i.get("headName"))
                && !String.valueOf(i.get("headName")).startsWith("测")).toList();
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(10);

        assertThat(seeded.stream().map(i -> i.get("category")).collect(Collectors.toSet()))
                .containsAll(names(HouseholdCategory.values()));
        assertThat(seeded.stream().map(i -> i.get("severity")).collect(Collectors.toSet()))
                .containsAll(names(Severity.values()));
        @SuppressWarnings("unchecked")
        var causes = seeded.stream().flatMap(i -> ((List<String>) i.get("causes")).stream()).collect(Collectors.toSet());
        assertThat(causes).containsAll(names(HardshipCause.values()));
        assertThat(seeded.stream().map(i -> i.get("status")).collect(Collectors.toSet()))
                .containsAll(names(HouseholdStatus.values()));
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource jdbc;

    @Test
    void demoWishesShowEveryStateAndTheirMoneyIsAccountedFor() throws Exception {
        java.util.Set<String> states = new java.util.HashSet<>();
        try (var c = jdbc.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select distinct w.status from wish w join household h on h.id = w.household_id "
                     + "where h.head_name in ('王芳', '赵建国', '孙志强', '冯立新')")) {
            while (rs.next()) {
                states.add(rs.getString(1));
            }
        }
        assertThat(states).containsAll(names(org.weiyuan.wish.WishStatus.values()));
        Api.worker(Demo.WANG_WORKER).get("/api/v1/wishes/mine").then().statusCode(200);
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", org.hamcrest.Matchers.is(true));
        io.restassured.RestAssured.given().queryParam("limit", 100).get("/api/v1/feed/wishes").then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItem("女儿考上大学,想凑齐第一年学费"));
    }

    @Test
    void theDemoWorkerHasAnApprovedFile() {
        Api.worker(Demo.WANG_WORKER).get("/api/v1/households/mine").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("APPROVED"))
                .body("category", org.hamcrest.Matchers.is("DIBAO"))
                .body("severity", org.hamcrest.Matchers.is("EXTREME_HARDSHIP"));
    }

    @Test
    void theDemoWorkerIsOfferedTheCareJobFirstAndNothingHerHealthRulesOut() {
        List<String> titles = Api.worker(Demo.WANG_WORKER).get("/api/v1/jobs/matches").then().statusCode(200)
                .body("[0].why.text", org.hamcrest.Matchers.hasItem("您具备岗位要求的全部技能"))
                .extract().path("listing.title");
        assertThat(titles).first().isEqualTo("住家保姆(照顾老人)");
        assertThat(titles).doesNotContain("快递分拣员", "小区保安(夜班)");
        List<String> kinds = Api.worker(Demo.WANG_WORKER).get("/api/v1/inbox?limit=100").then().extract().path("items.kind");
        assertThat(kinds).contains("JOB_STRONG_MATCH");
        Api.worker(Demo.WANG_WORKER).get("/api/v1/services/menu").then().statusCode(200)
                .body("category", org.hamcrest.Matchers.hasItems("LEGAL_AID", "COUNSELLING", "SKILLS_TRAINING", "MEDICAL_DISCOUNT",
                        "VOLUNTEER_HELP"));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void theDemoHasAFileDueForRecheckAndOneExitedOnRecheck() {
        // 孙志强's yearly re-check is overdue: it waits in 南明's queue and the city's
        java.util.List<String> due = Api.staff(Demo.LIU_NANMING).get("/api/v1/rechecks/due").then().statusCode(200)
                .extract().path("householdId");
        String sun = Api.worker(UUID.fromString("2c800f64-4484-4b8e-9207-dc09b4630f11")).get("/api/v1/households/mine")
                .then().statusCode(200).extract().path("id");
        assertThat(due).contains(sun);
        // 冯立新 was found ineligible: exited with the finding, the re-check on record
        String feng = Api.worker(UUID.fromString("5b1f3c8e-2a47-4d8b-9c61-7e0d4f2a9b13")).get("/api/v1/households/mine")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.is("EXITED"))
                .body("exitReason", org.hamcrest.Matchers.is("INELIGIBLE_ON_RECHECK")).extract().path("id");
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + feng + "/rechecks").then().statusCode(200)
                .body("result", org.hamcrest.Matchers.hasItem("INELIGIBLE"));
    }

    @Test
    void theDemoHasASpotCheckInProgress() throws Exception {
        try (var c = jdbc.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select c.status, c.seed, count(i.id), count(i.recheck_id) from spot_check c "
                     + "join spot_check_item i on i.spot_check_id = c.id where c.seed = 20261201 group by c.id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("IN_PROGRESS");
            assertThat(rs.getLong(3)).isPositive();
            assertThat(rs.getLong(4)).isZero();
        }
    }
}
