package org.weiyuan.app.core;

import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing out ends the Keycloak session with the refresh token, as Keycloak's logout endpoint expects. */
class KeycloakLogoutTest {

    private final MockWebServer keycloak = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        keycloak.start();
    }

    @AfterEach
    void stop() throws IOException {
        keycloak.shutdown();
    }

    @Test
    void postsTheRefreshTokenToTheRealmsLogoutEndpoint() throws Exception {
        keycloak.enqueue(new MockResponse().setResponseCode(204));

        new KeycloakLogout(new OkHttpClient()).endSession(keycloak.url("/realms/weiyuan/").toString(), "weiyuan-app", "refresh-1");

        RecordedRequest r = keycloak.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath()).isEqualTo("/realms/weiyuan/protocol/openid-connect/logout");
        assertThat(r.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(r.getBody().readUtf8()).isEqualTo("client_id=weiyuan-app&refresh_token=refresh-1");
    }

    @Test
    void keycloaksRefusalCarriesItsDescription() {
        keycloak.enqueue(new MockResponse().setResponseCode(400)
                .setBody("{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}"));

        assertThatThrownBy(() -> new KeycloakLogout(new OkHttpClient())
                .endSession(keycloak.url("/realms/weiyuan").toString(), "weiyuan-app", "old"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status).isEqualTo(400);
                    assertThat(e.detail).isEqualTo("Session not active");
                });
    }
}
