package org.weiyuan.funding;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.TestClock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** An unfunded wish expires: each donor's choice is carried out by ledger entries, matches go home. */
@QuarkusTest
class WishExpiryApiTest {

    /** Time passes by moving the application's clock; put back after each test. */
    @Inject
    TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void clockBack() {
        clock.reset();
    }

    @Inject
    ExpiryService expiry;
    @Inject
    SandboxGateway gateway;
    @Inject
    AgroalDataSource jdbc;

    @Test
    void refundsMovesReleasesAndReturnsMatches() throws Throwable {
        String campaign = Api.staff(Demo.CHEN_GUIYANG).body(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "FESTIVAL",
                        "name", "两节送温暖 " + UUID.randomUUID(), "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(60).toString()))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        UUID sponsor = UUID.randomUUID();
        var opened = Api.as(sponsor, "donor").body(Map.of("campaignId", campaign, "name", "配捐", "ratioPct", 100,
                        "capPerWishFen", 1_000, "budgetFen", 50_000, "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(30).toString()))
                .post("/api/v1/matching-pools").then().statusCode(201).extract();
        String pool = opened.path("id");
        notifyPaid(opened.path("payment.reference"), 50_000);

        Map<String, Object> w = new HashMap<>(Fixtures.cashWish(50_000));
        w.put("kind", "FESTIVAL_AID");
        w.put("campaignId", campaign);
        w.put("deadline", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString());
        String wish = Fixtures.publishedWish(UUID.randomUUID(), w);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String refundRef = pledge(a, wish, 3_000, "REFUND");
        String moveRef = pledge(b, wish, 2_000, "MOVE_TO_GENERAL_FUND");
        pledge(UUID.randomUUID(), wish, 1_000, "REFUND"); // held, never paid
        notifyPaid(refundRef, 3_000); // draws the 1,000 cap
        notifyPaid(moveRef, 2_000);
        given().get("/api/v1/feed/wishes/" + wish).then().body("paidFen", is(6_000)).body("pledgedFen", is(7_000));

        clock.advance(Duration.ofDays(2)); // the deadline (tomorrow) goes by; other tests' wishes run to +30 days
        int expired = VertxContextSupport.subscribeAndAwait(() -> expiry.expireDue(100));
        assertThat(expired).isGreaterThanOrEqualTo(1);

        given().get("/api/v1/feed/wishes/" + wish + "/report").then().statusCode(200).body("status", is("EXPIRED"))
                .body("heldFen", is(0));
        Api.as(a, "donor").get("/api/v1/pledges/mine").then().body("[0].status", is("REFUNDED"));
        Api.as(b, "donor").get("/api/v1/pledges/mine").then().body("[0].status", is("MOVED_TO_FUND"));
        // each donor is told what became of their money, and only they
        List<String> aKinds = Api.as(a, "donor").get("/api/v1/inbox").then().extract().path("items.kind");
        List<String> bKinds = Api.as(b, "donor").get("/api/v1/inbox").then().extract().path("items.kind");
        assertThat(aKinds).contains("PLEDGE_REFUNDED").doesNotContain("PLEDGE_MOVED");
        assertThat(bKinds).contains("PLEDGE_MOVED").doesNotContain("PLEDGE_REFUNDED");
        Api.as(sponsor, "donor").get("/api/v1/matching-pools/" + pool).then().body("spentFen", is(0)).body("leftFen", is(50_000));
        assertThat(balance("escrow:wish:" + wish)).isZero();
        assertThat(balance("fund:campaign:" + campaign)).isEqualTo(2_000);
        assertThat(balance("pool:" + pool)).isEqualTo(50_000);
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));

        // running it again changes nothing
        VertxContextSupport.subscribeAndAwait(() -> expiry.expireDue(100));
        assertThat(balance("fund:campaign:" + campaign)).isEqualTo(2_000);
        Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", "late").body(Map.of("amountFen", 100))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(409);
    }

    /**
     * Issue 11: a signed notification for a pledge already paid and refunded (the wish expired)
     * answered 409, which a gateway retries for ever. It is acknowledged; the money was booked
     * once and refunded once, and stays so.
     */
    @Test
    void aNotificationForARefundedPledgeIsAcknowledged() throws Throwable {
        String wish = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(50_000));
        UUID donor = UUID.randomUUID();
        String ref = pledge(donor, wish, 3_000, "REFUND");
        notifyPaid(ref, 3_000);
        execute("update wish set deadline = current_date - 1 where id = '" + wish + "'");
        VertxContextSupport.subscribeAndAwait(() -> expiry.expireDue(100));
        Api.as(donor, "donor").get("/api/v1/pledges/mine").then().body("[0].status", is("REFUNDED"));
        long entries = count("select count(*) from journal_entry where wish_id = '" + wish + "'");

        for (int i = 0; i < 2; i++) { // a fresh notification id each time, as a gateway's retries carry
            String body = gateway.notificationBody(ref, 3_000);
            given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                    .post("/api/v1/payments/sandbox/notify").then().statusCode(200).body("pledgeStatus", is("REFUNDED"));
        }
        assertThat(count("select count(*) from journal_entry where wish_id = '" + wish + "'")).isEqualTo(entries);
        assertThat(balance("escrow:wish:" + wish)).isZero();
        Api.as(donor, "donor").get("/api/v1/pledges/mine").then().body("[0].status", is("REFUNDED"));
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));
    }

    /**
     * Every replica schedules the expiry job: two rounds at once (here on two threads, as two
     * replicas' schedulers would) expire the wish once, refund each pledge once and audit it once —
     * each round claims its due wishes with FOR UPDATE SKIP LOCKED, and a claimed wish is no longer due.
     */
    @Test
    void twoReplicasExpiringAtOnceRefundEachPledgeOnce() throws Throwable {
        String wish = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(50_000));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        notifyPaid(pledge(first, wish, 3_000, "REFUND"), 3_000);
        notifyPaid(pledge(second, wish, 2_000, "REFUND"), 2_000);
        execute("update wish set deadline = current_date - 1 where id = '" + wish + "'");

        java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> rounds = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                rounds.add(replicas.submit(() -> {
                    start.await();
                    try {
                        return VertxContextSupport.subscribeAndAwait(() -> expiry.expireDue(100));
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            start.countDown();
            for (var round : rounds) {
                round.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            replicas.shutdownNow();
        }

        given().get("/api/v1/feed/wishes/" + wish + "/report").then().statusCode(200).body("status", is("EXPIRED"));
        assertThat(count("select count(*) from audit_entry where action = 'WISH_EXPIRED' and entity_id = '" + wish + "'"))
                .as("expiries audited").isEqualTo(1);
        for (UUID donor : List.of(first, second)) {
            List<String> kinds = Api.as(donor, "donor").get("/api/v1/inbox").then().extract().path("items.kind");
            assertThat(kinds.stream().filter("PLEDGE_REFUNDED"::equals)).as("refund notices to one donor").hasSize(1);
            Api.as(donor, "donor").get("/api/v1/pledges/mine").then().body("[0].status", is("REFUNDED"));
        }
        assertThat(balance("escrow:wish:" + wish)).as("escrow after both rounds").isZero();
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));
    }

    private long count(String sql) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String pledge(UUID donor, String wish, long amount, String onExpiry) {
        return Api.as(donor, "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", amount, "onExpiry", onExpiry)).post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(201).extract().path("payment.reference");
    }

    private void notifyPaid(String reference, long amount) {
        String body = gateway.notificationBody(reference, amount);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").then().statusCode(200);
    }

    private long balance(String code) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(sum(l.credit_fen - l.debit_fen), 0) from journal_line l "
                     + "join ledger_account a on a.id = l.account_id where a.code = '" + code + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
