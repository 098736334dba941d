package org.weiyuan.wish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Who may post what, scholarship rules, and a donor feed that identifies nobody. */
@QuarkusTest
class WishApiTest {

    @Inject
    AgroalDataSource jdbc;

    @Test
    void onlyAnApprovedHouseholdPostsWishesAndOnlyAFewAtOnce() {
        UUID newcomer = UUID.randomUUID();
        Api.worker(newcomer).body(Fixtures.cashWish(10_000)).post("/api/v1/wishes")
                .then().statusCode(422).body("errors[0].field", is("household"));
        Api.worker(newcomer).body(Files.household(Demo.NANMING_COMMUNITY, 100_000)).post("/api/v1/households").then().statusCode(201);
        Api.worker(newcomer).body(Fixtures.cashWish(10_000)).post("/api/v1/wishes").then().statusCode(422);

        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        for (int i = 0; i < 3; i++) {
            Api.worker(worker).body(Fixtures.cashWish(10_000)).post("/api/v1/wishes").then().statusCode(201);
        }
        Api.worker(worker).body(Fixtures.cashWish(10_000)).post("/api/v1/wishes").then().statusCode(409);
    }

    @Test
    void limitsAndDeadlinesComeFromConfiguration() {
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        Api.worker(worker).body(Fixtures.cashWish(5_000_000)).post("/api/v1/wishes")
                .then().statusCode(422).body("errors[0].field", is("targetFen"));
        Map<String, Object> late = new HashMap<>(Fixtures.cashWish(10_000));
        late.put("deadline", LocalDate.now().plusDays(400).toString());
        Api.worker(worker).body(late).post("/api/v1/wishes").then().statusCode(422).body("errors[0].field", is("deadline"));
        Map<String, Object> goods = new HashMap<>(Fixtures.goodsWish());
        goods.put("items", List.of());
        Api.worker(worker).body(goods).post("/api/v1/wishes").then().statusCode(422).body("errors[0].field", is("items"));
    }

    @Test
    void scholarshipAmountIsTheCampaignsAndOnlyForThisYearsAdmission() {
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        String campaign = Api.staff(Demo.CHEN_GUIYANG).body(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "SCHOLARSHIP",
                        "name", year + "年金秋助学", "startsOn", LocalDate.now().minusDays(10).toString(),
                        "endsOn", LocalDate.now().plusDays(60).toString(), "scholarshipAmountFen", 300_000))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("unitId", Demo.NANMING.toString(), "kind", "GENERAL", "name", "越权",
                        "startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusDays(5).toString()))
                .post("/api/v1/campaigns").then().statusCode(404);

        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        Map<String, Object> wish = new HashMap<>(Map.of("kind", "SCHOLARSHIP", "title", "女儿考上了贵州大学",
                "story", "女儿今年考上贵州大学,学费和生活费有困难。", "targetFen", 999_999,
                "deadline", LocalDate.now().plusDays(30).toString(), "campaignId", campaign,
                "admission", Map.of("schoolName", "贵州大学", "year", year - 1)));
        Api.worker(worker).body(wish).post("/api/v1/wishes").then().statusCode(422).body("errors[0].field", is("admission.year"));
        wish.put("admission", Map.of("schoolName", "贵州大学", "year", year));
        Api.worker(worker).body(wish).post("/api/v1/wishes").then().statusCode(201)
                .body("targetFen", is(300_000)).body("schoolName", is("贵州大学"));
    }

    @Test
    void theFeedCarriesNothingThatIdentifiesTheHousehold() throws Exception {
        UUID worker = UUID.randomUUID();
        Map<String, Object> file = Files.household(Demo.NANMING_COMMUNITY, 100_000);
        file.put("headName", "独孤求助");
        String household = Api.worker(worker).body(file).post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + household + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + household + "/start-verification").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Files.verification()).post("/api/v1/households/" + household + "/verifications").then().statusCode(201);
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + household + "/approve").then().statusCode(200);
        String wish = Api.worker(worker).body(Fixtures.goodsWish()).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/wishes/" + wish + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/wishes/" + wish + "/publish").then().statusCode(200);

        // every value of the household file that could identify it
        JsonNode own = new ObjectMapper().readTree(Api.worker(worker).get("/api/v1/households/" + household).asString());
        List<String> personal = new ArrayList<>(List.of(household, own.get("headName").asText(), own.get("idNumber").asText(),
                own.get("phone").asText(), own.get("addressDetail").asText(), own.get("idNumber").asText().substring(6, 14)));
        own.get("members").forEach(m -> {
            personal.add(m.get("name").asText());
            personal.add(m.get("id").asText());
            if (m.hasNonNull("healthDetail")) {
                personal.add(m.get("healthDetail").asText());
            }
        });

        String page = given().queryParam("limit", 100).queryParam("sort", "NEWEST").get("/api/v1/feed/wishes").asString();
        JsonNode items = new ObjectMapper().readTree(page).get("items");
        JsonNode item = null;
        for (JsonNode i : items) {
            if (i.get("id").asText().equals(wish)) {
                item = i;
            }
        }
        assertThat(item).as("the published wish is in the feed").isNotNull();
        assertThat(item.has("householdId")).isFalse();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            for (String value : personal) {
                assertThat(field.getValue().toString()).as("feed field %s", field.getKey()).doesNotContain(value);
            }
        }
        assertThat(item.get("district").asText()).isEqualTo("南明区");
        assertThat(item.get("householdCategory").asText()).isEqualTo("DIBAO");
        String detail = given().get("/api/v1/feed/wishes/" + wish).asString();
        for (String value : personal) {
            assertThat(detail).doesNotContain(value);
        }
    }

    @Test
    void theFeedsDistrictsCountTheWishesADonorWouldSeeThere() {
        int before = waitingIn("南明区");
        Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(2_345));
        int after = waitingIn("南明区");
        assertThat(after).isEqualTo(before + 1);
        // the count is what the district filter then shows, page after page
        List<Map<String, Object>> shown = everyPage(Map.of("district", "南明区", "limit", 100));
        assertThat(shown).hasSize(after);
    }

    /** Every feed item these query parameters select, following the cursor to the last page. */
    private static List<Map<String, Object>> everyPage(Map<String, Object> query) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParams(query);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/feed/wishes").then().statusCode(200).extract();
            items.addAll(page.path("items"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return items;
    }

    private static int waitingIn(String district) {
        List<Map<String, Object>> all = given().get("/api/v1/feed/districts").then().statusCode(200).extract().path("");
        return all.stream().filter(d -> district.equals(d.get("district"))).mapToInt(d -> ((Number) d.get("wishes")).intValue())
                .findFirst().orElse(0);
    }

    @Test
    void feedFiltersSortsAndPages() {
        String small = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(1_234));
        List<Integer> targets = given().queryParam("minFen", 1_234).queryParam("maxFen", 1_234).queryParam("kind", "CASH")
                .get("/api/v1/feed/wishes").then().statusCode(200).extract().path("items.targetFen");
        assertThat(targets).isNotEmpty().containsOnly(1_234);
        Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", "near").body(Map.of("amountFen", 1_000))
                .post("/api/v1/wishes/" + small + "/pledges").then().statusCode(201);
        List<String> near = given().queryParam("nearGoal", true).queryParam("limit", 100).get("/api/v1/feed/wishes")
                .then().statusCode(200).extract().path("items.id");
        assertThat(near).contains(small);

        List<Map<String, Object>> pages = everyPage(Map.of("sort", "NEAREST_GOAL", "limit", 2));
        List<Integer> remaining = pages.stream().map(i -> ((Number) i.get("remainingFen")).intValue()).toList();
        List<Object> seen = pages.stream().map(i -> i.get("id")).toList();
        assertThat(remaining).isSorted();
        assertThat(seen).doesNotHaveDuplicates().contains(small);
        given().queryParam("sort", "CHEAPEST").get("/api/v1/feed/wishes").then().statusCode(400);
    }

    @Test
    void theCardShowsTheVisitThatVerifiedTheFileAndItsDistinctDonors() throws Exception {
        UUID worker = UUID.randomUUID();
        String household = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + household + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + household + "/start-verification").then().statusCode(200);
        LocalDate first = LocalDate.now().minusDays(9);
        LocalDate second = LocalDate.now().minusDays(3);
        for (LocalDate day : List.of(second, first)) { // recorded out of order: the latest visit counts, not the last recorded
            Map<String, Object> visit = new HashMap<>(Files.verification());
            visit.put("visitedOn", day.toString());
            Api.staff(Demo.LIU_NANMING).body(visit).post("/api/v1/households/" + household + "/verifications").then().statusCode(201);
        }
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + household + "/approve").then().statusCode(200);
        String wish = Api.worker(worker).body(Fixtures.cashWish(100_000)).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/wishes/" + wish + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/wishes/" + wish + "/publish").then().statusCode(200);

        given().get("/api/v1/feed/wishes/" + wish).then().statusCode(200)
                .body("verified", is(true)).body("verifiedOn", is(second.toString())).body("donorCount", is(0));

        UUID twice = UUID.randomUUID();
        UUID once = UUID.randomUUID();
        for (String[] p : new String[][] {{twice.toString(), "a"}, {twice.toString(), "b"}, {once.toString(), "c"}}) {
            Api.as(UUID.fromString(p[0]), "donor").header("Idempotency-Key", "donors-" + p[1]).body(Map.of("amountFen", 1_000))
                    .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201);
        }
        given().get("/api/v1/feed/wishes/" + wish).then().statusCode(200).body("donorCount", is(2));

        // a lapsed hold no longer counts its donor (the wish's row changes with it, which drops the cached cards)
        Sql.execute(jdbc, "update pledge set status = 'RELEASED' where wish_id = '" + wish + "' and donor_subject = '" + once + "'");
        Sql.execute(jdbc, "update wish set pledged_fen = pledged_fen - 1000 where id = '" + wish + "'");
        Fixtures.await("the cards dropped", () -> given().get("/api/v1/feed/wishes/" + wish).path("pledgedFen").equals(2_000));
        given().get("/api/v1/feed/wishes/" + wish).then().body("donorCount", is(1));
        List<Map<String, Object>> page = given().queryParam("limit", 100).queryParam("sort", "NEWEST").get("/api/v1/feed/wishes")
                .then().statusCode(200).extract().path("items");
        Map<String, Object> card = page.stream().filter(i -> wish.equals(i.get("id"))).findFirst().orElseThrow();
        assertThat(card).containsEntry("donorCount", 1).containsEntry("verified", true).containsEntry("verifiedOn", second.toString());
    }
}
