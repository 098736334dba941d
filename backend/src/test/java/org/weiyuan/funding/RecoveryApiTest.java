package org.weiyuan.funding;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** 追回: aid handed to a household found ineligible is recovered in instalments, each back to the fund it came from. */
@QuarkusTest
class RecoveryApiTest {

    @Inject
    SandboxGateway gateway;
    @Inject
    AgroalDataSource jdbc;

    @Test
    void aidPaidToAnIneligibleHouseholdIsRecoveredInInstalmentsIntoTheCampaignFund() throws Exception {
        String campaign = Api.staff(Demo.CHEN_GUIYANG).body(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "GENERAL",
                        "name", "追回测试 " + UUID.randomUUID(), "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(60).toString()))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        UUID worker = UUID.randomUUID();
        Map<String, Object> cash = new HashMap<>(Fixtures.cashWish(30_000));
        cash.put("campaignId", campaign);
        String wish = Fixtures.publishedWish(worker, cash);
        String household = Api.worker(worker).get("/api/v1/households/mine").then().extract().path("id");
        String ref = Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", 30_000)).post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(201).extract().path("payment.reference");
        String body = gateway.notificationBody(ref, 30_000);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 25_000, "method", "BANK_TRANSFER", "reference", "转账", "proof", "回单"))
                .post("/api/v1/wishes/" + wish + "/disbursements").then().statusCode(201);

        Map<String, Object> claim = Map.of("wishId", wish, "amountFen", 20_000, "reason", "复核发现隐瞒收入");
        // only a household found ineligible owes aid back
        Api.staff(Demo.LIU_NANMING).body(claim).post("/api/v1/households/" + household + "/recoveries").then().statusCode(409)
                .contentType("application/problem+json");
        Api.staff(Demo.LIU_NANMING).body(Map.of("result", "INELIGIBLE", "visitedOn", LocalDate.now().minusDays(1).toString(),
                        "finding", "复核发现户主隐瞒经营收入。", "commitmentSigned", true))
                .post("/api/v1/households/" + household + "/rechecks").then().statusCode(201);

        Api.staff(Demo.LIU_NANMING).body(Map.of("wishId", wish, "amountFen", 25_001, "reason", "超额"))
                .post("/api/v1/households/" + household + "/recoveries").then().statusCode(422).body("errors[0].field", is("amountFen"));
        Api.staff(Demo.SUN_YUNYAN).body(claim).post("/api/v1/households/" + household + "/recoveries").then().statusCode(404);
        String recovery = Api.staff(Demo.LIU_NANMING).body(claim).post("/api/v1/households/" + household + "/recoveries")
                .then().statusCode(201).body("owedFen", is(20_000)).body("status", is("OPEN")).extract().path("id");

        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 7_000, "reference", "第一期"))
                .post("/api/v1/recoveries/" + recovery + "/instalments").then().statusCode(200).body("owedFen", is(13_000));
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 13_001, "reference", "多收"))
                .post("/api/v1/recoveries/" + recovery + "/instalments").then().statusCode(422);
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 13_000, "reference", "第二期"))
                .post("/api/v1/recoveries/" + recovery + "/instalments").then().statusCode(200).body("status", is("SETTLED"));
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 1, "reference", "再收"))
                .post("/api/v1/recoveries/" + recovery + "/instalments").then().statusCode(409);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + household + "/recoveries").then().statusCode(200)
                .body("", hasSize(1)).body("[0].receivedFen", is(20_000));

        // both instalments went to the campaign's fund, each a balanced entry
        long toFund = Sql.count(jdbc, "select coalesce(sum(l.credit_fen), 0) from journal_line l join journal_entry e on e.id = l.entry_id "
                + "join ledger_account a on a.id = l.account_id where e.kind = 'RECOVERY_RECEIVED' and a.code = 'fund:campaign:" + campaign + "'");
        assertThat(toFund).isEqualTo(20_000);
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));
    }
}
