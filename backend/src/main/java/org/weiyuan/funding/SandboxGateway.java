package org.weiyuan.funding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.common.DomainException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A payment gateway for demos and tests that behaves like a real one where it matters: the donor
 * "pays" on its checkout, and the gateway later calls our notification endpoint over HTTP with
 * an HMAC-SHA256 signature, asynchronously, so late and repeated notifications happen as in life.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    public static final String NAME = "sandbox";
    public static final String SIGNATURE_HEADER = "X-Weiyuan-Signature";
    private static final Logger LOG = Logger.getLogger(SandboxGateway.class);

    final String secret;
    final String callbackUrl;
    final long delayMs;
    final Vertx vertx;
    final ObjectMapper json;

    SandboxGateway(Vertx vertx, ObjectMapper json, FundingConfig config) {
        this.secret = config.payments().sandbox().secret();
        this.callbackUrl = config.payments().sandbox().callbackUrl();
        this.delayMs = config.payments().sandbox().delayMs();
        this.vertx = vertx;
        this.json = json;
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Session start(String reference, long amountFen) {
        return new Session(NAME, reference, "/api/v1/sandbox/checkout/" + reference);
    }

    /** How often a real gateway would resend a notification that was not acknowledged (5xx or no answer). */
    static final int NOTIFY_ATTEMPTS = 8;

    /** The donor paid on the sandbox checkout: notify us a little later, as a gateway would. */
    public void completePayment(String reference, long amountFen) {
        notify(reference, notificationBody(reference, amountFen), 1, Math.max(1, delayMs));
    }

    /**
     * Sends the notification; like a real gateway, resends it with a growing pause (1 s, 2 s, … 30 s)
     * while the platform answers 5xx or not at all (a database outage), so a payment made during
     * one is still recorded once the platform is back. A 4xx is final.
     */
    private void notify(String reference, String body, int attempt, long delay) {
        vertx.setTimer(delay, id -> http.sendAsync(HttpRequest.newBuilder(URI.create(callbackUrl))
                        .header("Content-Type", "application/json")
                        .header(SIGNATURE_HEADER, sign(body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, failure) -> {
                    if (failure == null && response.statusCode() == 200) {
                        return;
                    }
                    String outcome = failure != null ? failure.toString() : response.statusCode() + " " + response.body();
                    boolean retry = failure != null || response.statusCode() >= 500;
                    if (retry && attempt < NOTIFY_ATTEMPTS) {
                        LOG.debugf("Sandbox notification for %s not acknowledged (%s); resending", reference, outcome);
                        notify(reference, body, attempt + 1, Math.min(30_000L, 1000L << (attempt - 1)));
                    } else {
                        LOG.warnf("Sandbox notification for %s not acknowledged after %d attempts: %s", reference, attempt, outcome);
                    }
                }));
    }

    public String notificationBody(String reference, long amountFen) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("notificationId", UUID.randomUUID().toString());
        n.put("reference", reference);
        n.put("amountFen", amountFen);
        n.put("status", "SUCCESS");
        try {
            return json.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Notification verify(String body, String signature) {
        if (signature == null || body == null
                || !MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII), signature.trim().getBytes(StandardCharsets.US_ASCII))) {
            throw DomainException.badSignature();
        }
        try {
            JsonNode n = json.readTree(body);
            return new Notification(n.path("notificationId").asText(), n.path("reference").asText(),
                    n.path("amountFen").asLong(), n.path("status").asText());
        } catch (java.io.IOException e) {
            throw DomainException.badParameter("body", "problem.json.unreadable");
        }
    }
}
