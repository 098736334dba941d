package org.weiyuan.services;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** Ordering from the menu: nearest offer with room, eligibility, capacity under concurrency, unmet demand. */
@QuarkusTest
class ServiceMenuApiTest {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource jdbc;

    static final String NANMING = "520102";
    static final String YUNYAN = "520103";

    static String provider(String name, String district) {
        return Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", Demo.NANMING, "name", name, "kind", "LEGAL_AID_CENTRE",
                "district", district)).post("/api/v1/services/providers").then().statusCode(201).extract().path("id");
    }

    static String offer(String provider, ServiceCategory category, String district, int capacity, String eligibility) {
        Map<String, Object> m = new HashMap<>(Map.of("providerId", provider, "category", category, "title", "服务 " + category,
                "description", "面向困难职工", "district", district, "capacity", capacity, "eligibility", eligibility,
                "validUntil", LocalDate.now().plusDays(60).toString()));
        return Api.staff(Demo.LIU_NANMING).body(m).post("/api/v1/services/offers").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> order(ServiceCategory category, String district) {
        return Map.of("category", category, "district", district, "note", "需要帮助");
    }

    @Test
    void anOrderIsBookedOnTheNearestOfferWithRoomAndTheWorkerIsTold() {
        String near = provider("南明法律援助中心", NANMING);
        String far = provider("云岩法律援助站", YUNYAN);
        // a category no other test uses, so that other tests' offers do not compete
        String farOffer = offer(far, ServiceCategory.EMPLOYMENT_GUIDANCE, YUNYAN, 5, "ANY_WORKER");
        String nearOffer = offer(near, ServiceCategory.EMPLOYMENT_GUIDANCE, NANMING, 1, "APPROVED_HOUSEHOLD");

        UUID first = UUID.randomUUID();
        Fixtures.approvedHousehold(first);
        Api.worker(first).body(order(ServiceCategory.EMPLOYMENT_GUIDANCE, NANMING)).post("/api/v1/services/orders").then()
                .statusCode(201).body("status", is("BOOKED")).body("offerId", is(nearOffer));
        List<String> kinds = Api.worker(first).get("/api/v1/inbox?limit=100").then().extract().path("items.kind");
        assertThat(kinds).contains("SERVICE_ORDER_BOOKED");

        // the near one is full now: the next goes to the far one
        UUID second = UUID.randomUUID();
        Fixtures.approvedHousehold(second);
        String booked = Api.worker(second).body(order(ServiceCategory.EMPLOYMENT_GUIDANCE, NANMING)).post("/api/v1/services/orders")
                .then().statusCode(201).body("offerId", is(farOffer)).extract().path("id");
        List<Integer> left = Api.worker(second).get("/api/v1/services/menu?category=EMPLOYMENT_GUIDANCE").then().statusCode(200)
                .extract().path("findAll { it.id == '" + farOffer + "' }.placesLeft");
        assertThat(left).containsExactly(4);
        Api.worker(second).post("/api/v1/services/orders/" + booked + "/cancel").then().statusCode(200).body("status", is("CANCELLED"));
        Api.worker(second).post("/api/v1/services/orders/" + booked + "/cancel").then().statusCode(409);
        Api.worker(first).post("/api/v1/services/orders/" + booked + "/cancel").then().statusCode(404);
        left = Api.worker(second).get("/api/v1/services/menu?category=EMPLOYMENT_GUIDANCE").then()
                .extract().path("findAll { it.id == '" + farOffer + "' }.placesLeft");
        assertThat(left).containsExactly(5);
        Api.worker(second).get("/api/v1/services/menu?district=" + YUNYAN).then().statusCode(200).body("id", hasItem(farOffer));
        Api.worker(second).get("/api/v1/services/menu").then().statusCode(200);
    }

    @Test
    void manyOrdersAtOnceNeverOverbookAndTheRestWaitAsUnmetDemandUntilAnOfferArrives() throws Exception {
        String provider = provider("南明心理咨询室", NANMING);
        String offer = offer(provider, ServiceCategory.COUNSELLING, NANMING, 3, "FILED_HOUSEHOLD");
        // the demo's and other tests' counselling offers are full: only this one has room
        Sql.execute(jdbc, "update service_offer set booked = capacity where category = 'COUNSELLING' and id <> '" + offer + "'");
        List<UUID> workers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            UUID w = UUID.randomUUID();
            Fixtures.approvedHousehold(w);
            workers.add(w);
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<String>> statuses = new ArrayList<>();
        for (UUID w : workers) {
            statuses.add(pool.submit(() -> Api.worker(w).body(order(ServiceCategory.COUNSELLING, NANMING))
                    .post("/api/v1/services/orders").then().statusCode(201).extract().<String>path("status")));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : statuses) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results).filteredOn("BOOKED"::equals).hasSize(3);
        assertThat(results).filteredOn("WAITING"::equals).hasSize(7);
        assertThat(Sql.count(jdbc, "select booked from service_offer where id = '" + offer + "'")).isEqualTo(3);
        assertThat(Sql.count(jdbc, "select count(*) from service_order where status = 'BOOKED' and offer_id = '" + offer + "'"))
                .as("every place taken is one booked order").isEqualTo(3);
        List<Integer> left = Api.worker(workers.get(0)).get("/api/v1/services/menu?category=COUNSELLING&limit=200").then()
                .extract().path("findAll { it.id == '" + offer + "' }.placesLeft");
        assertThat(left).isEmpty(); // full offers leave the menu

        Api.staff(Demo.LIU_NANMING).get("/api/v1/services/unmet-demand").then().statusCode(200)
                .body("find { it.category == 'COUNSELLING' && it.district == '" + NANMING + "' }.waiting",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(7));
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/services/unmet-demand").then().statusCode(200)
                .body("category", org.hamcrest.Matchers.not(hasItem("COUNSELLING")));

        // a new offer books the waiting orders, oldest first, up to its places
        offer(provider, ServiceCategory.COUNSELLING, NANMING, 100, "ANY_WORKER");
        long booked = workers.stream().filter(w -> "BOOKED".equals(Api.worker(w).get("/api/v1/services/orders").then()
                .extract().path("[0].status"))).count();
        assertThat(booked).isEqualTo(10);
    }

    @Test
    void ordersNeedAFileAndBadInputIsRefusedWithTheField() {
        UUID noFile = UUID.randomUUID();
        Api.worker(noFile).body(order(ServiceCategory.LEGAL_AID, NANMING)).post("/api/v1/services/orders").then().statusCode(422)
                .body("errors.field", hasItem("household"));
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        Api.worker(worker).body(order(ServiceCategory.LEGAL_AID, "000000")).post("/api/v1/services/orders").then().statusCode(422)
                .body("errors.field", hasItem("district"));
        Api.worker(worker).body(Map.of("category", "ASTROLOGY", "district", NANMING)).post("/api/v1/services/orders").then()
                .statusCode(400);
        Api.staff(Demo.LIU_NANMING).body(Map.of("category", "LEGAL_AID")).post("/api/v1/services/offers").then().statusCode(400)
                .body("errors.field", hasItem("providerId")).body("errors.field", hasItem("validUntil"));
        String provider = provider("南明区志愿者协会", NANMING);
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("providerId", provider, "category", "VOLUNTEER_HELP", "title", "上门帮忙",
                        "description", "x", "capacity", 5, "eligibility", "ANY_WORKER", "validUntil", LocalDate.now().plusDays(5).toString()))
                .post("/api/v1/services/offers").then().statusCode(404);
        Api.worker(worker).body(Map.of("unitId", Demo.NANMING, "name", "x", "kind", "x", "district", NANMING))
                .post("/api/v1/services/providers").then().statusCode(403);
    }

    /** console4: the console's offer form picks a provider from the caller's subtree; a sibling district sees none of 南明's. */
    @Test
    void staffListTheProvidersOfTheirSubtreeOnly() {
        String name = "法律援助中心" + UUID.randomUUID().toString().substring(0, 6);
        String id = provider(name, NANMING);
        List<String> nanming = Api.staff(Demo.LIU_NANMING).get("/api/v1/services/providers").then().statusCode(200).extract().path("id");
        assertThat(nanming).contains(id);
        List<String> city = Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/services/providers").then().statusCode(200).extract().path("name");
        assertThat(city).contains(name);
        List<String> sibling = Api.staff(Demo.SUN_YUNYAN).get("/api/v1/services/providers").then().statusCode(200).extract().path("id");
        assertThat(sibling).doesNotContain(id);
        Api.worker(UUID.randomUUID()).get("/api/v1/services/providers").then().statusCode(403);
    }
}
