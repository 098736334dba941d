package org.weiyuan.wish;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** "Wishes for you" over HTTP: preferences are kept and used, bad input is refused, only donors ask. */
@QuarkusTest
class ForYouApiTest {

    @Test
    void aDonorsPreferencesShapeTheirWishesAndAreKept() {
        String goods = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.goodsWish());
        UUID donor = UUID.randomUUID();
        Api.as(donor, "donor").get("/api/v1/feed/preferences").then().statusCode(200).body("kinds", empty());
        Api.as(donor, "donor").body(Map.of("kinds", List.of("GOODS"), "districts", List.of(), "minFen", 0, "maxFen", 0))
                .put("/api/v1/feed/preferences").then().statusCode(200).body("kinds", hasItem("GOODS"));
        Api.as(donor, "donor").get("/api/v1/feed/preferences").then().body("kinds", hasItem("GOODS"));

        List<Map<String, Object>> items = Api.as(donor, "donor").get("/api/v1/feed/for-you?limit=50").then().statusCode(200)
                .extract().path("");
        assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(50);
        assertThat(items).extracting(i -> i.get("id")).contains(goods);
        // cards are the anonymised feed cards: no household or personal identifiers
        assertThat(items.get(0)).doesNotContainKeys("householdId", "createdBy", "headName");
        long goodsShare = items.stream().filter(i -> "GOODS".equals(i.get("kind"))).count();
        assertThat(goodsShare).isPositive();
    }

    @Test
    void badPreferencesAreRefusedAndOnlyDonorsAsk() {
        UUID donor = UUID.randomUUID();
        Api.as(donor, "donor").body(Map.of("minFen", 50_000, "maxFen", 10_000)).put("/api/v1/feed/preferences").then()
                .statusCode(422).body("errors.field", hasItem("maxFen"));
        Api.as(donor, "donor").body(Map.of("kinds", List.of("YACHT"))).put("/api/v1/feed/preferences").then().statusCode(400);
        Api.as(donor, "donor").body(Map.of("minFen", -1)).put("/api/v1/feed/preferences").then().statusCode(400)
                .body("errors.field", hasItem("minFen"));
        Api.worker(UUID.randomUUID()).get("/api/v1/feed/for-you").then().statusCode(403);
        Api.anonymous().get("/api/v1/feed/for-you").then().statusCode(401);
        Api.as(donor, "donor").get("/api/v1/feed/preferences").then().body("minFen", is(0));
    }

    /** Issue 11: preferences naming a campaign, while wishes without one exist, answered 500 (NPE). */
    @Test
    void preferencesNamingACampaignStillGiveWishes() {
        Fixtures.publishedWish(UUID.randomUUID(), Fixtures.goodsWish()); // a wish of no campaign
        UUID donor = UUID.randomUUID();
        Api.as(donor, "donor").body(Map.of("kinds", List.of("GOODS"), "districts", List.of("南明区"),
                        "campaignIds", List.of(UUID.randomUUID().toString())))
                .put("/api/v1/feed/preferences").then().statusCode(200);
        List<Map<String, Object>> items = Api.as(donor, "donor").get("/api/v1/feed/for-you").then().statusCode(200)
                .extract().path("");
        assertThat(items).isNotEmpty();
    }

    /** Issue 11: " 南明区" and "南明区" are one district; saving both answered 500. */
    @Test
    void duplicateDistrictsAreKeptOnce() {
        UUID donor = UUID.randomUUID();
        Api.as(donor, "donor").body(Map.of("districts", List.of("南明区", " 南明区", "云岩区 ", "  ")))
                .put("/api/v1/feed/preferences").then().statusCode(200)
                .body("districts", org.hamcrest.Matchers.containsInAnyOrder("南明区", "云岩区"));
        Api.as(donor, "donor").get("/api/v1/feed/preferences").then().statusCode(200)
                .body("districts", org.hamcrest.Matchers.containsInAnyOrder("南明区", "云岩区"));
        Api.as(donor, "donor").get("/api/v1/feed/for-you").then().statusCode(200);
    }
}
