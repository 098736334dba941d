package org.weiyuan.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end on real components: the launcher starts embedded PostgreSQL, a real Keycloak with
 * the weiyuan realm and the backend; a demo worker signs in through Keycloak's login form (PKCE)
 * and the backend accepts that token, while a token signed by anyone else is refused.
 */
class PlatformIT {

    @TempDir
    static Path dataDir;
    static Platform platform;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startPlatform() throws Exception {
        Path root = Path.of(System.getProperty("weiyuan.repo.root", "..")).toAbsolutePath().normalize();
        // data thrown away after the run: PostgreSQL without fsync (PlatformFaultIT runs it durable)
        platform = Platform.start(new PlatformConfig(root, dataDir, freePort(), freePort(), freePort(), true, false));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void healthAndOpenApiAnswer() throws Exception {
        HttpResponse<String> ready = get("/q/health/ready", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).get("status").asText()).isEqualTo("UP");

        HttpResponse<String> openapi = get("/q/openapi", null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/households");
    }

    @Test
    void everyUserOfTheRealmSignsInWithoutExtraSteps() throws Exception {
        // Keycloak 26's user profile wants a first name, last name and e-mail: a user missing one
        // stops at "complete your profile" instead of getting a code (KeycloakLogin fails then).
        JsonNode users = JSON.readTree(platform.config().realmFile().toFile()).get("users");
        assertThat(users.size()).isGreaterThan(10);
        java.util.List<String> failed = new java.util.ArrayList<>();
        for (JsonNode user : users) {
            String username = user.get("username").asText();
            String password = user.get("credentials").get(0).get("value").asText();
            try {
                String token = KeycloakLogin.accessToken(platform.config().issuer(), username, password);
                HttpResponse<String> me = get("/api/v1/me", token);
                assertThat(me.statusCode()).as(username).isEqualTo(200);
                assertThat(JSON.readTree(me.body()).get("username").asText()).isEqualTo(username);
            } catch (IllegalStateException e) {
                failed.add(username + ": " + e.getMessage().substring(0, Math.min(200, e.getMessage().length())));
            }
        }
        assertThat(failed).as("users who could not sign in").isEmpty();
    }

    @Test
    void aThrowAwayTestInstallationRunsWithoutFsync() throws Exception {
        assertThat(platform.database().show("fsync")).isEqualTo("off");
        assertThat(platform.database().show("synchronous_commit")).isEqualTo("off");
    }

    @Test
    void tokenIssuedByTheRunningKeycloakToTheDemoWorkerIsAccepted() throws Exception {
        String token = KeycloakLogin.accessToken(platform.config().issuer(), "wang.fang", "weiyuan123");

        HttpResponse<String> me = get("/api/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(me.body());
        assertThat(body.get("username").asText()).isEqualTo("wang.fang");
        assertThat(body.get("roles").toString()).contains("worker");
        assertThat(body.get("householdId").isNull()).isFalse();

        HttpResponse<String> mine = get("/api/v1/households/mine", token);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(mine.body()).get("headName").asText()).isEqualTo("王芳");

        // The worker's role does not open staff endpoints.
        assertThat(get("/api/v1/households", token).statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutAsTheAppDoesEndsTheKeycloakSession() throws Exception {
        String issuer = platform.config().issuer();
        String refresh = KeycloakLogin.tokens(issuer, "zhao.min", "weiyuan123").get("refresh_token").asText();
        String client = "client_id=weiyuan-app&refresh_token=" + java.net.URLEncoder.encode(refresh, StandardCharsets.UTF_8);

        // the Android app's sign-out (android-app core/KeycloakLogout): the refresh token to the logout endpoint
        HttpResponse<String> logout = postForm(issuer + "/protocol/openid-connect/logout", client);
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);

        // the session is over: the refresh token no longer gets a new access token
        HttpResponse<String> refreshed = postForm(issuer + "/protocol/openid-connect/token", "grant_type=refresh_token&" + client);
        assertThat(refreshed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refreshed.body()).get("error").asText()).isEqualTo("invalid_grant");
    }

    private static HttpResponse<String> postForm(String url, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void staffTokenFromKeycloakSeesOnlyTheirSubtree() throws Exception {
        String token = KeycloakLogin.accessToken(platform.config().issuer(), "sun.li", "weiyuan123");
        HttpResponse<String> list = get("/api/v1/households?limit=200", token);
        assertThat(list.statusCode()).isEqualTo(200);
        for (JsonNode item : JSON.readTree(list.body()).get("items")) {
            assertThat(item.get("district").asText()).isEqualTo("云岩区");
        }
    }

    @Test
    void tokenFromAnywhereElseIsRefused() throws Exception {
        // Same claims as a real token, same issuer string, but signed by a key Keycloak never had.
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey forgerKey = generator.generateKeyPair().getPrivate();
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String payload = b64("{\"iss\":\"" + platform.config().issuer() + "\",\"sub\":\"70eb9a0a-9626-4ae6-85e8-18fac0433cbd\","
                + "\"aud\":\"weiyuan-api\",\"preferred_username\":\"wang.fang\",\"realm_access\":{\"roles\":[\"worker\",\"admin\"]},"
                + "\"iat\":" + now + ",\"exp\":" + (now + 300) + "}");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(forgerKey);
        rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        String forged = header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());

        HttpResponse<String> response = get("/api/v1/me", forged);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        assertThat(get("/api/v1/me", null).statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.config().backendUrl() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
