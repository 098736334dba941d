package org.weiyuan.household;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.is;

/** 上年城市低保标准: a file is assessed against the previous year's line unless the line says otherwise. */
@QuarkusTest
class ReferenceYearApiTest {

    @Inject
    BusinessTime time;

    private static String unitUnderGuiyang() {
        String district = Api.admin().body(Map.of("parentId", Demo.GUIYANG.toString(), "level", "DISTRICT", "name", "参照年测试区"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        return Api.admin().body(Map.of("parentId", district, "level", "GRASSROOTS", "name", "参照年测试厂工会"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
    }

    private static void line(String unit, int year, long fen, Integer appliesFrom) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit, "year", year, "monthlyFen", fen));
        if (appliesFrom != null) {
            body.put("appliesFromYear", appliesFrom);
        }
        Api.admin().body(body).put("/api/v1/poverty-lines").then().statusCode(200)
                .body("appliesFromYear", is(appliesFrom == null ? year + 1 : appliesFrom));
    }

    @Test
    void theSeverityRuleUsesThePreviousYearsLine() {
        int year = time.year();
        String unit = unitUnderGuiyang();
        line(unit, year - 1, 50_000, null);
        line(unit, year, 100_000, null);
        // 1,200 yuan for two is 600 each: above last year's 500 but within 130% of it → 低保边缘户, 困难.
        // Against this year's 1,000 it would be 低保户 and 特困.
        UUID worker = UUID.randomUUID();
        Api.worker(worker).body(Files.household(UUID.fromString(unit), 120_000)).post("/api/v1/households")
                .then().statusCode(201)
                .body("povertyLine.year", is(year - 1)).body("povertyLine.monthlyFen", is(50_000))
                .body("category", is("DIBAO_MARGINAL")).body("severity", is("HARDSHIP"));
    }

    @Test
    void aLineCanSayItAppliesInItsOwnYear() {
        int year = time.year();
        String unit = unitUnderGuiyang();
        line(unit, year - 1, 50_000, null);
        line(unit, year, 100_000, year);
        Api.worker(UUID.randomUUID()).body(Files.household(UUID.fromString(unit), 120_000)).post("/api/v1/households")
                .then().statusCode(201)
                .body("povertyLine.year", is(year)).body("severity", is("EXTREME_HARDSHIP"));
        Api.admin().body(Map.of("unitId", unit, "year", year, "monthlyFen", 100_000, "appliesFromYear", year + 2))
                .put("/api/v1/poverty-lines").then().statusCode(422).body("errors[0].field", is("appliesFromYear"));
    }
}
