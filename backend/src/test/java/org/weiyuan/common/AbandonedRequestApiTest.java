package org.weiyuan.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.LogCapture;
import org.weiyuan.support.Sql;
import org.weiyuan.support.Tokens;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * Clients that leave in the middle of a write (a phone losing its signal, a load generator's timeout):
 * they send a pledge or an {@code @Idempotent} household filing and close the connection while the
 * write's transaction is open (held up on a lock this test holds). The server logs no error, leaks no
 * pooled connection, and each abandoned write is committed whole (its row, its audit line, its kept
 * Idempotency-Key), never half; the money still adds up. Before, Quarkus REST cancelled the write's
 * {@code Uni} when the connection closed, and Hibernate Reactive tore its session down under the
 * running statement ("Session/EntityManager is closed", a rolled-back transaction).
 */
@QuarkusTest
class AbandonedRequestApiTest {

    private static final int PLEDGES = 12;
    private static final int FILINGS = 6;
    private static final int ROUNDS = 2;
    private static final long AMOUNT = 100;

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    AgroalDataSource jdbc;

    private LogCapture capture;

    @BeforeEach
    void captureLogs() {
        capture = LogCapture.of("");
    }

    @AfterEach
    void stopCapturing() {
        capture.close();
    }

    @Test
    void writesWhoseClientLeftRunToTheirEndAndLeaveNoErrorOrLeakBehind() throws Exception {
        String wish = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(1_000_000));
        int poolSize = ConfigProvider.getConfig().getValue("quarkus.datasource.reactive.max-size", Integer.class);
        assertThat(PLEDGES + FILINGS).as("every abandoned write holds a pooled connection at once").isLessThanOrEqualTo(poolSize);

        List<UUID> workers = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            workers.addAll(abandonWrites(wish, round));
        }

        // N abandoned writes, then N + pool size ordinary requests: none waits for a connection that never came back
        int ordinary = ROUNDS * (PLEDGES + FILINGS) + poolSize;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < ordinary; i++) {
                UUID donor = UUID.randomUUID();
                answers.add(pool.submit(() -> Api.as(donor, "donor").header("Idempotency-Key", "stayed-" + donor)
                        .body(Map.of("amountFen", AMOUNT)).post("/api/v1/wishes/" + wish + "/pledges").statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(troubles()).as("errors or torn-down sessions in the log").isEmpty();

        // every abandoned pledge is there whole: its row, its audit line, its share of the wish's total
        assertThat(count("select count(*) from pledge p where p.wish_id = '" + wish + "' and p.idempotency_key like 'gone-%'"
                + " and exists (select 1 from audit_entry a where a.entity_id = p.id and a.action = 'PLEDGE_HELD')"))
                .isEqualTo(ROUNDS * PLEDGES);
        assertThat(count("select count(*) from pledge p where p.wish_id = '" + wish + "'"
                + " and not exists (select 1 from audit_entry a where a.entity_id = p.id and a.action = 'PLEDGE_HELD')")).isZero();
        assertThat(count("select pledged_fen from wish where id = '" + wish + "'"))
                .isEqualTo(count("select coalesce(sum(amount_fen), 0) from pledge where wish_id = '" + wish + "'"))
                .isEqualTo((ROUNDS * PLEDGES + ordinary) * AMOUNT);
        // every abandoned filing too: the household, its audit line and its kept key (answered 201)
        String registeredBy = "registered_by in (" + String.join(",", workers.stream().map(w -> "'" + w + "'").toList()) + ")";
        assertThat(count("select count(*) from household h where " + registeredBy
                + " and exists (select 1 from audit_entry a where a.entity_id = h.id and a.action = 'HOUSEHOLD_CREATED')"
                + " and exists (select 1 from idempotent_request r where r.subject = h.registered_by and r.status = 201)"))
                .isEqualTo(ROUNDS * FILINGS);
        assertThat(count("select count(*) from household where " + registeredBy)).isEqualTo(ROUNDS * FILINGS);

        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true)).body("wishMismatches", hasSize(0));
        Api.admin().get("/api/v1/audit/verify").then().statusCode(200).body("intact", is(true));
        Api.admin().post("/api/v1/admin/invariants").then().statusCode(200).body("healthy", is(true));

    }

    /**
     * One round: holds the wish's row and, for each filing, its Idempotency-Key, so that every write
     * stops inside its transaction; sends the writes on raw connections, closes each once all of them
     * wait on the database, then lets them go on and waits until none is left in a transaction.
     * Returns the filing workers.
     */
    private List<UUID> abandonWrites(String wish, int round) throws Exception {
        List<UUID> workers = new ArrayList<>();
        List<Socket> sockets = new ArrayList<>();
        try (Connection holder = Sql.transaction()) {
            try (PreparedStatement lock = holder.prepareStatement("select id from wish where id = ? for update")) {
                lock.setObject(1, UUID.fromString(wish));
                lock.executeQuery().close();
            }
            for (int i = 0; i < PLEDGES; i++) {
                UUID donor = UUID.randomUUID();
                sockets.add(send("/api/v1/wishes/" + wish + "/pledges", donor, "donor", "gone-" + round + "-" + i,
                        Map.of("amountFen", AMOUNT)));
            }
            for (int i = 0; i < FILINGS; i++) {
                UUID worker = UUID.randomUUID();
                String key = "gone-" + round + "-" + i;
                holdKey(holder, worker, key);
                workers.add(worker);
                sockets.add(send("/api/v1/households", worker, "worker", key, Files.household(Demo.NANMING_COMMUNITY, 100_000 + i)));
            }
            awaitUntil("every write waiting inside its transaction", () -> waiting() == PLEDGES + FILINGS);
            for (Socket s : sockets) {
                s.close();
            }
            Thread.sleep(500); // the server sees the connections close while the writes still wait
            holder.rollback();
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
        awaitUntil("no abandoned write left waiting or in a transaction", () -> inTransaction() == 0);
        return workers;
    }

    /** Waits (bounded, generously: the machine may be busy) until the condition holds. */
    private static void awaitUntil(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Sends a whole request and leaves the connection open, its answer unread. */
    private Socket send(String path, UUID subject, String role, String key, Object body) throws Exception {
        byte[] content = json.writeValueAsBytes(body);
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: localhost:" + RestAssured.port + "\r\n"
                + "Authorization: Bearer " + Tokens.token(subject, role) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Idempotency-Key: " + key + "\r\n"
                + "Content-Length: " + content.length + "\r\n\r\n";
        Socket socket = new Socket("localhost", RestAssured.port);
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(content);
        out.flush();
        return socket;
    }

    /** An uncommitted row under the worker's key: the filing's claim of that key waits for this transaction. */
    private static void holdKey(Connection holder, UUID worker, String key) throws Exception {
        try (PreparedStatement s = holder.prepareStatement("insert into idempotent_request (id, subject, idempotency_key, method,"
                + " path, request_hash, status, created_at) values (?, ?, ?, 'POST', '/held', repeat('0', 64), 0, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, worker);
            s.setString(3, key);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    /** Server connections waiting for a lock. */
    private long waiting() {
        return countQuietly("select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
    }

    /** Server connections waiting for a lock or holding a transaction open (other than this query's). */
    private long inTransaction() {
        return countQuietly("select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                + " and backend_type = 'client backend' and (wait_event_type = 'Lock' or state in ('active', 'idle in transaction', 'idle in transaction (aborted)'))");
    }

    /** Errors, and the signs of a session torn down under a running statement, whatever their level. */
    private List<String> troubles() {
        List<String> out = new ArrayList<>();
        for (LogRecord r : capture.records()) {
            StringBuilder text = new StringBuilder(r.getLoggerName() + " " + r.getLevel() + " " + r.getMessage());
            for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                text.append(" / ").append(t);
            }
            String s = text.toString();
            if (r.getLevel().intValue() >= Level.SEVERE.intValue() || s.contains("Session/EntityManager is closed")
                    || s.contains("non-threadsafe") || s.contains("HR000069") || s.toLowerCase().contains("rolled back")) {
                out.add(s);
            }
        }
        return out;
    }

    private long count(String sql) throws Exception {
        return Sql.count(jdbc, sql);
    }

    private long countQuietly(String sql) {
        try {
            return count(sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
