package org.weiyuan.funding;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Fixtures;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * 200 donors press "pledge" at the same moment on a wish that needs little more: it ends exactly
 * at its target, every accepted pledge is there once, every refused donor was told the remainder,
 * and once paid the ledger balances to the fen.
 */
@QuarkusTest
class PledgeConcurrencyApiTest {

    @Inject
    SandboxGateway gateway;
    @Inject
    AgroalDataSource jdbc;

    @Test
    void twoHundredSimultaneousPledgesNeverOverfund() throws Exception {
        String wish = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(100_000));
        // someone already pledged most of it: 5,000 fen (50 yuan) remain
        Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", "first").body(Map.of("amountFen", 95_000))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201);

        int donors = 200;
        long each = 300; // 3 yuan: 16 fit (4,800 fen), then 200 fen remain and nobody's 300 fits
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < donors; i++) {
            UUID donor = UUID.randomUUID();
            calls.add(pool.submit(() -> {
                start.await();
                return Api.as(donor, "donor").header("Idempotency-Key", "k-" + donor).body(Map.of("amountFen", each))
                        .post("/api/v1/wishes/" + wish + "/pledges");
            }));
        }
        start.countDown();
        int accepted = 0;
        int refused = 0;
        for (Future<Response> f : calls) {
            Response r = f.get(120, TimeUnit.SECONDS);
            if (r.statusCode() == 201) {
                accepted++;
            } else {
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(409);
                assertThat(r.jsonPath().getLong("remainingFen")).isLessThan(each);
                refused++;
            }
        }
        pool.shutdownNow();
        assertThat(accepted).isEqualTo(16);
        assertThat(refused).isEqualTo(donors - 16);

        // in the database: exactly the accepted pledges, summing to what the wish shows, within target
        Map<String, Long> db = query("select count(*) n, sum(amount_fen) s from pledge where wish_id = '" + wish + "'");
        assertThat(db.get("n")).isEqualTo(17);
        assertThat(db.get("s")).isEqualTo(95_000 + 16 * each);
        long pledged = given().get("/api/v1/feed/wishes/" + wish).then().statusCode(200).extract().jsonPath().getLong("pledgedFen");
        assertThat(pledged).isEqualTo(db.get("s")).isLessThanOrEqualTo(100_000);

        // the remaining 200 fen can still be pledged, and then the wish is full
        Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", "last").body(Map.of("amountFen", 200))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201);
        given().get("/api/v1/feed/wishes/" + wish).then().body("remainingFen", is(0));

        // every pledge is paid (notifications delivered concurrently, some twice): escrow = target
        List<String> references = strings("select payment_reference from pledge where wish_id = '" + wish + "'");
        ExecutorService notifier = Executors.newFixedThreadPool(16);
        List<Future<Integer>> notified = new ArrayList<>();
        for (String ref : references) {
            long amount = query("select amount_fen s from pledge where payment_reference = '" + ref + "'").get("s");
            String body = gateway.notificationBody(ref, amount);
            for (int copy = 0; copy < 2; copy++) {
                notified.add(notifier.submit(() -> given().contentType(ContentType.JSON)
                        .header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                        .post("/api/v1/payments/sandbox/notify").statusCode()));
            }
        }
        for (Future<Integer> f : notified) {
            assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(200);
        }
        notifier.shutdownNow();
        assertThat(query("select count(*) n from journal_entry where wish_id = '" + wish + "'").get("n")).isEqualTo(references.size());
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200)
                .body("balanced", is(true)).body("wishMismatches", hasSize(0));
        given().get("/api/v1/feed/wishes/" + wish).then().body("paidFen", is(100_000));
    }

    /**
     * Issue 11: one donor's retries with one Idempotency-Key, all at once (a client resending after
     * a timeout). Before: one 201 and the others 409 "This record already exists."; now one 201 and
     * a 200 replay of that same pledge for each of the others, and the wish counts it once.
     */
    @Test
    void simultaneousRetriesWithOneKeyAllGetTheSamePledge() throws Exception {
        String wish = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(100_000));
        UUID donor = UUID.randomUUID();
        String key = "retry-" + UUID.randomUUID();
        int copies = 24;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return Api.as(donor, "donor").header("Idempotency-Key", key).body(Map.of("amountFen", 1_000))
                        .post("/api/v1/wishes/" + wish + "/pledges");
            }));
        }
        start.countDown();
        int created = 0;
        int replayed = 0;
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Future<Response> f : calls) {
            Response r = f.get(120, TimeUnit.SECONDS);
            assertThat(r.statusCode()).as(r.asString()).isIn(200, 201);
            if (r.statusCode() == 201) {
                created++;
            } else {
                assertThat(r.header("Idempotent-Replayed")).isEqualTo("true");
                replayed++;
            }
            ids.add(r.jsonPath().getString("id"));
        }
        pool.shutdownNow();
        assertThat(created).isEqualTo(1);
        assertThat(replayed).isEqualTo(copies - 1);
        assertThat(ids).hasSize(1);
        assertThat(query("select count(*) n from pledge where wish_id = '" + wish + "'").get("n")).isEqualTo(1);
        given().get("/api/v1/feed/wishes/" + wish).then().body("pledgedFen", is(1_000));
    }

    private Map<String, Long> query(String sql) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            Map<String, Long> out = new java.util.HashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.put(rs.getMetaData().getColumnLabel(i), rs.getLong(i));
            }
            return out;
        }
    }

    private List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
