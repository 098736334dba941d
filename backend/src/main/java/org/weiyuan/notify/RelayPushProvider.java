package org.weiyuan.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.notify.Notifications.Device;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Push to phones without Google services (厂商推送: Huawei, Xiaomi, OPPO, vivo, the usual case in
 * mainland China) through a push relay the union operates ({@code android-vendor} devices): one
 * HTTP POST per message to the relay's URL, which the operator configures
 * ({@code weiyuan.notify.push.relay.url}; off without one). The notification id goes as the
 * {@code Idempotency-Key}, so a redelivery after a crash (the outbox is at-least-once) can be
 * dropped by the relay and replaces rather than stacks on the phone.
 */
@ApplicationScoped
public class RelayPushProvider implements PushProvider {

    private static final Logger LOG = Logger.getLogger(RelayPushProvider.class);
    static final String PLATFORM = "android-vendor";

    private final Optional<URI> url;
    private final Optional<String> token;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @jakarta.inject.Inject
    RelayPushProvider(NotifyConfig config, ObjectMapper json) {
        this(config.push().relay().url(), config.push().relay().token(), json);
    }

    RelayPushProvider(Optional<String> url, Optional<String> token, ObjectMapper json) {
        this.url = url.filter(u -> !u.isBlank()).map(URI::create);
        this.token = token.filter(t -> !t.isBlank());
        this.json = json;
        LOG.info(this.url.isPresent() ? "Vendor push relay is on" : "Vendor push relay is off: no weiyuan.notify.push.relay.url (inbox only)");
    }

    @Override
    public boolean enabled() {
        return url.isPresent();
    }

    @Override
    public boolean serves(Device device) {
        return PLATFORM.equals(device.platform);
    }

    /** Blocking (the outbox dispatcher sends off the event loop): 2xx sent, 404/410 token gone, anything else retried. */
    @Override
    public Result send(Device device, Message message) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.orElseThrow())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", message.notificationId())
                .POST(HttpRequest.BodyPublishers.ofString(body(device, message)));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            return classify(http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return Result.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.FAILED;
        }
    }

    static Result classify(int status) {
        if (status >= 200 && status < 300) {
            return Result.SENT;
        }
        return status == 404 || status == 410 ? Result.UNREGISTERED : Result.FAILED;
    }

    String body(Device device, Message m) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("token", device.token);
        body.put("title", m.title());
        body.put("body", m.body());
        body.put("deepLink", m.deepLink());
        body.put("kind", m.kind());
        body.put("notificationId", m.notificationId());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
