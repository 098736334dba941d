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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * A wish's story from post to funded: the worker posts, staff ask, the worker answers, staff
 * publish with a corrected price, two donors pledge (retry-safe), the sandbox gateway pays, and
 * the ledger accounts for every fen.
 */
@QuarkusTest
class WishFundingStoryApiTest {

    @Inject
    SandboxGateway gateway;
    @Inject
    AgroalDataSource jdbc;

    @Test
    void postVetPledgePayAndAccount() throws Exception {
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);

        // a campaign with an enterprise's 1:1 matching pool, capped at 100 yuan per wish
        String campaign = Api.staff(Demo.CHEN_GUIYANG).body(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "GENERAL",
                        "name", "冬日微愿 " + UUID.randomUUID(), "startsOn", java.time.LocalDate.now().minusDays(1).toString(),
                        "endsOn", java.time.LocalDate.now().plusDays(60).toString()))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        UUID sponsor = UUID.randomUUID();
        var pool = Api.as(sponsor, "donor").body(Map.of("campaignId", campaign, "name", "爱心企业配捐", "ratioPct", 100,
                        "capPerWishFen", 10_000, "budgetFen", 500_000, "startsOn", java.time.LocalDate.now().minusDays(1).toString(),
                        "endsOn", java.time.LocalDate.now().plusDays(30).toString()))
                .post("/api/v1/matching-pools").then().statusCode(201).extract();
        Api.as(sponsor, "donor").post("/api/v1/sandbox/checkout/" + pool.path("payment.reference")).then().statusCode(202);
        Fixtures.await("pool funded", () -> "ACTIVE".equals(Api.as(sponsor, "donor")
                .get("/api/v1/matching-pools/" + pool.path("id")).then().extract().path("status")));

        Map<String, Object> request = new java.util.HashMap<>(Fixtures.goodsWish());
        request.put("campaignId", campaign);
        String wish = Api.worker(worker).body(request).post("/api/v1/wishes")
                .then().statusCode(201).body("status", is("DRAFT")).body("targetFen", is(70_000))
                .extract().path("id");
        Api.worker(worker).post("/api/v1/wishes/" + wish + "/submit").then().statusCode(200).body("status", is("SUBMITTED"));

        String question = Api.staff(Demo.LIU_NANMING).body(Map.of("question", "电暖器的型号和功率是多少?"))
                .post("/api/v1/wishes/" + wish + "/questions").then().statusCode(201).body("status", is("NEEDS_INFO"))
                .extract().path("questions[0].id");
        // not yet published: donors cannot see it
        given().get("/api/v1/feed/wishes/" + wish).then().statusCode(404);
        Api.worker(worker).body(Map.of("answer", "普通2000瓦油汀。"))
                .post("/api/v1/wishes/" + wish + "/questions/" + question + "/answer")
                .then().statusCode(200).body("status", is("SUBMITTED"));

        // staff correct the heater's price (300 → 260 yuan), as DonorsChoose's vetting does
        String heater = Api.staff(Demo.LIU_NANMING).get("/api/v1/wishes/" + wish).then().statusCode(200)
                .extract().path("items.find { it.name == '电暖器' }.id");
        Api.staff(Demo.LIU_NANMING).body(Map.of("priceCorrections", List.of(Map.of("itemId", heater, "unitPriceFen", 26_000))))
                .post("/api/v1/wishes/" + wish + "/publish")
                .then().statusCode(200).body("status", is("PUBLISHED")).body("targetFen", is(66_000));

        given().get("/api/v1/feed/wishes/" + wish).then().statusCode(200)
                .body("remainingFen", is(66_000)).body("progressPercent", is(0)).body("district", is("南明区"));

        UUID donorA = UUID.randomUUID();
        UUID donorB = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String pledgeA = Api.as(donorA, "donor").header("Idempotency-Key", key).body(Map.of("amountFen", 40_000))
                .post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(201).body("status", is("HELD")).body("payment.gateway", is("sandbox"))
                .extract().path("id");
        // a retry with the same key gives the same pledge, not a second one
        Api.as(donorA, "donor").header("Idempotency-Key", key).body(Map.of("amountFen", 40_000))
                .post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", is(pledgeA));
        Api.as(donorA, "donor").header("Idempotency-Key", key).body(Map.of("amountFen", 1_000))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(422);
        Api.as(donorA, "donor").body(Map.of("amountFen", 1_000)).post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(400).body("errors[0].field", is("Idempotency-Key"));

        pay(donorA, pledgeA);
        // donor A's payment drew the enterprise's match: 400 yuan donated + 100 matched
        given().get("/api/v1/feed/wishes/" + wish).then().body("paidFen", is(50_000)).body("remainingFen", is(16_000));

        // donor B asks for more than is left and is offered the remainder
        Api.as(donorB, "donor").header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("amountFen", 30_000))
                .post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(409).contentType("application/problem+json").body("remainingFen", is(16_000));
        String pledgeB = Api.as(donorB, "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", 16_000, "onExpiry", "MOVE_TO_GENERAL_FUND"))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201).extract().path("id");
        given().get("/api/v1/feed/wishes/" + wish).then().body("remainingFen", is(0)).body("progressPercent", is(100));
        pay(donorB, pledgeB); // the cap for this wish is used up: no second match

        Api.worker(worker).get("/api/v1/wishes/" + wish).then().statusCode(200)
                .body("status", is("FUNDED")).body("paidFen", is(66_000)).body("pledgedFen", is(66_000));
        given().get("/api/v1/feed/wishes/" + wish + "/report").then().body("donatedFen", is(56_000)).body("matchedFen", is(10_000));
        Api.as(donorA, "donor").get("/api/v1/pledges/mine").then().body("", hasSize(1)).body("[0].status", is("PAID"))
                .body("[0].wishTitle", is(request.get("title")));
        // each donor gets a receipt for their own paid pledge, and only for that
        byte[] receipt = Api.as(donorA, "donor").accept("application/pdf").get("/api/v1/pledges/" + pledgeA + "/receipt")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(receipt, 0, 5)).isEqualTo("%PDF-");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(receipt)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("捐赠收据", "冬天的棉被和电暖器", "¥400.00", "¥100.00", pledgeA);
        }
        Api.as(donorB, "donor").get("/api/v1/pledges/" + pledgeA + "/receipt").then().statusCode(404);

        // a forged notification is refused; a repeated genuine one posts nothing new
        long entries = journalEntries();
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, "00ff")
                .body(gateway.notificationBody("SBXforged", 1)).post("/api/v1/payments/sandbox/notify")
                .then().statusCode(401).contentType("application/problem+json");
        String referenceA = referenceOf(pledgeA);
        String repeat = gateway.notificationBody(referenceA, 40_000);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(repeat))
                .body(repeat).post("/api/v1/payments/sandbox/notify").then().statusCode(200).body("pledgeStatus", is("PAID"));
        assertThat(journalEntries()).isEqualTo(entries);

        Api.admin().get("/api/v1/ledger/check").then().statusCode(200)
                .body("balanced", is(true)).body("wishMismatches", hasSize(0)).body("unbalancedEntries", hasSize(0));
        assertThat(escrowBalance(wish)).isEqualTo(66_000);

        // staff hand it over: above the threshold (500 yuan in tests) a second staff member approves
        Map<String, Object> handover = Map.of("amountFen", 66_000, "method", "IN_KIND", "reference", "送货单 2026-118",
                "proof", "户主签收的送货单(扫描件存档)");
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 70_000, "method", "IN_KIND", "reference", "x", "proof", "x"))
                .post("/api/v1/wishes/" + wish + "/disbursements").then().statusCode(422).body("errors[0].field", is("amountFen"));
        String disbursement = Api.staff(Demo.LIU_NANMING).body(handover).post("/api/v1/wishes/" + wish + "/disbursements")
                .then().statusCode(201).body("status", is("PENDING_APPROVAL")).extract().path("id");
        Api.staff(Demo.LIU_NANMING).post("/api/v1/disbursements/" + disbursement + "/approve")
                .then().statusCode(403).body("type", is("https://weiyuan.org/problems/separation-of-duties"));
        Api.staff(Demo.SUN_YUNYAN).post("/api/v1/disbursements/" + disbursement + "/approve").then().statusCode(404);
        assertThat(escrowBalance(wish)).isEqualTo(66_000); // nothing moves before approval
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/disbursements/" + disbursement + "/approve")
                .then().statusCode(200).body("status", is("APPROVED")).body("approvedBy", is(Demo.ZHOU_NANMING.toString()));
        assertThat(escrowBalance(wish)).isZero();
        Api.worker(worker).get("/api/v1/wishes/" + wish).then().body("status", is("FULFILLING"));
        // the signed delivery note, photographed; donors see it once staff cleared it
        String proof = Api.staff(Demo.LIU_NANMING).contentType("image/png")
                .body(org.weiyuan.support.TestImages.pngWithComment("送货单"))
                .post("/api/v1/wishes/" + wish + "/proofs").then().statusCode(201)
                .extract().path("photos.find { it.kind == 'DISBURSEMENT_PROOF' }.id");
        given().get("/api/v1/feed/wishes/" + wish + "/report").then().body("proofPhotoIds", hasSize(0));
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/wishes/" + wish + "/photos/" + proof + "/clear").then().statusCode(200);
        given().get("/api/v1/feed/wishes/" + wish + "/report").then().body("proofPhotoIds[0]", is(proof));
        given().get("/api/v1/feed/wishes/" + wish + "/photos/" + proof).then().statusCode(200).contentType("image/png");

        // the household confirms and thanks; donors see the thanks only after staff clear it
        Api.worker(worker).body(Map.of("thankYou", "谢谢好心人,老人今年冬天不冷了!"))
                .post("/api/v1/wishes/" + wish + "/receipt").then().statusCode(200).body("status", is("FULFILLED"));
        given().get("/api/v1/feed/wishes/" + wish + "/report").then().statusCode(200)
                .body("disbursedFen", is(66_000)).body("donatedFen", is(56_000)).body("thankYou", org.hamcrest.Matchers.nullValue());
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/wishes/" + wish + "/close").then().statusCode(200).body("status", is("CLOSED"));
        given().get("/api/v1/feed/wishes/" + wish + "/report").then().statusCode(200)
                .body("status", is("CLOSED")).body("thankYou", is("谢谢好心人,老人今年冬天不冷了!"))
                .body("disbursements[0].amountFen", is(66_000)).body("disbursements[0].method", is("IN_KIND"))
                .body("heldFen", is(0));

        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));
        Api.admin().get("/api/v1/audit/verify").then().body("intact", is(true));
    }

    @Test
    void theJournalRefusesEditsAndDeletes() throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into ledger_account (id, code, kind, name) values (gen_random_uuid(), 'test:" + UUID.randomUUID() + "', 'ASSET', 't') ");
            s.execute("insert into journal_entry (id, occurred_at, kind, external_ref) values ('" + UUID.randomUUID()
                    + "', now(), 'TEST', 'test:" + UUID.randomUUID() + "')");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("update journal_entry set memo = 'x'"))
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("delete from journal_entry"))
                    .hasMessageContaining("append-only");
        }
    }

    /** The donor pays in the sandbox; the gateway's notification arrives asynchronously. */
    private static void pay(UUID donor, String pledge) {
        String reference = Api.as(donor, "donor").get("/api/v1/pledges/" + pledge).then().extract().path("payment.reference");
        Api.as(donor, "donor").post("/api/v1/sandbox/checkout/" + reference).then().statusCode(202);
        Fixtures.await("payment of " + pledge, () -> "PAID".equals(
                Api.as(donor, "donor").get("/api/v1/pledges/" + pledge).then().extract().path("status")));
    }

    private String referenceOf(String pledgeId) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select payment_reference from pledge where id = '" + pledgeId + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long journalEntries() throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from journal_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long escrowBalance(String wishId) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(sum(l.credit_fen - l.debit_fen), 0) from journal_line l "
                     + "join ledger_account a on a.id = l.account_id where a.code = 'escrow:wish:" + wishId + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
