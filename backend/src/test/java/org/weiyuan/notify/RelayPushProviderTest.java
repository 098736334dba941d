package org.weiyuan.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weiyuan.notify.Notifications.Device;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The vendor push relay over real HTTP (a JDK server standing in for the relay). */
class RelayPushProviderTest {

    HttpServer relay;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> keys = new CopyOnWriteArrayList<>();
    final List<String> auth = new CopyOnWriteArrayList<>();
    final AtomicInteger answer = new AtomicInteger(202);

    @BeforeEach
    void start() throws Exception {
        relay = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        relay.createContext("/push", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            auth.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        relay.start();
    }

    @AfterEach
    void stop() {
        relay.stop(0);
    }

    RelayPushProvider provider(String url) {
        return new RelayPushProvider(Optional.ofNullable(url), Optional.of("relay-secret"), new ObjectMapper());
    }

    String url() {
        return "http://127.0.0.1:" + relay.getAddress().getPort() + "/push";
    }

    static Device device(String platform) {
        Device d = new Device();
        d.platform = platform;
        d.token = "hms-token-1";
        return d;
    }

    static final PushProvider.Message MESSAGE = new PushProvider.Message("捐赠已到账", "谢谢您", "weiyuan://pledges/1", "PLEDGE_PAID",
            "5b0f4a52-2f8e-4d43-9d7e-1c9d8a7b6e01");

    @Test
    void offWithoutAUrlAndServesOnlyVendorDevices() {
        assertThat(provider(null).enabled()).isFalse();
        assertThat(provider(" ").enabled()).isFalse();
        RelayPushProvider on = provider(url());
        assertThat(on.enabled()).isTrue();
        assertThat(on.serves(device("android-vendor"))).isTrue();
        assertThat(on.serves(device("android-fcm"))).isFalse();
    }

    @Test
    void postsTheMessageWithTheNotificationIdAsIdempotencyKey() throws Exception {
        assertThat(provider(url()).send(device("android-vendor"), MESSAGE)).isEqualTo(PushProvider.Result.SENT);
        assertThat(bodies).hasSize(1);
        JsonNode body = new ObjectMapper().readTree(bodies.get(0));
        assertThat(body.get("token").asText()).isEqualTo("hms-token-1");
        assertThat(body.get("title").asText()).isEqualTo("捐赠已到账");
        assertThat(body.get("notificationId").asText()).isEqualTo(MESSAGE.notificationId());
        assertThat(keys).containsExactly(MESSAGE.notificationId());
        assertThat(auth).containsExactly("Bearer relay-secret");
    }

    @Test
    void aGoneTokenUnregistersAndAnythingElseIsRetried() {
        answer.set(410);
        assertThat(provider(url()).send(device("android-vendor"), MESSAGE)).isEqualTo(PushProvider.Result.UNREGISTERED);
        answer.set(503);
        assertThat(provider(url()).send(device("android-vendor"), MESSAGE)).isEqualTo(PushProvider.Result.FAILED);
        relay.stop(0); // the relay unreachable
        assertThat(provider(url()).send(device("android-vendor"), MESSAGE)).isEqualTo(PushProvider.Result.FAILED);
    }
}
