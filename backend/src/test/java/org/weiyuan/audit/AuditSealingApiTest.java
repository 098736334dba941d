package org.weiyuan.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weiyuan.support.Api;
import org.weiyuan.support.Sql;
import org.weiyuan.support.TestClock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

/**
 * The lock-free audit log: rows appended unsealed by concurrent transactions, sealed afterwards by
 * one sealer at a time, and every kind of tampering with sealed entries still caught. The sealer is
 * triggered directly (its schedule is off in tests); time moves only through {@link TestClock}.
 */
@QuarkusTest
class AuditSealingApiTest {

    @Inject
    AgroalDataSource jdbc;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    TestClock clock;

    @Inject
    AuditEntryRepository entries;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Appends an unsealed row as AuditLog does, on the given connection (its transaction decides when it commits). */
    private long append(Connection c, String action) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into audit_entry (id, occurred_at, actor_subject, actor_role, action,"
                + " entity_type, entity_id) values (?, ?, ?, 'admin', ?, 'test', ?) returning seq")) {
            s.setObject(1, UUID.randomUUID());
            s.setTimestamp(2, Timestamp.from(clock.instant()));
            s.setObject(3, UUID.randomUUID());
            s.setString(4, action);
            s.setObject(5, UUID.randomUUID());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long appendCommitted(String action) throws Exception {
        try (Connection c = jdbc.getConnection()) {
            return append(c, action);
        }
    }

    /** The row's chain position; null while unsealed; -1 when the row is not visible (not committed). */
    private long position(long seq) throws Exception {
        try (Connection c = jdbc.getConnection();
             PreparedStatement s = c.prepareStatement("select coalesce(chain_pos, 0) from audit_entry where seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /**
     * The chain's verification walks every sealed entry in one session, a batch at a time: a batch it has
     * read must not stay in that session (at 184,496 entries they held ~320 MB until the walk ended).
     */
    @Test
    void theChainWalkKeepsNoBatchInItsSession() throws Throwable {
        appendCommitted("WALKED");
        seal();
        boolean kept = io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> io.quarkus.hibernate.reactive.panache.Panache
                .withSession(() -> entries.sealedAfter(0L, 50).chain(batch -> entries.getSession().map(session -> {
                    assertThat(batch).isNotEmpty();
                    return batch.stream().anyMatch(session::contains);
                }))));
        assertThat(kept).as("entries of a walked batch still managed by the session").isFalse();
    }

    private long seal() {
        return sealer.sealPending(true).await().indefinitely();
    }

    @Test
    void aRowCommittedOutOfSequenceOrderIsSealedAfterTheHeadAndTheChainVerifies() throws Exception {
        seal();
        try (Connection slow = Sql.transaction(); Connection fast = Sql.transaction()) {
            long early = append(slow, "TEST_SLOW_WRITER");
            long late = append(fast, "TEST_FAST_WRITER");
            fast.commit();
            assertThat(early).isLessThan(late);

            assertThat(seal()).isEqualTo(1);
            assertThat(position(late)).isPositive();
            assertThat(position(early)).isEqualTo(-1);
            Api.admin().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", is(true)).body("unsealedEntries", is(0));

            slow.commit();
            Api.admin().get("/api/v1/audit/verify").then().body("intact", is(true)).body("unsealedEntries", is(1));
            assertThat(seal()).isEqualTo(1);
            assertThat(position(early)).isEqualTo(position(late) + 1);
        }
        Api.admin().get("/api/v1/audit/verify").then().statusCode(200)
                .body("intact", is(true)).body("unsealedEntries", is(0));
    }

    @Test
    void onlyOneSealerAtATimeAndConcurrentSealersNeverForkTheChain() throws Exception {
        seal();
        long row = appendCommitted("TEST_WAITS_FOR_SEALER");
        try (Connection other = Sql.transaction()) {
            try (PreparedStatement s = other.prepareStatement("select pg_advisory_xact_lock(" + AuditRepository.SEAL_LOCK + ")::text")) {
                s.execute();
            }
            // another replica is sealing: the scheduled round skips instead of queueing
            assertThat(sealer.sealPending(false).await().indefinitely()).isZero();
            assertThat(position(row)).isZero();
            other.rollback();
        }
        assertThat(sealer.sealPending(false).await().indefinitely()).isEqualTo(1);
        assertThat(position(row)).isPositive();

        List<Long> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(appendCommitted("TEST_CONCURRENT_" + i));
        }
        List<Uni<Long>> sealers = List.of(sealer.sealPending(true), sealer.sealPending(true), sealer.sealPending(false),
                sealer.sealPending(true));
        List<Long> sealed = Uni.join().all(sealers).andFailFast().await().indefinitely();
        assertThat(sealed.stream().mapToLong(Long::longValue).sum()).isEqualTo(40);
        for (long seq : rows) {
            assertThat(position(seq)).isPositive();
        }
        assertThat(Sql.count(jdbc, "select count(*) - count(distinct chain_pos) from audit_entry where chain_pos is not null")).isZero();
        assertThat(Sql.count(jdbc, "select max(chain_pos) - count(chain_pos) from audit_entry")).isZero();
        Api.admin().get("/api/v1/audit/verify").then().body("intact", is(true));
    }

    @Test
    void theUnsealedTailsAgeIsReportedAgainstTheBound() throws Exception {
        seal();
        appendCommitted("TEST_UNSEALED_TAIL");
        Api.admin().get("/api/v1/audit/verify").then().body("unsealedEntries", is(1)).body("unsealedWithinBound", is(true))
                .body("maxUnsealedAgeSeconds", is(60));
        clock.advance(Duration.ofMinutes(2));
        Api.admin().get("/api/v1/audit/verify").then().statusCode(200)
                .body("intact", is(true))
                .body("unsealedEntries", is(1))
                .body("oldestUnsealedAgeSeconds", greaterThanOrEqualTo(120))
                .body("unsealedWithinBound", is(false));
        seal();
        Api.admin().get("/api/v1/audit/verify").then().body("unsealedEntries", is(0)).body("unsealedWithinBound", is(true));
    }

    @Test
    void deletingTheLastSealedEntryIsDetected() throws Exception {
        appendCommitted("TEST_LAST_ONE");
        seal();
        long head = Sql.count(jdbc, "select max(chain_pos) from audit_entry");
        try (Connection c = jdbc.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("create temporary table kept as select * from audit_entry where chain_pos = " + head);
            s.executeUpdate("delete from audit_entry where chain_pos = " + head);
            try {
                Api.admin().get("/api/v1/audit/verify").then().statusCode(200)
                        .body("intact", is(false))
                        .body("reason", containsString("deleted at the end"));
            } finally {
                s.executeUpdate("insert into audit_entry overriding system value select * from kept");
                s.executeUpdate("drop table kept");
            }
        }
        Api.admin().get("/api/v1/audit/verify").then().body("intact", is(true));
    }

    @Test
    void reorderingSealedEntriesIsDetected() throws Exception {
        appendCommitted("TEST_FIRST");
        appendCommitted("TEST_SECOND");
        seal();
        long head = Sql.count(jdbc, "select max(chain_pos) from audit_entry");
        String swap = "update audit_entry set chain_pos = -1 where chain_pos = " + head + ";"
                + "update audit_entry set chain_pos = " + head + " where chain_pos = " + (head - 1) + ";"
                + "update audit_entry set chain_pos = " + (head - 1) + " where chain_pos = -1";
        Sql.execute(jdbc, swap);
        try {
            Api.admin().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", is(false))
                    .body("reason", containsString("reordered"));
        } finally {
            Sql.execute(jdbc, swap);
        }
        Api.admin().get("/api/v1/audit/verify").then().body("intact", is(true));
    }

    @Test
    void anEntryForgedAfterTheHeadWithAValidHashIsDetected() throws Exception {
        seal();
        AuditEntry forged = new AuditEntry();
        forged.id = UUID.randomUUID();
        forged.occurredAt = Instant.parse("2026-01-01T00:00:00Z");
        forged.actorSubject = UUID.randomUUID();
        forged.actorRole = "admin";
        forged.action = "TEST_FORGED";
        forged.entityType = "test";
        long head = Sql.count(jdbc, "select max(chain_pos) from audit_entry");
        String headHash;
        try (Connection c = jdbc.getConnection(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("select hash from audit_entry where chain_pos = " + head)) {
            rs.next();
            headHash = rs.getString(1);
        }
        AuditChain.seal(List.of(forged), head, headHash);
        Sql.execute(jdbc, "insert into audit_entry (id, occurred_at, actor_subject, actor_role, action, entity_type, chain_pos, prev_hash, hash)"
                + " values ('" + forged.id + "', '2026-01-01T00:00:00Z', '" + forged.actorSubject + "', 'admin', 'TEST_FORGED', 'test', "
                + forged.chainPos + ", '" + forged.prevHash + "', '" + forged.hash + "')");
        try {
            Api.admin().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", is(false))
                    .body("reason", containsString("no seal records them"));
        } finally {
            Sql.execute(jdbc, "delete from audit_entry where id = '" + forged.id + "'");
        }
        Api.admin().get("/api/v1/audit/verify").then().body("intact", is(true));
    }

    @Test
    void theCheckpointSignsTheHeadAfterSealingWhatWasCommitted(@TempDir Path dir) throws Exception {
        long row = appendCommitted("TEST_BEFORE_CHECKPOINT");
        var response = Api.admin().get("/api/v1/audit/checkpoint").then().statusCode(200)
                .body("algorithm", is("Ed25519")).extract().response();
        assertThat(position(row)).isPositive();
        String statement = response.path("statement");
        String head = Api.admin().get("/api/v1/audit/verify").then().body("intact", is(true)).extract().path("headHash");
        long headPosition = ((Number) Api.admin().get("/api/v1/audit/verify").then().extract().path("headPosition")).longValue();
        assertThat(statement).contains("head: " + head + "\n").contains("position: " + headPosition + "\n");

        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode((String) response.path("publicKey")))));
        check.update(statement.getBytes(StandardCharsets.UTF_8));
        assertThat(check.verify(Base64.getDecoder().decode((String) response.path("signature")))).isTrue();

        Path file = checkpoints.writeFile(dir).await().indefinitely();
        assertThat(file.getFileName().toString()).startsWith("audit-checkpoint-").endsWith(".json");
        assertThat(Files.readString(file)).contains("\"signature\"").contains(head);

        Api.staff(org.weiyuan.support.Demo.LIU_NANMING).get("/api/v1/audit/checkpoint").then().statusCode(403);
    }
}
