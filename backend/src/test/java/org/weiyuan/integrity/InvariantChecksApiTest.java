package org.weiyuan.integrity;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Sql;
import org.weiyuan.support.TestClock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Each invariant check passes on the data the rest of the suite leaves behind, and catches its
 * invariant broken on purpose with SQL (then restored). Operators hear of a failure once per episode.
 */
@QuarkusTest
class InvariantChecksApiTest {

    /** Time passes by moving the application's clock; put back after each test. */
    @Inject
    TestClock clock;

    @Inject
    org.weiyuan.audit.AuditSealer sealer;

    @org.junit.jupiter.api.AfterEach
    void clockBack() {
        clock.reset();
    }

    static final List<String> CHECKS = List.of("audit-chain", "expired-holds", "ledger-balance", "outbox-stuck", "union-funds", "wish-totals");

    @Inject
    AgroalDataSource jdbc;
    @Inject
    MeterRegistry metrics;
    @Inject
    InvariantService service;

    private JsonPath runNow() {
        return Api.admin().post("/api/v1/admin/invariants").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> result(JsonPath report, String check) {
        return report.getMap("checks.find { it.check == '" + check + "' }");
    }

    @Test
    void everyCheckPassesOnHealthyDataAndTheResultsAreKept() {
        JsonPath report = runNow();
        assertThat(report.getList("checks.check", String.class)).containsExactlyElementsOf(CHECKS);
        for (String check : CHECKS) {
            assertThat(result(report, check)).as(check).containsEntry("status", "OK").containsEntry("violations", 0);
        }
        assertThat(report.getBoolean("healthy")).isTrue();
        Api.admin().get("/api/v1/admin/invariants").then().statusCode(200)
                .body("healthy", is(true)).body("checks.size()", is(CHECKS.size()));
        given().get("/q/health/group/invariants").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void anUnbalancedJournalEntryIsCaught() throws Exception {
        UUID account = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        UUID line = UUID.randomUUID();
        detects("ledger-balance", entry.toString(),
                List.of("insert into ledger_account (id, code, kind, name) values ('" + account + "', 'test:" + account + "', 'ASSET', 't')",
                        "insert into journal_entry (id, occurred_at, kind, external_ref) values ('" + entry + "', now(), 'TEST', 'test:" + entry + "')",
                        "insert into journal_line (id, entry_id, account_id, debit_fen) values ('" + line + "', '" + entry + "', '" + account + "', 100)"),
                // the journal is append-only; a superuser session may step around its triggers to undo the test's damage
                List.of("set session_replication_role = replica",
                        "delete from journal_line where id = '" + line + "'",
                        "delete from journal_entry where id = '" + entry + "'",
                        "delete from ledger_account where id = '" + account + "'",
                        "set session_replication_role = origin"));
    }

    @Test
    void aUnionFundWhoseDepositsDisagreeWithItsLedgerIsCaught() throws Exception {
        UUID fund = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        UUID deposit = UUID.randomUUID();
        // a deposit recorded without its money reaching the fund's ledger account
        detects("union-funds", fund.toString(),
                List.of("insert into union_fund (id, unit_id, source, purpose, name, created_by, created_at) values ('" + fund + "', '"
                                + org.weiyuan.support.Demo.NANMING + "', 'OWN_BUDGET', 'LIVING', 'invariant-test " + fund + "', '" + fund + "', now())",
                        "insert into journal_entry (id, occurred_at, kind, external_ref) values ('" + entry + "', now(), 'TEST', 'test:" + entry + "')",
                        "insert into union_fund_deposit (id, fund_id, amount_fen, reference, received_on, entry_id, recorded_by, recorded_at) values ('"
                                + deposit + "', '" + fund + "', 100, 'test', current_date, '" + entry + "', '" + fund + "', now())"),
                List.of("set session_replication_role = replica",
                        "delete from union_fund_deposit where id = '" + deposit + "'",
                        "delete from union_fund where id = '" + fund + "'",
                        "delete from journal_entry where id = '" + entry + "'",
                        "set session_replication_role = origin"));
    }

    @Test
    void aWishWhosePledgedTotalDisagreesWithItsPledgesIsCaught() throws Exception {
        String wish = anyWishWithRoom(1);
        detects("wish-totals", wish,
                List.of("update wish set pledged_fen = pledged_fen + 1 where id = '" + wish + "'"),
                List.of("update wish set pledged_fen = pledged_fen - 1 where id = '" + wish + "'"));
    }

    @Test
    void aTamperedAuditEntryIsCaught() throws Exception {
        sealer.sealPending(true).await().indefinitely();
        long seq = Sql.count(jdbc, "select seq from audit_entry where chain_pos = (select max(chain_pos) from audit_entry)");
        String id = text("select cast(id as varchar) from audit_entry where seq = " + seq);
        String detail = text("select coalesce(detail, '<null>') from audit_entry where seq = " + seq);
        detects("audit-chain", id,
                List.of("update audit_entry set detail = 'tampered' where seq = " + seq),
                List.of("update audit_entry set detail = " + ("<null>".equals(detail) ? "null" : "'" + detail.replace("'", "''") + "'")
                        + " where seq = " + seq));
    }

    @Test
    void outboxRowsOverdueOrOutOfAttemptsAreCaught() throws Exception {
        UUID notification = UUID.randomUUID();
        UUID overdue = UUID.randomUUID();
        UUID exhausted = UUID.randomUUID();
        UUID recipient = UUID.randomUUID();
        String insertEvent = "insert into outbox_event (id, notification_id, recipient, status, attempts, next_attempt_at, created_at) values ";
        detects("outbox-stuck", overdue.toString(),
                List.of("insert into inbox_notification (id, recipient, kind, title_zh, body_zh, title_en, body_en, deep_link, created_at) "
                                + "values ('" + notification + "', '" + recipient + "', 'PLEDGE_PAID', 't', 'b', 't', 'b', 'weiyuan://x', now() - interval '7 days')",
                        insertEvent + "('" + overdue + "', '" + notification + "', '" + recipient + "', 'PENDING', 0, now() - interval '7 days', now() - interval '7 days')",
                        insertEvent + "('" + exhausted + "', '" + notification + "', '" + recipient + "', 'PENDING', 8, now() + interval '1 hour', now())"),
                List.of("delete from outbox_event where notification_id = '" + notification + "'",
                        "delete from inbox_notification where id = '" + notification + "'"),
                exhausted.toString());
    }

    @Test
    void aHeldPledgeLongPastItsExpiryIsCaught() throws Exception {
        String wish = anyWishWithRoom(100);
        UUID pledge = UUID.randomUUID();
        // the wish's pledged total follows the pledge, so only the expired hold is wrong
        detects("expired-holds", pledge.toString(),
                List.of("insert into pledge (id, wish_id, donor_subject, amount_fen, status, on_expiry, idempotency_key, request_hash, "
                                + "payment_reference, hold_expires_at, created_at) values ('" + pledge + "', '" + wish + "', '" + UUID.randomUUID()
                                + "', 100, 'HELD', 'REFUND', 'invariant-test', '" + "0".repeat(64) + "', 'TEST" + pledge.toString().substring(0, 8)
                                + "', now() - interval '7 days', now() - interval '7 days')",
                        "update wish set pledged_fen = pledged_fen + 100 where id = '" + wish + "'"),
                List.of("delete from pledge where id = '" + pledge + "'",
                        "update wish set pledged_fen = pledged_fen - 100 where id = '" + wish + "'"));
    }

    @Test
    void operatorsAndAdministratorsAreToldOncePerFailureEpisode() throws Exception {
        String wish = anyWishWithRoom(1);
        String breakIt = "update wish set pledged_fen = pledged_fen + 1 where id = '" + wish + "'";
        String restore = "update wish set pledged_fen = pledged_fen - 1 where id = '" + wish + "'";
        assertThat(result(runNow(), "wish-totals")).containsEntry("status", "OK");
        long adminBefore = notices(Demo.ADMIN);
        long operatorBefore = notices(Demo.MA_PROVINCE);
        long districtBefore = notices(Demo.LIU_NANMING);
        try {
            Sql.execute(jdbc, breakIt);
            runNow();
            runNow();
            runNow();
            assertThat(notices(Demo.ADMIN)).isEqualTo(adminBefore + 1);
            assertThat(notices(Demo.MA_PROVINCE)).isEqualTo(operatorBefore + 1);
            assertThat(notices(Demo.LIU_NANMING)).as("district staff are not operators").isEqualTo(districtBefore);
            List<Map<String, Object>> inbox = Api.staff(Demo.MA_PROVINCE).get("/api/v1/inbox?limit=5").then().statusCode(200)
                    .extract().path("items");
            assertThat(inbox.get(0)).containsEntry("kind", "INVARIANT_VIOLATED").containsEntry("deepLink", "weiyuan://admin/invariants");
            assertThat((String) inbox.get(0).get("title")).contains("微愿金额对账");
            assertThat((String) inbox.get(0).get("body")).contains(wish);
        } finally {
            Sql.execute(jdbc, restore);
        }
        assertThat(result(runNow(), "wish-totals")).containsEntry("status", "OK").containsEntry("failingSince", null);
        try {
            Sql.execute(jdbc, breakIt);
            runNow();
            assertThat(notices(Demo.ADMIN)).as("a new episode is news again").isEqualTo(adminBefore + 2);
        } finally {
            Sql.execute(jdbc, restore);
        }
        runNow();
    }

    @Test
    void aScheduledRoundRunsOnTheReplicaHoldingTheLeaseOnly() throws Throwable {
        Sql.execute(jdbc, "update invariant_lease set holder = null, leased_until = '1970-01-01T00:00:00Z'");
        try {
            io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> service.scheduledRound());
            String afterFirst = text("select cast(max(checked_at) as varchar) from invariant_result");
            assertThat(text("select holder from invariant_lease")).startsWith("replica-");
            // the lease is held: a second replica firing for the same round (here: the same one again) skips it
            io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> service.scheduledRound());
            assertThat(text("select cast(max(checked_at) as varchar) from invariant_result")).isEqualTo(afterFirst);
            // another replica holding it keeps this one out; once its lease has run out, this one runs
            Sql.execute(jdbc, "update invariant_lease set holder = 'replica-other', leased_until = now() + interval '1 hour'");
            assertThat(io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> service.takeLease())).isFalse();
            clock.advance(Duration.ofHours(1).plusSeconds(1)); // the other replica's lease runs out
            assertThat(io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> service.takeLease())).isTrue();
        } finally {
            Sql.execute(jdbc, "update invariant_lease set holder = null, leased_until = '1970-01-01T00:00:00Z'");
        }
    }

    /** Healthy, broken (found, with the id), still broken (health DOWN, readiness UP), restored (healthy again). */
    private void detects(String check, String expectedId, List<String> breakIt, List<String> restore, String... moreIds) throws Exception {
        assertThat(result(runNow(), check)).as("before").containsEntry("status", "OK");
        try {
            execute(breakIt);
            JsonPath report = runNow();
            Map<String, Object> found = result(report, check);
            assertThat(found).as(check).containsEntry("status", "VIOLATED");
            assertThat(((Number) found.get("violations")).longValue()).isGreaterThanOrEqualTo(1 + moreIds.length);
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) found.get("sampleIds");
            assertThat(ids).contains(expectedId);
            assertThat(ids).containsAll(List.of(moreIds));
            assertThat(found.get("failingSince")).isNotNull();
            assertThat(report.getBoolean("healthy")).isFalse();
            for (String other : CHECKS) {
                if (!other.equals(check)) {
                    assertThat(result(report, other)).as("only " + check + " is broken, not " + other).containsEntry("status", "OK");
                }
            }
            Api.admin().get("/api/v1/admin/invariants").then().body("healthy", is(false));
            given().get("/q/health/group/invariants").then().statusCode(503).body("status", is("DOWN"))
                    .body("checks[0].data.'" + check + "'", org.hamcrest.Matchers.startsWith("VIOLATED"));
            given().get("/q/health/ready").then().statusCode(200);
            assertThat(violationsGauge(check)).isGreaterThanOrEqualTo(1 + moreIds.length);
        } finally {
            execute(restore);
        }
        JsonPath after = runNow();
        assertThat(result(after, check)).as("restored").containsEntry("status", "OK").containsEntry("violations", 0);
        given().get("/q/health/group/invariants").then().statusCode(200);
        assertThat(violationsGauge(check)).isZero();
    }

    /** What Prometheus scrapes as weiyuan_invariant_violations{check="..."}. */
    private double violationsGauge(String check) {
        return metrics.get("weiyuan.invariant.violations").tag("check", check).gauge().value();
    }

    private void execute(List<String> statements) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private String text(String sql) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private String anyWishWithRoom(long fen) throws Exception {
        return text("select cast(id as varchar) from wish where pledged_fen + " + fen + " <= target_fen order by id limit 1");
    }

    private long notices(UUID recipient) throws Exception {
        return Sql.count(jdbc, "select count(*) from inbox_notification where kind = 'INVARIANT_VIOLATED' and recipient = '" + recipient + "'");
    }
}
