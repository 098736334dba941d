package org.weiyuan.household;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** 抽查: a reproducible draw in the caller's subtree, each file to someone who did not visit it. */
@QuarkusTest
class SpotCheckApiTest {

    @Test
    void aDrawIsReproducibleFromItsSeedAndGoesToInvestigatorsWhoDidNotVisit() {
        // a unit of our own, so that the population is exactly what this test approved
        String unit = Api.admin().body(Map.of("parentId", Demo.NANMING.toString(), "level", "GRASSROOTS", "name", "抽查测试厂工会"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        UUID checker = UUID.randomUUID();
        Api.admin().body(Map.of("unitId", unit, "displayName", "抽查调查人")).put("/api/v1/staff/" + checker).then().statusCode(200);
        for (int i = 0; i < 6; i++) {
            UUID worker = UUID.randomUUID();
            String id = Api.worker(worker).body(org.weiyuan.support.Files.household(UUID.fromString(unit), 100_000))
                    .post("/api/v1/households").then().statusCode(201).extract().path("id");
            Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
            Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
            Api.staff(Demo.LIU_NANMING).body(org.weiyuan.support.Files.verification())
                    .post("/api/v1/households/" + id + "/verifications").then().statusCode(201);
            Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + id + "/approve").then().statusCode(200);
        }

        var first = Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", unit, "sharePct", 50))
                .post("/api/v1/spot-checks").then().statusCode(201)
                .body("population", is(6)).body("sampleSize", is(3)).body("status", is("IN_PROGRESS")).extract();
        String seed = first.path("seed");
        List<String> sample = first.path("items.householdId");
        List<String> investigators = first.path("items.investigatorSubject");
        // the unit's only staff member is its checker (刘洋, who visited every file, sits above the unit)
        assertThat(investigators).containsOnly(checker.toString());

        List<String> again = Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", unit, "sharePct", 50, "seed", Long.parseLong(seed)))
                .post("/api/v1/spot-checks").then().statusCode(201).extract().path("items.householdId");
        assertThat(again).containsExactlyInAnyOrderElementsOf(sample);

        // the confidence route: 6 files at 95% / 5% means all of them
        Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", unit)).post("/api/v1/spot-checks").then().statusCode(201)
                .body("method", is("CONFIDENCE")).body("sampleSize", is(6));
        Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", unit, "sharePct", 10, "confidencePct", 95))
                .post("/api/v1/spot-checks").then().statusCode(422).body("errors[0].field", is("sharePct"));
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("unitId", unit, "sharePct", 50)).post("/api/v1/spot-checks").then().statusCode(404);

        // only the assigned investigator records the result; the last one completes the check
        String check = first.path("id");
        List<String> items = first.path("items.id");
        Map<String, Object> confirmed = new HashMap<>(Map.of("result", "CONFIRMED", "visitedOn", LocalDate.now().minusDays(1).toString(),
                "finding", "抽查入户:情况属实。", "commitmentSigned", true));
        Api.staff(Demo.LIU_NANMING).body(confirmed).post("/api/v1/spot-checks/" + check + "/items/" + items.get(0) + "/recheck")
                .then().statusCode(403);
        for (String item : items) {
            Api.staff(checker).body(confirmed).post("/api/v1/spot-checks/" + check + "/items/" + item + "/recheck").then().statusCode(200);
        }
        Api.staff(checker).get("/api/v1/spot-checks/" + check).then().statusCode(200).body("status", is("COMPLETED"));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + sample.get(0) + "/rechecks").then()
                .body("reason", is(List.of("SPOT_CHECK"))).body("investigatorSubject", is(List.of(checker.toString())));
    }
}
