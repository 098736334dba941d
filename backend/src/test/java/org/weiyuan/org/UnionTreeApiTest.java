package org.weiyuan.org;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** The union tree, staff assignment and the subtree rule, over HTTP. */
@QuarkusTest
class UnionTreeApiTest {

    @Test
    void staffSeeTheirSubtreeOnly() {
        List<String> nanming = Api.staff(Demo.LIU_NANMING).get("/api/v1/units").then().statusCode(200).extract().path("id");
        assertThat(nanming).contains(Demo.NANMING.toString(), Demo.NANMING_COMMUNITY.toString())
                .doesNotContain(Demo.YUNYAN.toString(), Demo.GUIYANG.toString(), Demo.ZUNYI.toString());

        List<String> guiyang = Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/units").then().statusCode(200).extract().path("id");
        assertThat(guiyang).contains(Demo.GUIYANG.toString(), Demo.NANMING.toString(), Demo.YUNYAN.toString())
                .doesNotContain(Demo.ZUNYI.toString(), Demo.GUIZHOU.toString());
    }

    @Test
    void householdListsStayInsideTheSubtree() {
        List<String> districts = Api.staff(Demo.SUN_YUNYAN).get("/api/v1/households?limit=200").then().statusCode(200)
                .extract().path("items.district");
        assertThat(districts).isNotEmpty().containsOnly("云岩区");
        // asking for a unit outside the subtree is the same as asking for nothing that exists
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/households?unitId=" + Demo.NANMING).then().statusCode(404);
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/households?unitId=" + Demo.NANMING + "&limit=200").then().statusCode(200)
                .body("items.district", not(hasItem("云岩区")));
    }

    @Test
    void cursorPaginationWalksEveryFileOnceInOrder() {
        List<String> all = Api.staff(Demo.MA_PROVINCE).get("/api/v1/households?limit=200").then().statusCode(200)
                .extract().path("items.id");
        java.util.List<String> walked = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = Api.staff(Demo.MA_PROVINCE).queryParam("limit", 3)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/api/v1/households").then().statusCode(200).extract();
            walked.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        // the suite's other tests file households too: past the first page of 200 the walk goes on, each file once
        assertThat(walked).doesNotHaveDuplicates();
        if (all.size() < 200) {
            assertThat(walked).containsExactlyElementsOf(all);
        } else {
            assertThat(walked.subList(0, all.size())).containsExactlyElementsOf(all);
        }
    }

    @Test
    void adminBuildsTheTreeAndAssignsStaff() {
        String district = Api.admin().body(Map.of("parentId", Demo.ZUNYI.toString(), "level", "DISTRICT", "name", "播州区总工会"))
                .post("/api/v1/units").then().statusCode(201).body("level", is("DISTRICT")).extract().path("id");
        String grassroots = Api.admin().body(Map.of("parentId", district, "level", "GRASSROOTS", "name", "播州区某厂工会"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        // a city cannot sit under a district
        Api.admin().body(Map.of("parentId", district, "level", "CITY", "name", "错误"))
                .post("/api/v1/units").then().statusCode(422).body("errors[0].field", is("level"));
        Api.admin().body(Map.of("parentId", UUID.randomUUID().toString(), "level", "CITY", "name", "孤儿"))
                .post("/api/v1/units").then().statusCode(422).body("errors[0].field", is("parentId"));

        UUID newStaff = UUID.randomUUID();
        Api.staff(newStaff).get("/api/v1/households").then().statusCode(403);
        Api.admin().body(Map.of("unitId", district, "displayName", "新干部")).put("/api/v1/staff/" + newStaff)
                .then().statusCode(200).body("unitId", is(district));
        Api.staff(newStaff).get("/api/v1/units").then().statusCode(200).body("id", hasItem(grassroots));
        Api.staff(newStaff).get("/api/v1/me").then().statusCode(200).body("unit.id", is(district));
        Api.staff(newStaff).body(Files.household(UUID.fromString(grassroots), 50_000)).post("/api/v1/households")
                .then().statusCode(201);
        Api.staff(newStaff).body(Files.household(Demo.NANMING_COMMUNITY, 50_000)).post("/api/v1/households")
                .then().statusCode(404);

        Api.admin().delete("/api/v1/staff/" + newStaff).then().statusCode(204);
        Api.staff(newStaff).get("/api/v1/households").then().statusCode(403);
    }

    @Test
    void povertyLinesAreDataKeptByAdmins() {
        Api.admin().body(Map.of("unitId", Demo.ZUNYI.toString(), "year", 2026, "monthlyFen", 73_000, "extremePct", 130, "hardshipPct", 110))
                .put("/api/v1/poverty-lines").then().statusCode(422).body("errors[0].field", is("hardshipPct"));
        Api.staff(Demo.HE_ZUNYI).get("/api/v1/poverty-lines").then().statusCode(200)
                .body("find { it.year == 2026 }.monthlyFen", is(73_000))
                .body("unitId", not(hasItem(Demo.GUIYANG.toString())));
    }
}
