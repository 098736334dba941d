package org.weiyuan.funding;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

/** A household that leaves the approved state takes no more money; its open wishes are frozen and settled. */
@QuarkusTest
class FreezeOnExitApiTest {

    @Inject
    SandboxGateway gateway;

    private String pledge(UUID donor, String wish, long amount, String onExpiry) {
        return Api.as(donor, "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", amount, "onExpiry", onExpiry)).post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(201).extract().path("payment.reference");
    }

    private void paid(String reference, long amount) {
        String body = gateway.notificationBody(reference, amount);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").then().statusCode(200);
    }

    private static String publish(UUID worker, Map<String, Object> body) {
        String id = Api.worker(worker).body(body).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/wishes/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/wishes/" + id + "/publish").then().statusCode(200);
        return id;
    }

    @Test
    void anExitedHouseholdsWishesAreFrozenHoldsReleasedAndPaidGiftsReturnedAsEachDonorChose() {
        String campaign = Api.staff(Demo.CHEN_GUIYANG).body(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "GENERAL",
                        "name", "冻结测试 " + UUID.randomUUID(), "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(60).toString()))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        UUID sponsor = UUID.randomUUID();
        var opened = Api.as(sponsor, "donor").body(Map.of("campaignId", campaign, "name", "配捐", "ratioPct", 50,
                        "capPerWishFen", 100_000, "budgetFen", 100_000, "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(30).toString()))
                .post("/api/v1/matching-pools").then().statusCode(201).extract();
        String pool = opened.path("id");
        Api.as(sponsor, "donor").post("/api/v1/sandbox/checkout/" + opened.path("payment.reference")).then().statusCode(202);
        Fixtures.await("pool funding", () -> "ACTIVE".equals(
                Api.as(sponsor, "donor").get("/api/v1/matching-pools/" + pool).then().extract().path("status")));

        UUID worker = UUID.randomUUID();
        String household = Fixtures.approvedHousehold(worker);
        Map<String, Object> cash = new HashMap<>(Fixtures.cashWish(100_000));
        cash.put("campaignId", campaign);
        String open = publish(worker, cash);
        String funded = publish(worker, Fixtures.cashWish(10_000));

        UUID refunder = UUID.randomUUID();
        UUID mover = UUID.randomUUID();
        UUID holder = UUID.randomUUID();
        paid(pledge(refunder, open, 20_000, "REFUND"), 20_000);          // draws 10,000 of matching
        paid(pledge(mover, open, 10_000, "MOVE_TO_GENERAL_FUND"), 10_000); // draws 5,000
        String held = pledge(holder, open, 5_000, "REFUND");
        paid(pledge(UUID.randomUUID(), funded, 10_000, "REFUND"), 10_000);
        given().get("/api/v1/feed/wishes/" + open).then().body("paidFen", is(45_000));
        given().get("/api/v1/feed/wishes/" + funded + "/report").then().body("status", is("FUNDED"));
        given().get("/api/v1/feed/wishes?campaignId=" + campaign).then().body("items.id", hasItem(open));

        Api.staff(Demo.LIU_NANMING).body(Map.of("result", "INELIGIBLE", "visitedOn", java.time.LocalDate.now().minusDays(1).toString(),
                "finding", "复核发现家庭收入超标", "commitmentSigned", true)).post("/api/v1/households/" + household + "/rechecks").then().statusCode(201);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + household).then().body("status", is("EXITED"));

        // off the feed, and every money path refuses with the reason
        given().get("/api/v1/feed/wishes/" + open + "/report").then().statusCode(200).body("status", is("FROZEN"));
        given().get("/api/v1/feed/wishes?campaignId=" + campaign).then().statusCode(200).body("items.id", not(hasItem(open)));
        Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", 1_000)).post("/api/v1/wishes/" + open + "/pledges")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("EXITED"));
        Api.as(holder, "donor").post("/api/v1/sandbox/checkout/" + held).then().statusCode(409)
                .contentType("application/problem+json");
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 10_000, "method", "IN_KIND", "reference", "送货单", "proof", "签收单"))
                .post("/api/v1/wishes/" + funded + "/disbursements").then().statusCode(409)
                .contentType("application/problem+json");

        // the held pledge was released, the paid ones returned as their donors chose, the matches went back
        Api.as(holder, "donor").get("/api/v1/pledges/mine").then().body("[0].status", is("RELEASED"));
        Api.as(refunder, "donor").get("/api/v1/pledges/mine").then().body("[0].status", is("REFUNDED"));
        Api.as(mover, "donor").get("/api/v1/pledges/mine").then().body("[0].status", is("MOVED_TO_FUND"));
        Api.as(sponsor, "donor").get("/api/v1/matching-pools/" + pool).then().body("spentFen", is(0));
        Fixtures.await("refund notification", () -> Api.as(refunder, "donor").get("/api/v1/inbox").then().extract()
                .<List<String>>path("items.kind").contains("PLEDGE_REFUNDED_WISH_FROZEN"));
        given().get("/api/v1/feed/wishes/" + funded + "/report").then().body("status", is("FROZEN"));
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));

        // a payment that arrives anyway for the released hold is kept as donor credit, not put on the wish
        paid(held, 5_000);
        given().get("/api/v1/feed/wishes/" + open).then().body("paidFen", is(45_000));
        given().get("/api/v1/feed/wishes/" + open + "/report").then().body("status", is("FROZEN"));
        Api.as(holder, "donor").get("/api/v1/pledges/mine").then().body("[0].status", is("CREDITED"));
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));
    }
}
