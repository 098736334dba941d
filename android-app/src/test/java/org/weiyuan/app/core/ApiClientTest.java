package org.weiyuan.app.core;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API client against a scripted server: parsing, problem+json errors, the token refresh. */
class ApiClientTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static final String FEED = "{\"items\":[{\"id\":\"w1\",\"kind\":\"GOODS\",\"title\":\"冬天的棉被\",\"story\":\"老房子漏风\","
            + "\"district\":\"南明区\",\"targetFen\":70000,\"pledgedFen\":35000,\"paidFen\":30000,\"remainingFen\":35000,"
            + "\"progressPercent\":50,\"deadline\":\"2026-12-31\"}],\"nextCursor\":\"c2\"}";

    @Test
    void readsTheFeedAndSendsTheUsersLanguage() throws Exception {
        server.enqueue(new MockResponse().setBody(FEED).setHeader("Content-Type", "application/json"));
        ApiClient api = new ApiClient(server.url("/").toString(), null, "zh-CN");

        ApiClient.Page<WishCard> page = api.feed(null);

        assertThat(page.items).hasSize(1);
        WishCard w = page.items.get(0);
        assertThat(w.title).isEqualTo("冬天的棉被");
        assertThat(w.progressPercent).isEqualTo(50);
        assertThat(w.remainingFen).isEqualTo(35_000);
        assertThat(page.nextCursor).isEqualTo("c2");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getPath()).isEqualTo("/api/v1/feed/wishes?limit=20&sort=URGENCY");
        assertThat(r.getHeader("Accept-Language")).isEqualTo("zh-CN");
        assertThat(r.getHeader("Authorization")).isNull();
    }

    @Test
    void aProblemAnswerCarriesTheServersDetailAndFields() {
        server.enqueue(new MockResponse().setResponseCode(409).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"type\":\"https://weiyuan.org/problems/remainder-exceeded\",\"title\":\"Conflict\",\"status\":409,"
                        + "\"detail\":\"这个微愿只差 50.00 元了\",\"errors\":[{\"field\":\"amountFen\",\"message\":\"最多 5000 分\"}]}"));
        ApiClient api = new ApiClient(server.url("/").toString(), tokens("t", null, new AtomicInteger()), "zh-CN");

        assertThatThrownBy(() -> api.pledge("w1", 10_000, "key-1"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status).isEqualTo(409);
                    assertThat(e.detail).isEqualTo("这个微愿只差 50.00 元了");
                    assertThat(e.fields).containsEntry("amountFen", "最多 5000 分");
                });
    }

    @Test
    void anAnswerThatIsNotJsonStillBecomesAReadableError() {
        server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad Gateway</html>"));
        ApiClient api = new ApiClient(server.url("/").toString(), null, "en");
        assertThatThrownBy(() -> api.feed(null)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.detail).isEqualTo("HTTP 502"));
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheCallRepeatedWithTheSameIdempotencyKey() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"status\":401,\"detail\":\"请重新登录\"}"));
        server.enqueue(new MockResponse().setResponseCode(201).setBody("{\"id\":\"p1\",\"wishId\":\"w1\",\"amountFen\":5000,"
                + "\"status\":\"HELD\",\"payment\":{\"reference\":\"sb-1\"}}"));
        AtomicInteger refreshes = new AtomicInteger();
        ApiClient api = new ApiClient(server.url("/").toString(), tokens("old", "new", refreshes), "zh-CN");

        Responses.Pledge pledge = api.pledge("w1", 5_000, "key-7");
        assertThat(pledge.id).isEqualTo("p1");
        assertThat(pledge.paymentReference).isEqualTo("sb-1");

        assertThat(refreshes.get()).isEqualTo(1);
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getHeader("Authorization")).isEqualTo("Bearer old");
        assertThat(second.getHeader("Authorization")).isEqualTo("Bearer new");
        assertThat(second.getHeader("Idempotency-Key")).isEqualTo("key-7");
        assertThat(second.getBody().readUtf8()).isEqualTo("{\"amountFen\":5000}");
    }

    @Test
    void whenTheRefreshFailsTooTheUserIsToldToSignIn() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"status\":401,\"detail\":\"登录已过期\"}"));
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"status\":401,\"detail\":\"请重新登录\"}"));
        ApiClient api = new ApiClient(server.url("/").toString(), tokens("old", null, new AtomicInteger()), "zh-CN");
        assertThatThrownBy(() -> api.pledge("w1", 100, "k")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status).isEqualTo(401));
    }

    @Test
    void aReceiptComesBackAsTheExactBytesOfThePdfEvenAfterARefresh() throws Exception {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', (byte) 0xE2, (byte) 0x80, 0, (byte) 0xFF};
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"status\":401}"));
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/pdf").setBody(new okio.Buffer().write(pdf)));
        ApiClient api = new ApiClient(server.url("/").toString(), tokens("old", "new", new AtomicInteger()), "zh-CN");

        assertThat(api.receipt("p1")).isEqualTo(pdf);

        server.takeRequest();
        RecordedRequest r = server.takeRequest();
        assertThat(r.getPath()).isEqualTo("/api/v1/pledges/p1/receipt");
        assertThat(r.getHeader("Accept")).isEqualTo("application/pdf, application/problem+json");
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer new");
    }

    @Test
    void aReceiptTheServerCannotMakeIsItsProblemDetailNotAPdf() {
        server.enqueue(new MockResponse().setResponseCode(503).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"status\":503,\"detail\":\"本机没有安装中文字体，暂时无法生成收据\"}"));
        ApiClient api = new ApiClient(server.url("/").toString(), tokens("t", null, new AtomicInteger()), "zh-CN");
        assertThatThrownBy(() -> api.receipt("p1")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.detail).isEqualTo("本机没有安装中文字体，暂时无法生成收据"));
    }

    @Test
    void signingOutForgetsThePushTokenWhateverItsCharacters() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(204));
        new ApiClient(server.url("/").toString(), tokens("t", null, new AtomicInteger()), "zh-CN").unregisterDevice("fcm:a/b c");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("DELETE");
        assertThat(r.getPath()).isEqualTo("/api/v1/devices/fcm:a%2Fb%20c");
    }

    private static ApiClient.Tokens tokens(String current, String refreshed, AtomicInteger refreshes) {
        return new ApiClient.Tokens() {
            @Override
            public String accessToken() {
                return current;
            }

            @Override
            public String refresh() {
                refreshes.incrementAndGet();
                return refreshed;
            }
        };
    }
}
