package org.weiyuan.common.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;
import org.weiyuan.support.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Staff and worker actions with an Idempotency-Key (the app's offline queue): a replay is silent. */
@QuarkusTest
class IdempotencyApiTest {

    static final String KEY = IdempotencyRules.HEADER;

    @Inject
    AgroalDataSource jdbc;

    @Inject
    IdempotencyPurge purge;

    @Test
    void aReplayedFilingAnswersTheSame201AndFilesOneHousehold() throws Exception {
        UUID worker = UUID.randomUUID();
        Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 100_000);
        String key = UUID.randomUUID().toString();
        Response first = Api.worker(worker).header(KEY, key).body(body).post("/api/v1/households");
        first.then().statusCode(201);
        Response again = Api.worker(worker).header(KEY, key).body(body).post("/api/v1/households");
        again.then().statusCode(201).header(IdempotentReplay.REPLAYED, "true");
        assertThat(again.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        assertThat(households(worker)).isEqualTo(1);
        assertThat(keys(worker)).isEqualTo(1);

        // without a key it is the API it was: the second filing is refused (the worker has a file)
        Api.worker(worker).body(body).post("/api/v1/households").then().statusCode(409);
        assertThat(households(worker)).isEqualTo(1);
    }

    @Test
    void aReplayedHomeVisitRecordsOneVisit() throws Exception {
        UUID worker = UUID.randomUUID();
        String id = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
        Map<String, Object> visit = Files.verification();
        String key = UUID.randomUUID().toString();
        Response first = Api.staff(Demo.LIU_NANMING).header(KEY, key).body(visit).post("/api/v1/households/" + id + "/verifications");
        first.then().statusCode(201);
        Response again = Api.staff(Demo.LIU_NANMING).header(KEY, key).body(visit).post("/api/v1/households/" + id + "/verifications");
        again.then().statusCode(201).header(IdempotentReplay.REPLAYED, "true");
        assertThat(again.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        assertThat(Sql.count(jdbc, "select count(*) from household_verification where household_id = '" + id + "'")).isEqualTo(1);

        // the same key for another request: refused on the header, nothing recorded
        Map<String, Object> other = new java.util.HashMap<>(visit);
        other.put("summary", "另一次走访");
        Api.staff(Demo.LIU_NANMING).header(KEY, key).body(other).post("/api/v1/households/" + id + "/verifications")
                .then().statusCode(422).body("errors[0].field", is(KEY));
        Api.staff(Demo.LIU_NANMING).header(KEY, key).post("/api/v1/households/" + id + "/approve")
                .then().statusCode(422).body("errors[0].field", is(KEY));
        assertThat(Sql.count(jdbc, "select count(*) from household_verification where household_id = '" + id + "'")).isEqualTo(1);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + id).then().body("status", is("UNDER_VERIFICATION"));
    }

    @Test
    void twoIdenticalRequestsAtOnceActOnceAndBothGetTheSameAnswer() throws Exception {
        UUID worker = UUID.randomUUID();
        Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 100_000);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    start.await();
                    return Api.worker(worker).header(KEY, key).body(body).post("/api/v1/households");
                }));
            }
            start.countDown();
            Response a = both.get(0).get(60, TimeUnit.SECONDS);
            Response b = both.get(1).get(60, TimeUnit.SECONDS);
            assertThat(List.of(a.statusCode(), b.statusCode())).containsOnly(201);
            assertThat(a.jsonPath().getMap("")).isEqualTo(b.jsonPath().getMap(""));
            assertThat(List.of(String.valueOf(a.header(IdempotentReplay.REPLAYED)), String.valueOf(b.header(IdempotentReplay.REPLAYED))))
                    .containsExactlyInAnyOrder("true", "null");
        } finally {
            pool.shutdownNow();
        }
        assertThat(households(worker)).isEqualTo(1);
    }

    /**
     * The action's own transaction (HouseholdService.create, @WithTransaction) joins the one holding the
     * key: when the action fails after its file was written and its key claimed, neither is kept, and a
     * retry with the key runs again (a refusal is not an answer kept for replays).
     */
    @Test
    void aFailingActionKeepsNeitherItsWritesNorItsKey() throws Exception {
        UUID worker = UUID.randomUUID();
        Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 100_000);
        String key = UUID.randomUUID().toString();
        Api.worker(worker).header(KEY, key).body(body).post("/test-support/idempotency/file-then-fail").then().statusCode(409);
        assertThat(households(worker)).isZero();
        assertThat(keys(worker)).isZero();
        // the refusal was not kept: the same key now files the household for real
        Api.worker(worker).header(KEY, key).body(body).post("/api/v1/households").then().statusCode(201)
                .header(IdempotentReplay.REPLAYED, (String) null);
        assertThat(households(worker)).isEqualTo(1);
    }

    @Test
    void aRefusedActionIsNotKeptAndRunsAgainOnRetry() throws Exception {
        UUID worker = UUID.randomUUID();
        String id = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        // a draft cannot be approved: 409, and the key stays free
        Api.staff(Demo.ZHOU_NANMING).header(KEY, key).post("/api/v1/households/" + id + "/approve").then().statusCode(409);
        assertThat(keys(Demo.ZHOU_NANMING, key)).isZero();
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Files.verification()).post("/api/v1/households/" + id + "/verifications").then().statusCode(201);
        // the same request with the same key, now possible: it runs (no replay of the 409), and then replays
        Api.staff(Demo.ZHOU_NANMING).header(KEY, key).post("/api/v1/households/" + id + "/approve").then().statusCode(200)
                .header(IdempotentReplay.REPLAYED, (String) null).body("status", is("APPROVED"));
        Api.staff(Demo.ZHOU_NANMING).header(KEY, key).post("/api/v1/households/" + id + "/approve").then().statusCode(200)
                .header(IdempotentReplay.REPLAYED, "true").body("status", is("APPROVED"));
        List<String> actions = Api.admin().get("/api/v1/audit?entityId=" + id).then().extract().path("items.action");
        assertThat(actions).filteredOn("HOUSEHOLD_APPROVED"::equals).hasSize(1);
    }

    @Test
    void anotherCallersSameKeyIsTheirOwn() throws Exception {
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String first = Api.worker(one).header(KEY, key).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        String second = Api.worker(two).header(KEY, key).body(Files.household(Demo.NANMING_COMMUNITY, 90_000))
                .post("/api/v1/households").then().statusCode(201).header(IdempotentReplay.REPLAYED, (String) null)
                .extract().path("id");
        assertThat(second).isNotEqualTo(first);
        assertThat(households(one)).isEqualTo(1);
        assertThat(households(two)).isEqualTo(1);
    }

    @Test
    void aBadKeyIsABadHeader() {
        UUID worker = UUID.randomUUID();
        Api.worker(worker).header(KEY, "k".repeat(101)).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(400).body("errors[0].field", is(KEY));
        Api.worker(worker).header(KEY, "  ").body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(400).body("errors[0].field", is(KEY));
    }

    @Test
    void keysOlderThanTheRetentionAreForgotten() throws Throwable {
        UUID worker = UUID.randomUUID();
        String old = UUID.randomUUID().toString();
        String id = Api.worker(worker).header(KEY, old).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).header(KEY, UUID.randomUUID().toString()).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Sql.execute(jdbc, "update idempotent_request set created_at = now() - interval '31 days'"
                + " where subject = '" + worker + "' and idempotency_key = '" + old + "'");
        int purged = VertxContextSupport.subscribeAndAwait(() -> purge.purge());
        assertThat(purged).isPositive();
        assertThat(keys(worker, old)).isZero();
        assertThat(keys(worker)).isEqualTo(1);
    }

    private long households(UUID worker) throws Exception {
        return Sql.count(jdbc, "select count(*) from household where registered_by = '" + worker + "'");
    }

    private long keys(UUID subject) throws Exception {
        return Sql.count(jdbc, "select count(*) from idempotent_request where subject = '" + subject + "'");
    }

    private long keys(UUID subject, String key) throws Exception {
        return Sql.count(jdbc, "select count(*) from idempotent_request where subject = '" + subject + "' and idempotency_key = '" + key + "'");
    }
}
