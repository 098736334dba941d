package org.weiyuan.reversecheck;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.funding.SandboxGateway;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** 倒查 from a payment: from a union-aid line or a wish's disbursement to the file behind it, a re-check opened in one call. */
@QuarkusTest
class ReverseCheckApiTest {

    private static final String UNION_AID = "/api/v1/union-aid";

    @Inject
    SandboxGateway gateway;
    @Inject
    AgroalDataSource jdbc;

    private static Map<String, Object> from(String kind, String payment) {
        return Map.of("paymentKind", kind, "paymentId", payment, "note", "年终审计抽查这笔拨付。");
    }

    private static List<String> due(UUID staff) {
        return Api.staff(staff).get("/api/v1/rechecks/due").then().statusCode(200).extract().path("householdId");
    }

    /** A union-aid list paid to the household by 南明区 (刘洋 prepares, 周华 approves); returns the household's line id. */
    private static String paidUnionAidLine(String household, long fen) {
        String fund = Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", Demo.NANMING.toString(), "source", "OWN_BUDGET",
                        "purpose", "FESTIVAL", "name", "倒查测试资金 " + UUID.randomUUID())).post(UNION_AID + "/funds")
                .then().statusCode(201).extract().path("id");
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 100_000, "reference", "入账")).post(UNION_AID + "/funds/" + fund + "/deposits")
                .then().statusCode(201);
        String list = Api.staff(Demo.LIU_NANMING).body(Map.of("fundId", fund, "purpose", "FESTIVAL", "title", "两节送温暖 倒查"))
                .post(UNION_AID + "/lists").then().statusCode(201).extract().path("id");
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", fen)).put(UNION_AID + "/lists/" + list + "/lines/" + household)
                .then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post(UNION_AID + "/lists/" + list + "/submit").then().statusCode(200);
        Api.staff(Demo.ZHOU_NANMING).post(UNION_AID + "/lists/" + list + "/approve").then().statusCode(200);
        return Api.staff(Demo.LIU_NANMING).body(Map.of("reference", "代发", "proof", "签收表"))
                .post(UNION_AID + "/lists/" + list + "/pay").then().statusCode(200).extract()
                .path("lines.find { it.householdId == '" + household + "' }.id");
    }

    @Test
    void fromAUnionAidPaymentToTheFileAReCheckIsOpenedAuditedAndTheTraceShowsThePayment() throws Exception {
        String household = Fixtures.approvedHousehold(UUID.randomUUID());
        String line = paidUnionAidLine(household, 40_000);
        assertThat(due(Demo.LIU_NANMING)).doesNotContain(household);

        // staff outside the file's scope find nothing; a payment that does not exist is 404
        Api.staff(Demo.SUN_YUNYAN).body(from("UNION_AID", line)).post("/api/v1/reverse-checks").then().statusCode(404)
                .contentType("application/problem+json");
        Api.staff(Demo.LIU_NANMING).body(from("UNION_AID", UUID.randomUUID().toString())).post("/api/v1/reverse-checks")
                .then().statusCode(404);
        Api.worker(UUID.randomUUID()).body(from("UNION_AID", line)).post("/api/v1/reverse-checks").then().statusCode(403);

        String check = Api.staff(Demo.CHEN_GUIYANG).body(from("UNION_AID", line)).post("/api/v1/reverse-checks").then().statusCode(201)
                .body("householdId", is(household)).body("paymentKind", is("UNION_AID")).body("paymentId", is(line))
                .body("amountFen", is(40_000)).body("paidAt", notNullValue()).extract().path("id");
        // one open reverse check per payment
        Api.staff(Demo.LIU_NANMING).body(from("UNION_AID", line)).post("/api/v1/reverse-checks").then().statusCode(409);
        // the file is due now, for this reason, in the queue of staff in its scope
        assertThat(due(Demo.LIU_NANMING)).contains(household);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/rechecks/due").then()
                .body("find { it.householdId == '" + household + "' }.reason", is("REVERSE_CHECK"));
        assertThat(Sql.count(jdbc, "select count(*) from audit_entry where action = 'HOUSEHOLD_REVERSE_CHECK_OPENED' and entity_id = '"
                + household + "' and actor_subject = '" + Demo.CHEN_GUIYANG + "'")).isEqualTo(1);

        // the re-check recorded next answers it, and carries its reason; the trace shows the payment
        String recheck = Api.staff(Demo.LIU_NANMING).body(Map.of("result", "CONFIRMED", "visitedOn", LocalDate.now().minusDays(1).toString(),
                        "finding", "倒查入户,情况属实。", "commitmentSigned", true))
                .post("/api/v1/households/" + household + "/rechecks").then().statusCode(201)
                .body("reason", is("REVERSE_CHECK")).extract().path("id");
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + household + "/trace").then().statusCode(200)
                .body("reverseChecks", hasSize(1)).body("reverseChecks[0].id", is(check))
                .body("reverseChecks[0].paymentKind", is("UNION_AID")).body("reverseChecks[0].paymentId", is(line))
                .body("reverseChecks[0].amountFen", is(40_000)).body("reverseChecks[0].recheckId", is(recheck));
        assertThat(due(Demo.LIU_NANMING)).doesNotContain(household);
        // answered: the payment can be checked again
        Api.staff(Demo.LIU_NANMING).body(from("UNION_AID", line)).post("/api/v1/reverse-checks").then().statusCode(201);
    }

    @Test
    void fromAWishDisbursementToTheFileBehindTheWish() {
        UUID worker = UUID.randomUUID();
        String wish = Fixtures.publishedWish(worker, Fixtures.cashWish(20_000));
        String household = Api.worker(worker).get("/api/v1/households/mine").then().extract().path("id");
        String ref = Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", 20_000)).post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(201).extract().path("payment.reference");
        String body = gateway.notificationBody(ref, 20_000);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").then().statusCode(200);
        String disbursement = Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 15_000, "method", "BANK_TRANSFER", "reference", "转账",
                        "proof", "回单")).post("/api/v1/wishes/" + wish + "/disbursements").then().statusCode(201).extract().path("id");

        Api.staff(Demo.ZHOU_NANMING).body(from("WISH_DISBURSEMENT", disbursement)).post("/api/v1/reverse-checks").then().statusCode(201)
                .body("householdId", is(household)).body("amountFen", is(15_000)).body("paymentKind", is("WISH_DISBURSEMENT"));
        // a disbursement is not a union-aid line: the kinds do not mix
        Api.staff(Demo.ZHOU_NANMING).body(from("UNION_AID", disbursement)).post("/api/v1/reverse-checks").then().statusCode(404);
        Api.staff(Demo.ZHOU_NANMING).body(Map.of("paymentKind", "WISH_DISBURSEMENT", "paymentId", disbursement))
                .post("/api/v1/reverse-checks").then().statusCode(400);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + household + "/trace").then().statusCode(200)
                .body("reverseChecks.paymentId", hasItem(disbursement));

        // a file found ineligible takes no re-check: the reverse check of its payment is refused
        Api.staff(Demo.LIU_NANMING).body(Map.of("result", "INELIGIBLE", "visitedOn", LocalDate.now().minusDays(1).toString(),
                        "finding", "倒查发现隐瞒收入。", "commitmentSigned", true))
                .post("/api/v1/households/" + household + "/rechecks").then().statusCode(201);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + household + "/trace").then()
                .body("reverseChecks[0].recheckId", notNullValue());
        Api.staff(Demo.LIU_NANMING).body(from("WISH_DISBURSEMENT", disbursement)).post("/api/v1/reverse-checks").then().statusCode(409)
                .contentType("application/problem+json");
    }
}
