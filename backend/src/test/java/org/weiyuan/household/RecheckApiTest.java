package org.weiyuan.household;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** 复核: approved files come due yearly and after a change of data; a re-check confirms, corrects or exits. */
@QuarkusTest
class RecheckApiTest {

    @Inject
    AgroalDataSource jdbc;

    private static List<String> due(UUID staff) {
        return Api.staff(staff).get("/api/v1/rechecks/due").then().statusCode(200).extract().path("householdId");
    }

    private static Map<String, Object> recheck(String result, Boolean signed) {
        Map<String, Object> body = new HashMap<>(Map.of("result", result, "visitedOn", LocalDate.now().minusDays(1).toString(),
                "finding", "入户复核:收入与申报一致。"));
        if (signed != null) {
            body.put("commitmentSigned", signed);
        }
        return body;
    }

    @Test
    void aChangedFileComesDueAndAConfirmedRecheckTakesItOffTheQueue() throws Exception {
        String id = Fixtures.approvedHousehold(UUID.randomUUID());
        assertThat(due(Demo.LIU_NANMING)).doesNotContain(id); // due a year after approval

        // staff change an approved file's data: it is due now, in the queues of its subtree only
        Api.staff(Demo.LIU_NANMING).body(Files.household(Demo.NANMING_COMMUNITY, 110_000))
                .put("/api/v1/households/" + id).then().statusCode(200);
        assertThat(due(Demo.LIU_NANMING)).contains(id);
        assertThat(due(Demo.CHEN_GUIYANG)).contains(id);
        assertThat(due(Demo.SUN_YUNYAN)).doesNotContain(id);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/rechecks/due").then()
                .body("find { it.householdId == '" + id + "' }.reason", is("DATA_CHANGED"));

        Api.staff(Demo.LIU_NANMING).body(recheck("CONFIRMED", false)).post("/api/v1/households/" + id + "/rechecks")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", is("commitmentSigned"));
        Api.staff(Demo.SUN_YUNYAN).body(recheck("CONFIRMED", true)).post("/api/v1/households/" + id + "/rechecks")
                .then().statusCode(404);
        Api.staff(Demo.LIU_NANMING).body(recheck("CONFIRMED", true)).post("/api/v1/households/" + id + "/rechecks")
                .then().statusCode(201).body("result", is("CONFIRMED")).body("reason", is("DATA_CHANGED"))
                .body("investigatorSubject", is(Demo.LIU_NANMING.toString()));
        assertThat(due(Demo.LIU_NANMING)).doesNotContain(id);

        // a year on (moved back in the data, not in the clock) it is due again, as a regular review
        Sql.execute(jdbc, "update household_review set due_on = due_on - 400 where household_id = '" + id + "'");
        Api.staff(Demo.LIU_NANMING).get("/api/v1/rechecks/due").then()
                .body("find { it.householdId == '" + id + "' }.reason", is("ANNUAL"));
    }

    @Test
    void aCorrectionChangesTheSeverityAndAnIneligibleFindingExitsTheFileAndFreezesItsWishes() {
        UUID worker = UUID.randomUUID();
        String wish = Fixtures.publishedWish(worker, Fixtures.cashWish(50_000));
        String id = Api.worker(worker).get("/api/v1/households/mine").then().extract().path("id");

        Map<String, Object> corrected = recheck("CORRECTED", true);
        corrected.put("category", "DIBAO_MARGINAL");
        corrected.put("severity", "HARDSHIP");
        Api.staff(Demo.LIU_NANMING).body(corrected).post("/api/v1/households/" + id + "/rechecks")
                .then().statusCode(201).body("categoryAfter", is("DIBAO_MARGINAL")).body("severityAfter", is("HARDSHIP"));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + id).then()
                .body("category", is("DIBAO_MARGINAL")).body("severity", is("HARDSHIP"));

        Map<String, Object> ineligible = recheck("INELIGIBLE", true);
        ineligible.put("finding", "复核发现户主已在外地稳定就业,收入超标。");
        Api.staff(Demo.LIU_NANMING).body(ineligible).post("/api/v1/households/" + id + "/rechecks").then().statusCode(201);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + id).then()
                .body("status", is("EXITED")).body("exitReason", is("INELIGIBLE_ON_RECHECK"));
        given().get("/api/v1/feed/wishes/" + wish + "/report").then().body("status", is("FROZEN"));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + id + "/rechecks").then().statusCode(200)
                .body("result", is(List.of("CORRECTED", "INELIGIBLE")));
        // an exited file is not re-checked again
        Api.staff(Demo.LIU_NANMING).body(recheck("CONFIRMED", true)).post("/api/v1/households/" + id + "/rechecks")
                .then().statusCode(409);
        assertThat(due(Demo.LIU_NANMING)).doesNotContain(id);
    }
}
