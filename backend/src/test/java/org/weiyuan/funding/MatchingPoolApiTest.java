package org.weiyuan.funding;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** 配捐: matches follow ratio, cap per wish, budget and the wish's target, under concurrency too. */
@QuarkusTest
class MatchingPoolApiTest {

    @Inject
    SandboxGateway gateway;
    @Inject
    AgroalDataSource jdbc;

    private String campaign() {
        return Api.staff(Demo.CHEN_GUIYANG).body(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "GENERAL",
                        "name", "企业配捐 " + UUID.randomUUID(), "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(60).toString()))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    private String fundedPool(UUID sponsor, String campaign, int ratioPct, long cap, long budget) {
        var opened = Api.as(sponsor, "donor").body(Map.of("campaignId", campaign, "name", "爱心企业配捐", "ratioPct", ratioPct,
                        "capPerWishFen", cap, "budgetFen", budget, "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(30).toString()))
                .post("/api/v1/matching-pools").then().statusCode(201).body("status", is("AWAITING_FUNDS")).extract();
        String pool = opened.path("id");
        Api.as(sponsor, "donor").post("/api/v1/sandbox/checkout/" + opened.path("payment.reference")).then().statusCode(202);
        Fixtures.await("pool funding", () -> "ACTIVE".equals(
                Api.as(sponsor, "donor").get("/api/v1/matching-pools/" + pool).then().extract().path("status")));
        return pool;
    }

    private String wishIn(String campaign, long target) {
        Map<String, Object> wish = new HashMap<>(Fixtures.cashWish(target));
        wish.put("campaignId", campaign);
        return Fixtures.publishedWish(UUID.randomUUID(), wish);
    }

    private String pledge(String wish, long amount) {
        return Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", amount)).post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(201).extract().path("payment.reference");
    }

    private int notifyPaid(String reference, long amount) {
        String body = gateway.notificationBody(reference, amount);
        return given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").statusCode();
    }

    @Test
    void aPaidPledgeDrawsItsMatchUpToTheCapAndNeverPastTheTarget() {
        String campaign = campaign();
        UUID sponsor = UUID.randomUUID();
        String pool = fundedPool(sponsor, campaign, 100, 5_000, 100_000);

        String wish = wishIn(campaign, 20_000);
        assertThat(notifyPaid(pledge(wish, 8_000), 8_000)).isEqualTo(200);
        given().get("/api/v1/feed/wishes/" + wish).then().body("paidFen", is(13_000)).body("pledgedFen", is(13_000));
        assertThat(notifyPaid(pledge(wish, 7_000), 7_000)).isEqualTo(200);
        given().get("/api/v1/feed/wishes/" + wish).then().body("paidFen", is(20_000)).body("remainingFen", is(0));
        Api.as(sponsor, "donor").get("/api/v1/matching-pools/" + pool).then().body("spentFen", is(5_000)).body("leftFen", is(95_000));

        // a pledge that fills a wish leaves no room for a match: nothing is matched past the target
        String full = wishIn(campaign, 10_000);
        assertThat(notifyPaid(pledge(full, 10_000), 10_000)).isEqualTo(200);
        given().get("/api/v1/feed/wishes/" + full).then().body("paidFen", is(10_000));
        Api.as(sponsor, "donor").get("/api/v1/matching-pools/" + pool).then().body("spentFen", is(5_000));

        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));
    }

    @Test
    void concurrentPaymentsDrainAPoolExactlyToZero() throws Exception {
        String campaign = campaign();
        UUID sponsor = UUID.randomUUID();
        String pool = fundedPool(sponsor, campaign, 100, 1_000_000, 5_000);

        List<String[]> payments = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            String wish = wishIn(campaign, 1_000_000);
            for (int p = 0; p < 25; p++) {
                payments.add(new String[] {pledge(wish, 100), "100"});
            }
        }
        ExecutorService pool16 = Executors.newFixedThreadPool(16);
        List<Future<Integer>> done = new ArrayList<>();
        for (String[] p : payments) {
            done.add(pool16.submit(() -> notifyPaid(p[0], Long.parseLong(p[1]))));
        }
        for (Future<Integer> f : done) {
            assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(200);
        }
        pool16.shutdownNow();

        // 200 pledges × 100 fen would draw 20,000 at 1:1; the budget is 5,000 and not a fen more
        Api.as(sponsor, "donor").get("/api/v1/matching-pools/" + pool).then().body("spentFen", is(5_000)).body("leftFen", is(0));
        assertThat(scalar("select sum(amount_fen) from pool_match where pool_id = '" + pool + "'")).isEqualTo(5_000);
        assertThat(scalar("select coalesce(sum(l.credit_fen - l.debit_fen), 0) from journal_line l join ledger_account a "
                + "on a.id = l.account_id where a.code = 'pool:" + pool + "'")).isZero();
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));
    }

    private long scalar(String sql) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
