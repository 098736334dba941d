package org.weiyuan.household;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;
import org.weiyuan.support.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Concurrent writers: the audit chain stays one line and a file is approved once. */
@QuarkusTest
class ConcurrencyApiTest {

    @Test
    void concurrentFilingKeepsTheAuditChainIntact() throws Exception {
        int n = 40;
        List<Integer> statuses = runTogether(n, i -> () -> Api.worker(UUID.randomUUID())
                .body(Files.household(Demo.NANMING_COMMUNITY, 100_000 + i)).post("/api/v1/households").statusCode());
        assertThat(statuses).containsOnly(201);
        Api.admin().get("/api/v1/audit/verify").then().statusCode(200).body("intact", is(true));
    }

    @Test
    void twoStaffApprovingAtOnceGiveExactlyOneApproval() throws Exception {
        UUID worker = UUID.randomUUID();
        String id = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Files.verification()).post("/api/v1/households/" + id + "/verifications").then().statusCode(201);

        UUID[] approvers = {Demo.ZHOU_NANMING, Demo.CHEN_GUIYANG, Demo.MA_PROVINCE, Demo.ZHOU_NANMING};
        List<Integer> statuses = runTogether(approvers.length, i -> () ->
                Api.staff(approvers[i]).post("/api/v1/households/" + id + "/approve").statusCode());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 200).containsOnly(409);

        List<String> actions = Api.admin().get("/api/v1/audit?entityId=" + id).then().extract().path("items.action");
        assertThat(actions).filteredOn("HOUSEHOLD_APPROVED"::equals).hasSize(1);
        Api.admin().get("/api/v1/audit/verify").then().body("intact", is(true));
    }

    /**
     * A filing holds no lock that another filing of its unit needs while its transaction is open: the
     * monthly counters (household_month) are bumped at commit. Before, the second insert queued behind
     * the first transaction's counter row until it ended, so concurrent filings in one unit ran one at
     * a time (the test above then waited 30 s for an answer under load). The second transaction may wait
     * for no lock at all: with {@code lock_timeout} set, any wait fails it, however short.
     */
    @Test
    void anOpenFilingDoesNotHoldUpTheNextFilingOfItsUnit() throws Exception {
        assertNoWaitBehindAnOpenTransaction("insert into household (id, unit_id, registered_by, status, head_name, id_number_enc,"
                + " id_number_index, district, housing, other_monthly_income_fen, causes, member_count, total_monthly_income_fen,"
                + " per_capita_income_fen, review_cycle, created_at, updated_at) values (?, '" + Demo.NANMING_COMMUNITY + "', ?,"
                + " 'DRAFT', '并发户', 'test', md5(random()::text) || md5(random()::text), '南明区', 'RENTED', 0, 'ILLNESS', 1, 0, 0, 1,"
                + " ?, ?)", 4);
    }

    /** The same for approvals (and exits): counted from their audit row, at commit too. */
    @Test
    void anOpenApprovalDoesNotHoldUpTheNextApprovalInItsUnit() throws Exception {
        String household = Api.worker(UUID.randomUUID()).body(Files.household(Demo.NANMING_COMMUNITY, 200_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        assertNoWaitBehindAnOpenTransaction("insert into audit_entry (id, actor_subject, occurred_at, actor_role, action, entity_type,"
                + " entity_id) values (?, ?, ?, 'staff', 'HOUSEHOLD_APPROVED', 'household', '" + household + "')", 3);
    }

    /**
     * Runs {@code insert} (parameters: a new id, a subject, then moments up to {@code parameters}) in two
     * transactions, the first left open while the second inserts and runs its deferred triggers, then
     * rolls both back.
     */
    private static void assertNoWaitBehindAnOpenTransaction(String insert, int parameters) throws Exception {
        try (Connection first = Sql.transaction(); Connection second = Sql.transaction()) {
            try {
                insert(first, insert, parameters);
                try (Statement s = second.createStatement()) {
                    s.execute("set local lock_timeout = '500ms'");
                }
                insert(second, insert, parameters);
                try (Statement s = second.createStatement()) {
                    s.execute("set constraints all immediate"); // what its commit would run, while the first is still open
                }
            } finally {
                first.rollback();
                second.rollback();
            }
        }
    }

    private static void insert(Connection c, String insert, int parameters) throws Exception {
        try (PreparedStatement s = c.prepareStatement(insert)) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, UUID.randomUUID());
            for (int i = 3; i <= parameters; i++) {
                s.setTimestamp(i, Timestamp.from(Instant.parse("2026-11-15T02:00:00Z")));
            }
            s.executeUpdate();
        }
    }

    interface Task {
        Callable<Integer> make(int i);
    }

    private static List<Integer> runTogether(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 16));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Integer> c = task.make(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
