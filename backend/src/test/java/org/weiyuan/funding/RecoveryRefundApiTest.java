package org.weiyuan.funding;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * Issue 14 (money5): money a cancelled recovery had received is owed back to the household, and the
 * fund it went into is never overdrawn to pay it: an appeal that overturns the finding still reinstates
 * the file, the refund takes from the fund only what the fund holds and waits for the rest; staff pay
 * it out (recorder ≠ approver), by one balanced entry, and the household is told and sees it.
 */
@QuarkusTest
class RecoveryRefundApiTest {

    @Inject
    SandboxGateway gateway;
    @Inject
    AgroalDataSource jdbc;

    /** A file of 南明区 with one campaign wish paid, handed over, found ineligible, put under recovery and partly paid back. */
    private record Case(UUID worker, String household, String wish, String recovery) { }

    private static String campaign() {
        return Api.staff(Demo.CHEN_GUIYANG).body(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "GENERAL",
                        "name", "退款测试 " + UUID.randomUUID(), "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(60).toString()))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    private Case recovered(String campaign, long receivedFen) {
        UUID worker = UUID.randomUUID();
        String file = Fixtures.approvedHousehold(worker);
        Map<String, Object> cash = new HashMap<>(Fixtures.cashWish(30_000));
        cash.put("campaignId", campaign);
        String wish = Api.worker(worker).body(cash).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/wishes/" + wish + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/wishes/" + wish + "/publish").then().statusCode(200);
        String ref = Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", 30_000, "onExpiry", "REFUND")).post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(201).extract().path("payment.reference");
        String body = gateway.notificationBody(ref, 30_000);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 30_000, "method", "BANK_TRANSFER", "reference", "转账", "proof", "回单"))
                .post("/api/v1/wishes/" + wish + "/disbursements").then().statusCode(201);
        Api.staff(Demo.LIU_NANMING).body(Map.of("result", "INELIGIBLE", "visitedOn", LocalDate.now().minusDays(1).toString(),
                        "finding", "复核认为户主有经营收入。", "commitmentSigned", true))
                .post("/api/v1/households/" + file + "/rechecks").then().statusCode(201);
        String recovery = Api.staff(Demo.LIU_NANMING).body(Map.of("wishId", wish, "amountFen", 20_000, "reason", "追回已拨付款"))
                .post("/api/v1/households/" + file + "/recoveries").then().statusCode(201).extract().path("id");
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", receivedFen, "reference", "第一期"))
                .post("/api/v1/recoveries/" + recovery + "/instalments").then().statusCode(200);
        return new Case(worker, file, wish, recovery);
    }

    /** The worker appeals; 陈静 of the city above reverses the exit. */
    private static JsonPath reverse(Case c) {
        String appeal = Api.worker(c.worker()).body(Map.of("reason", "店铺早已关闭,没有经营收入。"))
                .post("/api/v1/households/" + c.household() + "/appeals").then().statusCode(201).extract().path("id");
        return Api.staff(Demo.CHEN_GUIYANG).body(Map.of("outcome", "REVERSED", "reason", "核实店铺已注销,原认定撤销。"))
                .post("/api/v1/appeals/" + appeal + "/decision").then().extract().jsonPath();
    }

    private long balance(String code) throws Exception {
        return Sql.count(jdbc, "select coalesce(sum(l.credit_fen - l.debit_fen), 0) from journal_line l join ledger_account a "
                + "on a.id = l.account_id where a.code = '" + code + "'");
    }

    /**
     * Stands in for the finance office using the campaign fund (no API spends one yet): one balanced entry
     * from the fund to the gateway's clearing account, committed as one transaction.
     */
    private void spend(String campaign, long fen) throws SQLException {
        try (Connection c = jdbc.getConnection()) {
            c.setAutoCommit(false);
            UUID entry = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("insert into journal_entry (id, occurred_at, kind, external_ref, memo) "
                    + "values (?, now(), 'TEST_FUND_SPENT', ?, '测试:活动公共基金已使用')")) {
                s.setObject(1, entry);
                s.setString(2, "test-fund-spent:" + entry);
                s.executeUpdate();
            }
            line(c, entry, "fund:campaign:" + campaign, fen, 0);
            line(c, entry, "clearing:sandbox", 0, fen);
            c.commit();
        }
    }

    private static void line(Connection c, UUID entry, String account, long debit, long credit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into journal_line (id, entry_id, account_id, debit_fen, credit_fen) "
                + "select ?, ?, a.id, ?, ? from ledger_account a where a.code = ?")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, entry);
            s.setLong(3, debit);
            s.setLong(4, credit);
            s.setString(5, account);
            assertThat(s.executeUpdate()).as(account).isEqualTo(1);
        }
    }

    private static JsonPath recovery(Case c) {
        return Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + c.household() + "/recoveries").then().statusCode(200)
                .extract().jsonPath().setRootPath("find { it.id == '" + c.recovery() + "' }");
    }

    private static void ledgerBalanced() {
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true)).body("wishMismatches", hasSize(0));
    }

    @Test
    void aReversalOverAFundWhoseRecoveredMoneyWasSpentReinstatesTheFileAndOwesTheRefundInsteadOfOverdrawing() throws Exception {
        String campaign = campaign();
        Case c = recovered(campaign, 7_000);
        String fund = "fund:campaign:" + campaign;
        spend(campaign, balance(fund) - 2_000); // the fund spent all but 2,000 of the 7,000 it received back

        JsonPath decided = reverse(c);
        assertThat(decided.getString("status")).isEqualTo("REVERSED"); // the reinstatement itself succeeds
        assertThat(decided.getInt("reinstatement.cancelledRecoveries[0].receivedFen")).isEqualTo(7_000);
        assertThat(decided.getInt("reinstatement.cancelledRecoveries[0].refundBookedFen")).isEqualTo(2_000);
        assertThat(decided.getString("reinstatement.cancelledRecoveries[0].refundStatus")).isEqualTo("AWAITING_FUNDS");
        assertThat(balance(fund)).isZero();            // never below zero
        assertThat(balance("recovery-refund:" + c.recovery())).isEqualTo(2_000);
        JsonPath r = recovery(c);
        assertThat(r.getString("status")).isEqualTo("CANCELLED");
        assertThat(r.getString("refundStatus")).isEqualTo("AWAITING_FUNDS");
        assertThat(r.getLong("refundOwedFen")).isEqualTo(7_000);
        assertThat(r.getLong("refundBookedFen")).isEqualTo(2_000);
        ledgerBalanced();
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/households/" + c.household() + "/trace").then().statusCode(200)
                .body("status", is("APPROVED"));

        // the whole 7,000 can be recorded; approving it waits while the fund lacks 5,000 (409, it stays pending)
        String all = Api.staff(Demo.LIU_NANMING).body(payout(7_000)).post("/api/v1/recoveries/" + c.recovery() + "/refunds")
                .then().statusCode(201).body("status", is("PENDING_APPROVAL")).extract().path("id");
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/recovery-refunds/" + all + "/approve").then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(balance(fund)).isZero();
        // the booked 2,000 is paid once the larger payout is sent back
        Api.staff(Demo.ZHOU_NANMING).body(Map.of("reason", "基金不足,先付已到账部分")).post("/api/v1/recovery-refunds/" + all + "/reject")
                .then().statusCode(200).body("status", is("REJECTED"));
        String part = Api.staff(Demo.LIU_NANMING).body(payout(2_000)).post("/api/v1/recoveries/" + c.recovery() + "/refunds")
                .then().statusCode(201).extract().path("id");
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/recovery-refunds/" + part + "/approve").then().statusCode(200).body("status", is("PAID"));
        // money comes into the fund (another household's recovery in the campaign): the rest is booked and paid when approved
        Case other = recovered(campaign, 9_000);
        String rest = Api.staff(Demo.LIU_NANMING).body(payout(5_000)).post("/api/v1/recoveries/" + c.recovery() + "/refunds")
                .then().statusCode(201).extract().path("id");
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/recovery-refunds/" + rest + "/approve").then().statusCode(200).body("status", is("PAID"));
        assertThat(balance(fund)).isEqualTo(4_000);
        assertThat(balance("recovery-refund:" + c.recovery())).isZero();
        r = recovery(c);
        assertThat(r.getString("refundStatus")).isEqualTo("PAID");
        assertThat(r.getLong("refundPaidFen")).isEqualTo(7_000);
        assertThat(r.getList("refunds.status")).containsExactly("REJECTED", "PAID", "PAID");
        assertThat(other.recovery()).isNotNull();
        ledgerBalanced();
    }

    @Test
    void aRefundIsRecordedByOneStaffMemberApprovedByAnotherPostedBalancedAndTheHouseholdToldAndShown() throws Exception {
        Case c = recovered(campaign(), 6_000);
        JsonPath decided = reverse(c);
        assertThat(decided.getString("reinstatement.cancelledRecoveries[0].refundStatus")).isEqualTo("PAYABLE");
        String path = "/api/v1/recoveries/" + c.recovery() + "/refunds";
        // more than is owed, a missing proof, an unknown method: 422/400 naming the field
        Api.staff(Demo.LIU_NANMING).body(payout(6_001)).post(path).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("amountFen"));
        Map<String, Object> noProof = new HashMap<>(payout(1_000));
        noProof.remove("proof");
        Api.staff(Demo.LIU_NANMING).body(noProof).post(path).then().statusCode(400).contentType("application/problem+json");
        // staff of another district do not see the recovery
        Api.staff(Demo.SUN_YUNYAN).body(payout(1_000)).post(path).then().statusCode(404).contentType("application/problem+json");

        String first = Api.staff(Demo.LIU_NANMING).body(payout(4_000)).post(path).then().statusCode(201)
                .body("amountFen", is(4_000)).body("recordedBy", is(Demo.LIU_NANMING.toString())).extract().path("id");
        // what is pending counts: 2,001 more would exceed what is owed
        Api.staff(Demo.LIU_NANMING).body(payout(2_001)).post(path).then().statusCode(422).body("errors[0].field", is("amountFen"));
        // the recorder cannot approve their own payout
        Api.staff(Demo.LIU_NANMING).post("/api/v1/recovery-refunds/" + first + "/approve").then().statusCode(403)
                .contentType("application/problem+json").body("type", is("https://weiyuan.org/problems/separation-of-duties"));
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/recovery-refunds/" + first + "/approve").then().statusCode(200)
                .body("status", is("PAID")).body("decidedBy", is(Demo.ZHOU_NANMING.toString()));
        // a retried approval moves nothing twice
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/recovery-refunds/" + first + "/approve").then().statusCode(409)
                .body("currentState", is("PAID"));
        assertThat(Sql.count(jdbc, "select coalesce(sum(l.debit_fen), 0) from journal_line l join journal_entry e on e.id = l.entry_id "
                + "where e.kind = 'RECOVERY_REFUND_PAID' and e.external_ref = 'recovery-refund:" + first + "'")).isEqualTo(4_000);
        assertThat(Sql.count(jdbc, "select coalesce(sum(l.credit_fen), 0) from journal_line l join journal_entry e on e.id = l.entry_id "
                + "where e.kind = 'RECOVERY_REFUND_PAID' and e.external_ref = 'recovery-refund:" + first + "'")).isEqualTo(4_000);
        assertThat(balance("recovery-refund:" + c.recovery())).isEqualTo(2_000);
        ledgerBalanced();

        JsonPath r = recovery(c);
        assertThat(r.getString("refundStatus")).isEqualTo("PAYABLE");
        assertThat(r.getLong("refundPaidFen")).isEqualTo(4_000);
        assertThat(r.getString("refunds[0].reference")).isEqualTo("退款转账");
        // the household is told, zh-CN first
        Api.worker(c.worker()).header("Accept-Language", "zh-CN").get("/api/v1/inbox?limit=100").then().statusCode(200)
                .body("items.find { it.kind == 'HOUSEHOLD_RECOVERY_REFUND_PAID' }.title", is("追回款已退还"));
        Api.worker(c.worker()).header("Accept-Language", "en").get("/api/v1/inbox?limit=100").then().statusCode(200)
                .body("items.find { it.kind == 'HOUSEHOLD_RECOVERY_REFUND_PAID' }.title", is("Money you paid back has been refunded"));
        // and sees it in its aid history, as staff do
        Api.worker(c.worker()).get("/api/v1/union-aid/me/aid-history").then().statusCode(200)
                .body("recoveryRefunds", hasSize(1)).body("recoveryRefunds[0].amountFen", is(4_000))
                .body("recoveryRefunds[0].recoveryId", is(c.recovery()));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/union-aid/households/" + c.household() + "/aid-history").then().statusCode(200)
                .body("recoveryRefunds.id", hasItem(first));
    }

    @Test
    void theLedgerItselfRefusesToOverdrawACampaignFund() throws Exception {
        String campaign = campaign();
        recovered(campaign, 3_000);
        long held = balance("fund:campaign:" + campaign);
        assertThatThrownBy(() -> spend(campaign, held + 1)).isInstanceOf(SQLException.class).hasMessageContaining("overdrawn");
        assertThat(balance("fund:campaign:" + campaign)).isEqualTo(held);
        spend(campaign, held); // down to zero is allowed
        assertThat(balance("fund:campaign:" + campaign)).isZero();
    }

    @Test
    void twoReversalsRacingForOneShortFundNeverTakeItBelowZero() throws Exception {
        String campaign = campaign();
        Case a = recovered(campaign, 7_000);
        Case b = recovered(campaign, 7_000);
        String fund = "fund:campaign:" + campaign;
        spend(campaign, balance(fund) - 5_000); // 5,000 left, 14,000 owed back
        List<JsonPath> answers = race(List.of(() -> reverse(a), () -> reverse(b)));
        assertThat(answers).extracting(j -> j.getString("status")).containsExactly("REVERSED", "REVERSED");
        long booked = 0;
        for (JsonPath j : answers) {
            long one = j.getLong("reinstatement.cancelledRecoveries[0].refundBookedFen");
            assertThat(j.getString("reinstatement.cancelledRecoveries[0].refundStatus")).isEqualTo("AWAITING_FUNDS");
            booked += one;
        }
        assertThat(booked).isEqualTo(5_000);
        assertThat(balance(fund)).isZero();
        assertThat(balance("recovery-refund:" + a.recovery()) + balance("recovery-refund:" + b.recovery())).isEqualTo(5_000);
        ledgerBalanced();

        // two approvals racing for what the fund holds afterwards: one is paid, the other waits; nothing overdrawn
        String pa = Api.staff(Demo.LIU_NANMING).body(payout(7_000)).post("/api/v1/recoveries/" + a.recovery() + "/refunds")
                .then().statusCode(201).extract().path("id");
        String pb = Api.staff(Demo.LIU_NANMING).body(payout(7_000)).post("/api/v1/recoveries/" + b.recovery() + "/refunds")
                .then().statusCode(201).extract().path("id");
        recovered(campaign, 8_000); // 8,000 comes in: enough to complete one refund (2,000 or 7,000 more), not both (9,000)
        List<Integer> codes = race(List.of(
                () -> Api.staff(Demo.ZHOU_NANMING).post("/api/v1/recovery-refunds/" + pa + "/approve").then().extract().statusCode(),
                () -> Api.staff(Demo.ZHOU_NANMING).post("/api/v1/recovery-refunds/" + pb + "/approve").then().extract().statusCode()));
        assertThat(codes).containsExactlyInAnyOrder(200, 409);
        assertThat(balance(fund)).isGreaterThanOrEqualTo(0);
        assertThat(balance("recovery-refund:" + a.recovery())).isGreaterThanOrEqualTo(0);
        assertThat(balance("recovery-refund:" + b.recovery())).isGreaterThanOrEqualTo(0);
        assertThat(balance(fund) + balance("recovery-refund:" + a.recovery()) + balance("recovery-refund:" + b.recovery())
                + Sql.count(jdbc, "select coalesce(sum(amount_fen), 0) from aid_recovery_refund where status = 'PAID' and id in ('"
                + pa + "', '" + pb + "')")).isEqualTo(5_000 + 8_000);
        ledgerBalanced();
    }

    /** Two payouts of one recovery approved at once: both paid, and the recovery counts both (a stale read lost one). */
    @Test
    void twoPayoutsOfOneRecoveryApprovedAtOnceAreBothCounted() throws Exception {
        String campaign = campaign();
        Case a = recovered(campaign, 7_000);
        JsonPath reversed = reverse(a);
        assertThat(reversed.getString("reinstatement.cancelledRecoveries[0].refundStatus")).isEqualTo("PAYABLE");
        String p1 = Api.staff(Demo.LIU_NANMING).body(payout(3_000)).post("/api/v1/recoveries/" + a.recovery() + "/refunds")
                .then().statusCode(201).extract().path("id");
        String p2 = Api.staff(Demo.LIU_NANMING).body(payout(3_000)).post("/api/v1/recoveries/" + a.recovery() + "/refunds")
                .then().statusCode(201).extract().path("id");
        List<Integer> codes = race(List.of(
                () -> Api.staff(Demo.ZHOU_NANMING).post("/api/v1/recovery-refunds/" + p1 + "/approve").then().extract().statusCode(),
                () -> Api.staff(Demo.ZHOU_NANMING).post("/api/v1/recovery-refunds/" + p2 + "/approve").then().extract().statusCode()));
        assertThat(codes).containsExactly(200, 200);
        assertThat(Sql.count(jdbc, "select refund_paid_fen from aid_recovery where id = '" + a.recovery() + "'")).isEqualTo(6_000);
        assertThat(balance("recovery-refund:" + a.recovery())).isEqualTo(1_000);
        // what is left to pay is what the ledger still holds for it: a third payout of 1,000 is accepted, 1,001 is not
        Api.staff(Demo.LIU_NANMING).body(payout(1_001)).post("/api/v1/recoveries/" + a.recovery() + "/refunds").then().statusCode(422);
        ledgerBalanced();
    }

    private static Map<String, Object> payout(long fen) {
        return Map.of("amountFen", fen, "method", "BANK_TRANSFER", "reference", "退款转账", "proof", "银行回单 " + fen);
    }

    /** Runs the calls at once (released together) and returns their answers, in order. */
    private static <T> List<T> race(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> f : futures) {
            answers.add(f.get());
        }
        pool.shutdown();
        return answers;
    }
}
