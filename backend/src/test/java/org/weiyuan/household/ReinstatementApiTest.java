package org.weiyuan.household;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.funding.SandboxGateway;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * A reversed ineligible exit undoes what the exit set off: its frozen wishes come back where they
 * can (the rest say why not), its recoveries are cancelled with what was received put back by a
 * balanced entry, and the file's approval and history name the reviewer's decision.
 */
@QuarkusTest
class ReinstatementApiTest {

    @Inject
    SandboxGateway gateway;
    @Inject
    AgroalDataSource jdbc;

    private void pay(String wish, long fen) {
        String ref = Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", fen)).post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(201).extract().path("payment.reference");
        String body = gateway.notificationBody(ref, fen);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").then().statusCode(200);
    }

    private static String publish(UUID worker, Map<String, Object> wish) {
        String id = Api.worker(worker).body(wish).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/wishes/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/wishes/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static ValidatableResponse wish(String id) {
        return Api.staff(Demo.LIU_NANMING).get("/api/v1/wishes/" + id).then().statusCode(200);
    }

    @Test
    void anAppealThatOverturnsTheIneligibleFindingUnfreezesWishesCancelsRecoveriesAndNamesTheNewApprover() throws Exception {
        String campaign = Api.staff(Demo.CHEN_GUIYANG).body(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "GENERAL",
                        "name", "撤销测试 " + UUID.randomUUID(), "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(60).toString()))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        UUID worker = UUID.randomUUID();
        String file = Fixtures.approvedHousehold(worker);
        Map<String, Object> cash = new HashMap<>(Fixtures.cashWish(30_000));
        cash.put("campaignId", campaign);
        String handedOver = publish(worker, cash);            // paid up and partly handed over
        String untouched = publish(worker, Fixtures.cashWish(8_000)); // published, no money yet
        String paidBack = publish(worker, Fixtures.cashWish(5_000));  // paid up, not handed over: refunded on freezing
        pay(handedOver, 30_000);
        pay(paidBack, 5_000);
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 25_000, "method", "BANK_TRANSFER", "reference", "转账", "proof", "回单"))
                .post("/api/v1/wishes/" + handedOver + "/disbursements").then().statusCode(201);

        // found ineligible on re-check by 刘洋 (南明区): the file exits, every wish freezes
        Api.staff(Demo.LIU_NANMING).body(Map.of("result", "INELIGIBLE", "visitedOn", LocalDate.now().minusDays(1).toString(),
                        "finding", "复核认为户主有经营收入。", "commitmentSigned", true))
                .post("/api/v1/households/" + file + "/rechecks").then().statusCode(201);
        for (String w : List.of(handedOver, untouched, paidBack)) {
            wish(w).body("status", is("FROZEN"));
        }
        String recovery = Api.staff(Demo.LIU_NANMING).body(Map.of("wishId", handedOver, "amountFen", 20_000, "reason", "追回已拨付款"))
                .post("/api/v1/households/" + file + "/recoveries").then().statusCode(201).extract().path("id");
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 7_000, "reference", "第一期"))
                .post("/api/v1/recoveries/" + recovery + "/instalments").then().statusCode(200);

        // the worker appeals; 陈静 of the city above finds the business had closed: the exit is reversed
        String appeal = Api.worker(worker).body(Map.of("reason", "店铺早已关闭,没有经营收入。"))
                .post("/api/v1/households/" + file + "/appeals").then().statusCode(201).extract().path("id");
        ValidatableResponse decided = Api.staff(Demo.CHEN_GUIYANG)
                .body(Map.of("outcome", "REVERSED", "reason", "核实店铺已于去年注销,原认定撤销。"))
                .post("/api/v1/appeals/" + appeal + "/decision").then().statusCode(200).body("status", is("REVERSED"));
        // the answer says what came back, and what stays frozen and why
        decided.body("reinstatement.unfrozenWishIds", hasSize(2))
                .body("reinstatement.unfrozenWishIds", hasItem(handedOver)).body("reinstatement.unfrozenWishIds", hasItem(untouched))
                .body("reinstatement.stillFrozen", hasSize(1))
                .body("reinstatement.stillFrozen[0].wishId", is(paidBack))
                .body("reinstatement.stillFrozen[0].reason", is("DONORS_SETTLED"))
                .body("reinstatement.cancelledRecoveries", hasSize(1))
                .body("reinstatement.cancelledRecoveries[0].recoveryId", is(recovery))
                .body("reinstatement.cancelledRecoveries[0].receivedFen", is(7_000));

        wish(handedOver).body("status", is("FULFILLING"));
        wish(untouched).body("status", is("PUBLISHED"));
        wish(paidBack).body("status", is("FROZEN"));
        // the unfrozen wish takes money again
        pay(untouched, 8_000);
        wish(untouched).body("status", is("FUNDED"));

        // the recovery takes no further instalment; what was received went back by one balanced entry
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 1_000, "reference", "第二期"))
                .post("/api/v1/recoveries/" + recovery + "/instalments").then().statusCode(409).contentType("application/problem+json");
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + file + "/recoveries").then().statusCode(200)
                .body("[0].status", is("CANCELLED"));
        long debit = Sql.count(jdbc, "select coalesce(sum(l.debit_fen), 0) from journal_line l join journal_entry e on e.id = l.entry_id "
                + "where e.kind = 'RECOVERY_CANCELLED' and e.external_ref = 'recovery-cancel:" + recovery + "'");
        long credit = Sql.count(jdbc, "select coalesce(sum(l.credit_fen), 0) from journal_line l join journal_entry e on e.id = l.entry_id "
                + "where e.kind = 'RECOVERY_CANCELLED' and e.external_ref = 'recovery-cancel:" + recovery + "'");
        assertThat(debit).isEqualTo(7_000);
        assertThat(credit).isEqualTo(7_000);
        Api.admin().get("/api/v1/ledger/check").then().body("balanced", is(true)).body("wishMismatches", hasSize(0));

        // the approval is now the reviewer's, and the file's history says what was undone
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/households/" + file + "/trace").then().statusCode(200)
                .body("status", is("APPROVED"))
                .body("steps.findAll { it.role == 'APPROVED' }.staffSubject", is(List.of(Demo.CHEN_GUIYANG.toString())));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + file + "/history").then().statusCode(200)
                .body("action", hasItem("HOUSEHOLD_RESTORED_ON_APPEAL")).body("action", hasItem("HOUSEHOLD_REINSTATED"));
    }

    @Test
    void aReopenedFileApprovedAgainGetsItsUntouchedWishBack() throws Exception {
        UUID worker = UUID.randomUUID();
        String file = Fixtures.approvedHousehold(worker);
        String untouched = publish(worker, Fixtures.cashWish(6_000));
        Api.staff(Demo.LIU_NANMING).body(Map.of("result", "INELIGIBLE", "visitedOn", LocalDate.now().minusDays(1).toString(),
                        "finding", "复核发现收入超标。", "commitmentSigned", true))
                .post("/api/v1/households/" + file + "/rechecks").then().statusCode(201);
        wish(untouched).body("status", is("FROZEN"));
        Api.worker(worker).body(Map.of("reason", "收入已下降,重新申请")).post("/api/v1/households/" + file + "/reopen").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + file + "/start-verification").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(org.weiyuan.support.Files.verification())
                .post("/api/v1/households/" + file + "/verifications").then().statusCode(201);
        wish(untouched).body("status", is("FROZEN"));
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + file + "/approve").then().statusCode(200);
        wish(untouched).body("status", is("PUBLISHED"));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + file + "/history").then().statusCode(200)
                .body("action", hasItem("HOUSEHOLD_REINSTATED"));
    }

    /** Review finding (session 7): reversing a later exit for another reason must not cancel a recovery of an earlier ineligible finding that stands. */
    @Test
    void reversingALaterExitForAnotherReasonLeavesTheEarlierFindingsRecoveryOpen() throws Exception {
        UUID worker = UUID.randomUUID();
        String file = Fixtures.approvedHousehold(worker);
        String wish = publish(worker, Fixtures.cashWish(10_000));
        pay(wish, 10_000);
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 10_000, "method", "BANK_TRANSFER", "reference", "转账", "proof", "回单"))
                .post("/api/v1/wishes/" + wish + "/disbursements").then().statusCode(201);
        Api.staff(Demo.LIU_NANMING).body(Map.of("result", "INELIGIBLE", "visitedOn", LocalDate.now().minusDays(1).toString(),
                        "finding", "复核发现收入超标。", "commitmentSigned", true))
                .post("/api/v1/households/" + file + "/rechecks").then().statusCode(201);
        String recovery = Api.staff(Demo.LIU_NANMING).body(Map.of("wishId", wish, "amountFen", 4_000, "reason", "追回已拨付款"))
                .post("/api/v1/households/" + file + "/recoveries").then().statusCode(201).extract().path("id");
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 1_500, "reference", "第一期"))
                .post("/api/v1/recoveries/" + recovery + "/instalments").then().statusCode(200);
        // the finding stands; later the file is reopened, approved again, and exits for another reason, which is reversed
        Api.worker(worker).body(Map.of("reason", "收入已下降,重新申请")).post("/api/v1/households/" + file + "/reopen").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + file + "/start-verification").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(org.weiyuan.support.Files.verification())
                .post("/api/v1/households/" + file + "/verifications").then().statusCode(201);
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + file + "/approve").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of("reason", "OTHER", "note", "误判")).post("/api/v1/households/" + file + "/exit")
                .then().statusCode(200);
        String appeal = Api.worker(worker).body(Map.of("reason", "仍无稳定收入。"))
                .post("/api/v1/households/" + file + "/appeals").then().statusCode(201).extract().path("id");
        Api.staff(Demo.CHEN_GUIYANG).body(Map.of("outcome", "REVERSED", "reason", "退出有误,撤销。"))
                .post("/api/v1/appeals/" + appeal + "/decision").then().statusCode(200)
                .body("reinstatement.cancelledRecoveries", hasSize(0));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + file + "/recoveries").then().statusCode(200)
                .body("find { it.id == '" + recovery + "' }.status", is("OPEN"))
                .body("find { it.id == '" + recovery + "' }.receivedFen", is(1_500));
        assertThat(Sql.count(jdbc, "select count(*) from journal_entry where external_ref = 'recovery-cancel:" + recovery + "'")).isZero();
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 500, "reference", "第二期"))
                .post("/api/v1/recoveries/" + recovery + "/instalments").then().statusCode(200);
    }
}
