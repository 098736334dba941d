package org.weiyuan.funding;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * 配捐防刷: a donor pledging faster than a person gives is not matched, one donor draws at most the
 * campaign's per-donor cap, and every pledge not (fully) matched tells its donor why, on the pledge
 * and on the receipt.
 */
@QuarkusTest
class MatchingGuardsApiTest {

    @Inject
    SandboxGateway gateway;

    private static String campaign(Long capPerDonor) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "GENERAL",
                "name", "防刷配捐 " + UUID.randomUUID(), "startsOn", LocalDate.now().minusDays(1).toString(),
                "endsOn", LocalDate.now().plusDays(60).toString()));
        if (capPerDonor != null) {
            body.put("matchCapPerDonorFen", capPerDonor);
        }
        return Api.staff(Demo.CHEN_GUIYANG).body(body).post("/api/v1/campaigns").then().statusCode(201)
                .body("matchCapPerDonorFen", is(capPerDonor == null ? null : capPerDonor.intValue())).extract().path("id");
    }

    private void fundedPool(String campaign) {
        UUID sponsor = UUID.randomUUID();
        var opened = Api.as(sponsor, "donor").body(Map.of("campaignId", campaign, "name", "爱心企业配捐", "ratioPct", 100,
                        "capPerWishFen", 1_000_000, "budgetFen", 1_000_000, "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(30).toString()))
                .post("/api/v1/matching-pools").then().statusCode(201).extract();
        String pool = opened.path("id");
        Api.as(sponsor, "donor").post("/api/v1/sandbox/checkout/" + opened.path("payment.reference")).then().statusCode(202);
        Fixtures.await("pool funding", () -> "ACTIVE".equals(
                Api.as(sponsor, "donor").get("/api/v1/matching-pools/" + pool).then().extract().path("status")));
    }

    private static String wish(String campaign) {
        Map<String, Object> wish = new HashMap<>(Fixtures.cashWish(1_000_000));
        if (campaign != null) {
            wish.put("campaignId", campaign);
        }
        return Fixtures.publishedWish(UUID.randomUUID(), wish);
    }

    /** Pledges and pays; returns the pledge id. */
    private String paidPledge(UUID donor, String wish, long amount) {
        var made = Api.as(donor, "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", amount)).post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(201).extract();
        String body = gateway.notificationBody(made.path("payment.reference"), amount);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").then().statusCode(200);
        return made.path("id");
    }

    @Test
    void pledgesFasterThanAPersonGivesAreNotMatchedAndTheDonorIsToldWhy() throws Exception {
        String campaign = campaign(null);
        fundedPool(campaign);
        String wish = wish(campaign);
        UUID donor = UUID.randomUUID();
        List<String> pledges = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pledges.add(paidPledge(donor, wish, 1_000));
        }
        // four in a minute is a person giving: each matched 1:1
        for (String p : pledges.subList(0, 4)) {
            Api.as(donor, "donor").get("/api/v1/pledges/" + p).then().statusCode(200)
                    .body("status", is("PAID")).body("matchedFen", is(1_000)).body("matchRefusal", nullValue());
        }
        // the fifth within the minute is not matched, and says so in the donor's language
        String fifth = pledges.get(4);
        Api.as(donor, "donor").get("/api/v1/pledges/" + fifth).then().statusCode(200)
                .body("matchedFen", is(0)).body("matchRefusal", is("TOO_FAST"))
                .body("matchRefusalReason", containsString("过于频繁"));
        Api.as(donor, "donor").header("Accept-Language", "en").get("/api/v1/pledges/" + fifth).then()
                .body("matchRefusalReason", containsString("faster than a person gives"));
        Api.as(donor, "donor").get("/api/v1/pledges/mine").then().body("find { it.id == '" + fifth + "' }.matchRefusal", is("TOO_FAST"));
        given().get("/api/v1/feed/wishes/" + wish).then().body("paidFen", is(9_000));
        // and on the receipt, in both languages
        byte[] receipt = Api.as(donor, "donor").accept("application/pdf").get("/api/v1/pledges/" + fifth + "/receipt")
                .then().statusCode(200).extract().asByteArray();
        try (var pdf = Loader.loadPDF(receipt)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("未配捐原因", "Not matched because", "¥0.00");
        }
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));
    }

    @Test
    void oneDonorDrawsAtMostTheCampaignsCapAndAWishOutsideAnyCampaignSaysSo() {
        String campaign = campaign(1_500L);
        fundedPool(campaign);
        UUID donor = UUID.randomUUID();
        String first = paidPledge(donor, wish(campaign), 1_000);
        String second = paidPledge(donor, wish(campaign), 1_000);
        String third = paidPledge(donor, wish(campaign), 1_000);
        Api.as(donor, "donor").get("/api/v1/pledges/" + first).then().body("matchedFen", is(1_000)).body("matchRefusal", nullValue());
        Api.as(donor, "donor").get("/api/v1/pledges/" + second).then().body("matchedFen", is(500))
                .body("matchRefusal", is("DONOR_CAP_REACHED"));
        Api.as(donor, "donor").get("/api/v1/pledges/" + third).then().body("matchedFen", is(0))
                .body("matchRefusal", is("DONOR_CAP_REACHED"));
        // another donor still draws their own share
        UUID other = UUID.randomUUID();
        Api.as(other, "donor").get("/api/v1/pledges/" + paidPledge(other, wish(campaign), 1_000)).then().body("matchedFen", is(1_000));

        String plain = paidPledge(donor, wish(null), 1_000);
        Api.as(donor, "donor").get("/api/v1/pledges/" + plain).then().body("matchedFen", is(0))
                .body("matchRefusal", is("NO_CAMPAIGN"));
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));
    }
}
