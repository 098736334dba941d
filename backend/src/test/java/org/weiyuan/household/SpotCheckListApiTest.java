package org.weiyuan.household;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

/** 抽查记录 (issue 14, money5): the past draws of the caller's subtree, newest first, keyset paged, with their progress. */
@QuarkusTest
class SpotCheckListApiTest {

    @Test
    void pastDrawsAreListedNewestFirstWithSizingSeedProgressAndWhoDrewThem() {
        String unit = Api.admin().body(Map.of("parentId", Demo.NANMING.toString(), "level", "GRASSROOTS", "name", "抽查记录测试厂工会"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        UUID checker = UUID.randomUUID();
        Api.admin().body(Map.of("unitId", unit, "displayName", "抽查记录调查人")).put("/api/v1/staff/" + checker).then().statusCode(200);
        for (int i = 0; i < 2; i++) {
            UUID worker = UUID.randomUUID();
            String id = Api.worker(worker).body(Files.household(UUID.fromString(unit), 100_000))
                    .post("/api/v1/households").then().statusCode(201).extract().path("id");
            Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
            Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
            Api.staff(Demo.LIU_NANMING).body(Files.verification()).post("/api/v1/households/" + id + "/verifications").then().statusCode(201);
            Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + id + "/approve").then().statusCode(200);
        }
        var share = Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", unit, "sharePct", 100, "seed", 42))
                .post("/api/v1/spot-checks").then().statusCode(201).extract();
        String byShare = share.path("id");
        String byConfidence = Api.staff(Demo.ZHOU_NANMING).body(Map.of("unitId", unit, "confidencePct", 90, "marginPct", 10))
                .post("/api/v1/spot-checks").then().statusCode(201).extract().path("id");
        String third = Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", unit, "sharePct", 50))
                .post("/api/v1/spot-checks").then().statusCode(201).extract().path("id");
        // one file of the first draw visited
        List<String> items = share.path("items.id");
        Api.staff(checker).body(Map.of("result", "CONFIRMED", "visitedOn", LocalDate.now().minusDays(1).toString(),
                        "finding", "抽查入户:情况属实。", "commitmentSigned", true))
                .post("/api/v1/spot-checks/" + byShare + "/items/" + items.get(0) + "/recheck").then().statusCode(200);

        JsonPath first = Api.staff(Demo.LIU_NANMING).get("/api/v1/spot-checks?unitId=" + unit + "&limit=2").then().statusCode(200)
                .extract().jsonPath();
        assertThat(first.getList("items.id")).containsExactly(third, byConfidence);
        assertThat(first.getString("items[1].method")).isEqualTo("CONFIDENCE");
        assertThat(first.getInt("items[1].confidencePct")).isEqualTo(90);
        assertThat(first.getDouble("items[1].marginPct")).isEqualTo(10.0);
        assertThat(first.getString("items[1].drawnBy")).isEqualTo(Demo.ZHOU_NANMING.toString());
        assertThat(first.getString("items[0].drawnBy")).isEqualTo(Demo.LIU_NANMING.toString());
        String next = first.getString("nextCursor");
        assertThat(next).isNotNull();

        JsonPath second = Api.staff(Demo.LIU_NANMING).get("/api/v1/spot-checks?unitId=" + unit + "&limit=2&cursor=" + next).then()
                .statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.id")).containsExactly(byShare);
        assertThat(second.getString("nextCursor")).isNull();
        assertThat(second.getString("items[0].seed")).isEqualTo("42");
        assertThat(second.getString("items[0].method")).isEqualTo("SHARE");
        assertThat(second.getInt("items[0].population")).isEqualTo(2);
        assertThat(second.getInt("items[0].sampleSize")).isEqualTo(2);
        assertThat(second.getInt("items[0].visited")).isEqualTo(1);
        assertThat(second.getInt("items[0].outstanding")).isEqualTo(1);
        assertThat(second.getString("items[0].status")).isEqualTo("IN_PROGRESS");

        // the city above sees them in its subtree; a sibling district neither sees them nor may name the unit
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/spot-checks?limit=100").then().statusCode(200).body("items.id", hasItem(third));
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/spot-checks?limit=100").then().statusCode(200).body("items.id", not(hasItem(third)));
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/spot-checks?unitId=" + unit).then().statusCode(404).contentType("application/problem+json");
        // a cursor we did not make, a limit out of range: 400 naming the parameter
        Api.staff(Demo.LIU_NANMING).get("/api/v1/spot-checks?cursor=bm90LW91cnM").then().statusCode(400)
                .contentType("application/problem+json");
        Api.staff(Demo.LIU_NANMING).get("/api/v1/spot-checks?limit=0").then().statusCode(400).contentType("application/problem+json");
        Api.worker(UUID.randomUUID()).get("/api/v1/spot-checks").then().statusCode(403);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/spot-checks?unitId=" + unit).then().body("items.id", is(List.of(third, byConfidence, byShare)));
    }
}
