package org.weiyuan.funding;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.TestClock;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** A hold that runs out gives its share back; a payment arriving after that is still never lost. */
@QuarkusTest
class PledgeHoldApiTest {

    /** Time passes by moving the application's clock; put back after each test. */
    @Inject
    TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void clockBack() {
        clock.reset();
    }

    @Inject
    PledgeService pledges;
    @Inject
    SandboxGateway gateway;
    @Inject
    AgroalDataSource jdbc;

    @Test
    void anExpiredHoldIsReleasedAndALatePaymentIsTakenAgainIfTheWishStillNeedsIt() throws Throwable {
        String wish = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(10_000));
        UUID donor = UUID.randomUUID();
        String pledge = Api.as(donor, "donor").header("Idempotency-Key", "a").body(Map.of("amountFen", 6_000))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201).extract().path("id");
        String reference = Api.as(donor, "donor").get("/api/v1/pledges/" + pledge).then().extract().path("payment.reference");
        given().get("/api/v1/feed/wishes/" + wish).then().body("pledgedFen", is(6_000));

        expireHolds(wish);
        assertThat(release()).isGreaterThanOrEqualTo(1);
        Api.as(donor, "donor").get("/api/v1/pledges/" + pledge).then().body("status", is("RELEASED"));
        given().get("/api/v1/feed/wishes/" + wish).then().body("pledgedFen", is(0)).body("remainingFen", is(10_000));

        // the donor had paid after all; the gateway's notice arrives late: the wish still needs it
        notifyPaid(reference, 6_000);
        Api.as(donor, "donor").get("/api/v1/pledges/" + pledge).then().body("status", is("PAID"));
        given().get("/api/v1/feed/wishes/" + wish).then().body("pledgedFen", is(6_000)).body("paidFen", is(6_000));
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true));
    }

    @Test
    void aLatePaymentForAWishFilledMeanwhileBecomesDonorCredit() throws Throwable {
        String wish = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(10_000));
        UUID slow = UUID.randomUUID();
        String pledge = Api.as(slow, "donor").header("Idempotency-Key", "slow").body(Map.of("amountFen", 6_000))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201).extract().path("id");
        String reference = Api.as(slow, "donor").get("/api/v1/pledges/" + pledge).then().extract().path("payment.reference");
        expireHolds(wish);
        release();
        Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", "fast").body(Map.of("amountFen", 10_000))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201);

        notifyPaid(reference, 6_000);
        Api.as(slow, "donor").get("/api/v1/pledges/" + pledge).then().body("status", is("CREDITED"));
        given().get("/api/v1/feed/wishes/" + wish).then().body("pledgedFen", is(10_000)).body("paidFen", is(0));
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true));
    }

    /** What the scheduled HoldReleaser does, run now, on a Vert.x context as the scheduler would. */
    private int release() throws Throwable {
        return io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> pledges.releaseExpiredHolds(10_000));
    }

    /** The hold (weiyuan.funding.pledges.hold, 30 minutes) runs out: the clock moves past it. */
    private void expireHolds(String wish) {
        clock.advance(Duration.ofMinutes(31));
    }

    private void notifyPaid(String reference, long amount) {
        String body = gateway.notificationBody(reference, amount);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").then().statusCode(200);
    }
}
