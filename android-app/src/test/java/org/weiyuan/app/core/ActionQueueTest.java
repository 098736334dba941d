package org.weiyuan.app.core;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actions kept offline go out in order, once each, with their id as the Idempotency-Key, when the
 * network returns; transient failures (503, 401, timeouts) keep them; refusals are reported, not retried.
 */
class ActionQueueTest {

    private final MockWebServer server = new MockWebServer();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private volatile Function<RecordedRequest, MockResponse> answer = r -> new MockResponse().setBody("{}");
    private final AtomicReference<String> stored = new AtomicReference<>();
    private final ActionQueue.Storage storage = new ActionQueue.Storage() {
        @Override
        public String read() {
            return stored.get();
        }

        @Override
        public void write(String json) {
            stored.set(json);
        }
    };

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                MockResponse a = answer.apply(r);
                if (a.getSocketPolicy() != SocketPolicy.DISCONNECT_AFTER_REQUEST && a.getSocketPolicy() != SocketPolicy.NO_RESPONSE) {
                    received.add(r.getMethod() + " " + r.getPath() + " " + r.getBody().readUtf8());
                    keys.add(r.getHeader("Idempotency-Key"));
                }
                return a;
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private ApiClient api() {
        return new ApiClient(server.url("/").toString(), null, "zh-CN");
    }

    @Test
    void keptActionsGoOutOldestFirstAndSurviveARestart() {
        new ActionQueue(storage).add(Action.answerAboutFile("h1", "q1", "三口人").labelled("回答：家里几口人？"));
        new ActionQueue(storage).add(Action.approveFile("h2").labelled("审核通过：李四"));

        ActionQueue afterRestart = new ActionQueue(storage); // a new queue over what was stored
        assertThat(afterRestart.size()).isEqualTo(2);
        ActionQueue.Outcome outcome = afterRestart.flush(api());

        assertThat(outcome.sent).containsExactly("回答：家里几口人？", "审核通过：李四");
        assertThat(outcome.waiting).isZero();
        assertThat(received).containsExactly("POST /api/v1/households/h1/questions/q1/answer {\"answer\":\"三口人\"}",
                "POST /api/v1/households/h2/approve ");
        assertThat(afterRestart.size()).isZero();
    }

    @Test
    void stillOfflineKeepsTheRestForNextTime() {
        ActionQueue queue = new ActionQueue(storage);
        queue.add(Action.markRead("n1").labelled("n1"));
        queue.add(Action.markRead("n2").labelled("n2"));
        queue.add(Action.markRead("n3").labelled("n3"));
        answer = r -> r.getPath().contains("n2") ? new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST)
                : new MockResponse().setBody("{}");

        ActionQueue.Outcome first = queue.flush(api());
        assertThat(first.sent).containsExactly("n1");
        assertThat(first.waiting).isEqualTo(2);

        answer = r -> new MockResponse().setBody("{}");
        ActionQueue.Outcome second = queue.flush(api());
        assertThat(second.sent).containsExactly("n2", "n3");
        assertThat(received).hasSize(3);
    }

    @Test
    void aRefusalIsReportedWithTheServersDetailAndNotTriedAgain() {
        ActionQueue queue = new ActionQueue(storage);
        queue.add(Action.approveDisbursement("d1").labelled("复核通过：冬天的棉被"));
        queue.add(Action.publishWish("w1").labelled("发布：轮椅"));
        answer = r -> r.getPath().contains("d1")
                ? new MockResponse().setResponseCode(409).setHeader("Content-Type", "application/problem+json")
                        .setBody("{\"status\":409,\"detail\":\"登记拨付的人不能自己复核\"}")
                : new MockResponse().setBody("{}");

        ActionQueue.Outcome outcome = queue.flush(api());

        assertThat(outcome.refused).hasSize(1);
        assertThat(outcome.refused.get(0).label).isEqualTo("复核通过：冬天的棉被");
        assertThat(outcome.refused.get(0).detail).isEqualTo("登记拨付的人不能自己复核");
        assertThat(outcome.sent).containsExactly("发布：轮椅");
        assertThat(queue.flush(api()).isEmpty()).isTrue();
        assertThat(received).hasSize(2);
    }

    @Test
    void twoScreensFlushingAtOnceSendEachActionOnce() throws Exception {
        for (int i = 0; i < 50; i++) {
            new ActionQueue(storage).add(Action.markRead("n" + i).labelled("n" + i));
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < 2; t++) {
            two.execute(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                new ActionQueue(storage).flush(api());
            });
        }
        go.countDown();
        two.shutdown();
        assertThat(two.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(received).hasSize(50).doesNotHaveDuplicates();
        assertThat(new ActionQueue(storage).size()).isZero();
    }

    @Test
    void aServerOutageOrAnExpiredSessionKeepsEveryActionAndTheSameKeyGoesOutAgain() {
        ActionQueue queue = new ActionQueue(storage);
        Action approve = Action.approveFile("h1").labelled("审核通过：王*");
        queue.add(approve);
        queue.add(Action.markRead("n1").labelled("n1"));

        answer = r -> new MockResponse().setResponseCode(503).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"status\":503,\"detail\":\"服务暂时不可用\"}");
        ActionQueue.Outcome outage = queue.flush(api());
        assertThat(outage.refused).isEmpty();
        assertThat(outage.waiting).isEqualTo(2);

        answer = r -> new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"status\":401,\"detail\":\"请先登录\"}");
        ActionQueue.Outcome expired = queue.flush(api());
        assertThat(expired.refused).isEmpty();
        assertThat(expired.waiting).isEqualTo(2);

        answer = r -> new MockResponse().setBody("{}");
        ActionQueue.Outcome back = queue.flush(api());
        assertThat(back.sent).containsExactly("审核通过：王*", "n1");
        assertThat(queue.size()).isZero();
        // the approval went out three times, always as the same action: the server can tell a replay
        assertThat(keys.subList(0, 3)).containsOnly(approve.id);
        assertThat(keys.get(3)).isNotEqualTo(approve.id);
    }

    @Test
    void aTimeoutKeepsTheActionAndNothingButARealRefusalDropsOne() {
        ActionQueue queue = new ActionQueue(storage);
        queue.add(Action.markRead("n1").labelled("n1"));
        answer = r -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
        ApiClient impatient = new ApiClient(server.url("/").toString(), null, "zh-CN", new okhttp3.OkHttpClient.Builder()
                .readTimeout(300, TimeUnit.MILLISECONDS).build());
        assertThat(queue.flush(impatient).waiting).isEqualTo(1);

        for (int status : new int[] {408, 429, 500, 502}) {
            answer = r -> new MockResponse().setResponseCode(status);
            assertThat(queue.flush(api()).waiting).as("after " + status).isEqualTo(1);
        }
        answer = r -> new MockResponse().setResponseCode(422).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"status\":422,\"detail\":\"这条消息不是您的\"}");
        ActionQueue.Outcome refused = queue.flush(api());
        assertThat(refused.refused).extracting(r -> r.detail).containsExactly("这条消息不是您的");
        assertThat(queue.size()).isZero();
    }

    @Test
    void theQueueCanBeReadWhileAFlushWaitsForTheNetwork() throws Exception {
        ActionQueue queue = new ActionQueue(storage);
        queue.add(Action.markRead("n1").labelled("n1"));
        CountDownLatch serverHolds = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(1);
        answer = r -> {
            arrived.countDown();
            try {
                serverHolds.await(10, TimeUnit.SECONDS); // a slow network: the answer takes its time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new MockResponse().setBody("{}");
        };
        ExecutorService flusher = Executors.newSingleThreadExecutor();
        flusher.execute(() -> queue.flush(api()));
        assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

        // what the main thread does (count what waits, add another) does not wait for the network
        ExecutorService mainThread = Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<Integer> size = mainThread.submit(() -> {
            queue.add(Action.markRead("n2").labelled("n2"));
            return queue.size();
        });
        assertThat(size.get(2, TimeUnit.SECONDS)).isEqualTo(2);
        serverHolds.countDown();
        flusher.shutdown();
        assertThat(flusher.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        mainThread.shutdown();
        assertThat(received).hasSize(2); // the one added meanwhile went out too, after the first
        assertThat(queue.size()).isZero();
    }

    @Test
    void retriesWaitLongerEachTimeUpToFiveMinutes() {
        assertThat(ActionQueue.backoffMillis(1)).isEqualTo(5_000);
        assertThat(ActionQueue.backoffMillis(2)).isEqualTo(10_000);
        assertThat(ActionQueue.backoffMillis(4)).isEqualTo(40_000);
        assertThat(ActionQueue.backoffMillis(30)).isEqualTo(300_000);
    }
}
