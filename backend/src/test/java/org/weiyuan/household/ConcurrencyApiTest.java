package org.weiyuan.household;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

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
