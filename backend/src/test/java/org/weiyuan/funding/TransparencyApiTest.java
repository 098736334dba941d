package org.weiyuan.funding;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Totals roll up the union tree: a city's figures are the sum of its districts'. */
@QuarkusTest
class TransparencyApiTest {

    @Test
    void unitTotalsRollUpAndChildrenAddUp() {
        String wish = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(10_000));
        Map<String, Object> before = Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/transparency/units/" + Demo.GUIYANG)
                .then().statusCode(200).extract().path("totals");
        Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", "t").body(Map.of("amountFen", 4_000))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201);

        var city = Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/transparency/units/" + Demo.GUIYANG).then().statusCode(200).extract();
        assertThat(city.<Integer>path("totals.wishes")).isEqualTo((Integer) before.get("wishes"));
        List<Integer> childWishes = city.path("children.totals.wishes");
        List<Integer> childTargets = city.path("children.totals.targetFen");
        assertThat(childWishes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(city.<Integer>path("totals.wishes"));
        assertThat(childTargets.stream().mapToLong(Integer::longValue).sum()).isEqualTo(city.<Integer>path("totals.targetFen").longValue());
        assertThat(city.<List<String>>path("children.name")).contains("南明区总工会", "云岩区总工会");

        // district staff cannot read the city, nor a sibling; the province sees both cities
        Api.staff(Demo.LIU_NANMING).get("/api/v1/transparency/units/" + Demo.GUIYANG).then().statusCode(404);
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/transparency/units/" + Demo.NANMING).then().statusCode(404);
        Api.staff(Demo.MA_PROVINCE).get("/api/v1/transparency/units/" + Demo.GUIZHOU).then().statusCode(200)
                .body("children.size()", is(2));
        Api.donor().get("/api/v1/transparency/units/" + Demo.GUIYANG).then().statusCode(403);
    }

    @Test
    void campaignTotalsArePublic() {
        String campaign = given().get("/api/v1/campaigns").then().statusCode(200).extract().path("find { it.kind == 'SCHOLARSHIP' }.id");
        given().get("/api/v1/transparency/campaigns/" + campaign).then().statusCode(200)
                .body("matchedFen", is(50_000)).body("donatedFen", is(50_000)).body("donors", is(1));
    }
}
