package org.weiyuan.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.FirebaseMessaging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.weiyuan.notify.Notifications.Device;

import java.util.Date;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Firebase Admin SDK, with only its HTTP transport replaced: checks the exact FCM v1
 * request Weiyuan sends and how FCM's answers are read.
 */
class FirebasePushProviderTest {

    private FirebaseApp app;
    /** "METHOD url" of the last request the SDK made. */
    private String requestLine;

    @AfterEach
    void deleteApp() {
        if (app != null) {
            app.delete();
        }
    }

    @Test
    void sendsOneLocalizedMessageWithTheDeepLinkToTheDevicesToken() throws Exception {
        MockLowLevelHttpRequest request = answering(200, "{\"name\":\"projects/weiyuan-test/messages/0:1\"}");
        FirebasePushProvider push = providerOver(request);
        String id = UUID.randomUUID().toString();

        PushProvider.Result result = push.send(device("token-abc"),
                new PushProvider.Message("微愿已发布", "“轮椅一台”已通过审核", "weiyuan://wishes/" + id, "WISH_PUBLISHED", id));

        assertThat(result).isEqualTo(PushProvider.Result.SENT);
        assertThat(requestLine).isEqualTo("POST https://fcm.googleapis.com/v1/projects/weiyuan-test/messages:send");
        assertThat(request.getFirstHeaderValue("Authorization")).isEqualTo("Bearer test-access-token");
        JsonNode message = new ObjectMapper().readTree(request.getContentAsString()).get("message");
        assertThat(message.get("token").asText()).isEqualTo("token-abc");
        assertThat(message.at("/notification/title").asText()).isEqualTo("微愿已发布");
        assertThat(message.at("/notification/body").asText()).isEqualTo("“轮椅一台”已通过审核");
        assertThat(message.at("/data/deepLink").asText()).isEqualTo("weiyuan://wishes/" + id);
        assertThat(message.at("/data/kind").asText()).isEqualTo("WISH_PUBLISHED");
        assertThat(message.at("/data/notificationId").asText()).isEqualTo(id);
        assertThat(message.at("/android/priority").asText()).isEqualTo("high");
        assertThat(message.at("/android/collapse_key").asText()).isEqualTo(id);
        assertThat(message.at("/android/notification/channel_id").asText()).isEqualTo("weiyuan");
    }

    @Test
    void anUnregisteredAnswerMeansTheTokenIsGone() {
        FirebasePushProvider push = providerOver(answering(404, fcmError(404, "NOT_FOUND", "UNREGISTERED",
                "Requested entity was not found.")));

        assertThat(push.send(device("stale"), message())).isEqualTo(PushProvider.Result.UNREGISTERED);
    }

    @Test
    void anInvalidTokenIsGoneButOtherBadRequestsAreRetried() {
        assertThat(providerOver(answering(400, fcmError(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT",
                "The registration token is not a valid FCM registration token"))).send(device("junk"), message()))
                .isEqualTo(PushProvider.Result.UNREGISTERED);
        app.delete();
        assertThat(providerOver(answering(429, fcmError(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED",
                "Quota exceeded"))).send(device("fine"), message()))
                .isEqualTo(PushProvider.Result.FAILED);
    }

    @Test
    void servesOnlyFcmDevicesAndIsOffWithoutCredentials() {
        FirebasePushProvider off = new FirebasePushProvider();
        off.credentialsPath = java.util.Optional.empty();
        off.projectId = java.util.Optional.empty();
        off.start();
        assertThat(off.enabled()).isFalse();

        Device vendor = device("x");
        vendor.platform = "android-vendor";
        assertThat(off.serves(vendor)).isFalse();
        assertThat(off.serves(device("y"))).isTrue();
    }

    private FirebasePushProvider providerOver(MockLowLevelHttpRequest request) {
        FirebaseOptions options = FirebaseOptions.builder()
                .setCredentials(GoogleCredentials.create(new AccessToken("test-access-token",
                        new Date(System.currentTimeMillis() + 3_600_000))))
                .setProjectId("weiyuan-test")
                .setHttpTransport(new MockHttpTransport() {
                    @Override
                    public com.google.api.client.http.LowLevelHttpRequest buildRequest(String method, String url) {
                        requestLine = method + " " + url;
                        return request;
                    }
                })
                .build();
        app = FirebaseApp.initializeApp(options, "test-" + UUID.randomUUID());
        return new FirebasePushProvider(FirebaseMessaging.getInstance(app));
    }

    private static MockLowLevelHttpRequest answering(int status, String body) {
        MockLowLevelHttpRequest request = new MockLowLevelHttpRequest();
        request.setResponse(new MockLowLevelHttpResponse().setStatusCode(status)
                .setContentType("application/json; charset=UTF-8").setContent(body));
        return request;
    }

    private static String fcmError(int code, String status, String fcmCode, String message) {
        return "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"status\":\"" + status + "\","
                + "\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\""
                + fcmCode + "\"}]}}";
    }

    private static Device device(String token) {
        Device d = new Device();
        d.id = UUID.randomUUID();
        d.platform = "android-fcm";
        d.token = token;
        d.language = "zh-CN";
        return d;
    }

    private static PushProvider.Message message() {
        String id = UUID.randomUUID().toString();
        return new PushProvider.Message("t", "b", "weiyuan://inbox", "WISH_FUNDED", id);
    }
}
