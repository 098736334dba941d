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
            if (user.has("serviceAccountClientId")) {
                continue; // the onboarding client's service account: client credentials only
            }
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

    /**
     * A worker without a smartphone: staff file the household and onboard its head, the backend
     * creating the account through the Keycloak admin API as the onboarding service account; the
     * worker signs in with the one-time password, must choose a new one, and then owns the file.
     */
    @Test
    void staffOnboardAWorkerWhoSignsInWithTheOneTimePassword() throws Exception {
        String issuer = platform.config().issuer();
        String staff = KeycloakLogin.accessToken(issuer, "liu.yang", "weiyuan123");
        String first17 = "52010219700315" + String.format("%03d", (int) (System.nanoTime() % 1000));
        String household = "{\"unitId\":\"b91dddd9-1389-4372-a341-738c837a7935\",\"headName\":\"龙桂芬\","
                + "\"idNumber\":\"" + first17 + idCheck(first17) + "\",\"district\":\"南明区\",\"housing\":\"RENTED\","
                + "\"members\":[{\"relation\":\"SELF\",\"name\":\"龙桂芬\",\"birthYear\":1970,\"schooling\":\"PRIMARY\","
                + "\"healthStatus\":\"CHRONIC_ILLNESS\",\"workStatus\":\"UNEMPLOYED\",\"monthlyIncomeFen\":0}],"
                + "\"otherMonthlyIncomeFen\":0,\"causes\":[\"ILLNESS\"]}";
        HttpResponse<String> filed = post("/api/v1/households", staff, household);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String file = JSON.readTree(filed.body()).get("id").asText();

        HttpResponse<String> onboarded = post("/api/v1/households/" + file + "/onboarding", staff, "{}");
        assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(201);
        JsonNode account = JSON.readTree(onboarded.body());
        String username = account.get("username").asText();
        String oneTime = account.get("temporaryPassword").asText();

        // the one-time password alone gets no token: Keycloak wants a new password first
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KeycloakLogin.tokens(issuer, username, oneTime))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("kc-passwd-update-form");
        String token = KeycloakLogin.tokens(issuer, username, oneTime, "Xiulan-2026-new").get("access_token").asText();
        HttpResponse<String> mine = get("/api/v1/households/mine", token);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(JSON.readTree(mine.body()).get("id").asText()).isEqualTo(file);
        assertThat(JSON.readTree(get("/api/v1/me", token).body()).get("roles").toString()).contains("worker").doesNotContain("staff");
    }

    private static char idCheck(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
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

    // ---- the Android app's API client (android-app core) against this platform: AppClientJourneys ----
    // The wish journeys post as 田秀梅 (tian.xiumei), a demo worker of their own: the household limit is three open
    // wishes, and 王芳's are taken by the demo (the console's second-approval wish among them).

    @Test
    void theAppPostsEveryKindOfWishAndWithdrawsIt() throws Exception {
        app().workerPostsEveryKindOfWish();
    }

    @Test
    void theAppCarriesAGoodsWishFromItsItemsToTheThankYou() throws Exception {
        app().goodsWishFromItemsToThankYou();
    }

    @Test
    void theAppDoesStaffsWorkOnAFile() throws Exception {
        app().staffWorkOnAFile();
    }

    @Test
    void theAppsOtherCallsInboxPushAndTokens() throws Exception {
        app().workerScreensInboxPushAndTokens();
    }

    @Test
    void theAppsStaffVetAWishInFullAndPhotographItsProof() throws Exception {
        new StaffAppJourneys(app()).staffVetAWishAndPhotographItsProof();
    }

    @Test
    void theAppsStaffRecordAHomeVisitWithAPhoto() throws Exception {
        new StaffAppJourneys(app()).staffRecordAHomeVisitWithAPhoto();
    }

    @Test
    void theAppFilesAWorkersHouseholdAndAnswersWithADocument() throws Exception {
        new WorkerAppJourneys(app()).workerFilesTheHouseholdAndAnswersWithADocument();
    }

    @Test
    void theAppShowsAWorkersApplicationsBookingsAndScholarships() throws Exception {
        new WorkerAppJourneys(app()).workerFollowsApplicationsBookingsAndScholarships();
    }

    private static AppClientJourneys app() {
        return new AppClientJourneys(platform.config().backendUrl(), platform.config().issuer());
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

    /**
     * The staff console's browser journeys (backend/src/main/webui/e2e/run.mjs) in headless
     * Chromium against this platform: sign-in on the real Keycloak page, verification refused to
     * the investigator and approved by a colleague, a wish vetted with a price correction and
     * published, a sibling district seeing nothing of 南明, English, keyboard, axe-core on every
     * page. Screenshots land in backend/target/console-screenshots. With {@code JOURNEYS=<part of a name>} in the
     * environment only the journeys named so run (and the vetted wish is not checked).
     */
    @Test
    void staffConsoleJourneysInChromium() throws Exception {
        Path webui = repoRoot().resolve("backend/src/main/webui");
        // a worker asks for a goods wish through the API, as the app does; staff vet it in the console
        String wishTitle = "给孩子买一张书桌";
        String worker = KeycloakLogin.accessToken(platform.config().issuer(), "sun.zhiqiang", "weiyuan123");
        String wish = "{\"kind\":\"GOODS\",\"title\":\"" + wishTitle + "\",\"story\":\"孩子上初中了,家里没有写作业的桌子。\","
                + "\"items\":[{\"name\":\"学生书桌\",\"quantity\":1,\"unitPriceFen\":39900},{\"name\":\"台灯\",\"quantity\":1,\"unitPriceFen\":8900}],"
                + "\"deadline\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30) + "\"}";
        HttpResponse<String> created = post("/api/v1/wishes", worker, wish);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String wishId = JSON.readTree(created.body()).get("id").asText();
        assertThat(post("/api/v1/wishes/" + wishId + "/submit", worker, "").statusCode()).isEqualTo(200);

        Path screenshots = repoRoot().resolve("backend/target/console-screenshots");
        int exit = node(webui, java.util.Map.of(
                "CONSOLE_URL", platform.config().backendUrl() + "/console/",
                "WISH_TITLE", wishTitle,
                "SCREENSHOTS", screenshots.toString(),
                "CHROMIUM", System.getenv().getOrDefault("WEIYUAN_CHROMIUM", "/usr/bin/chromium")), "e2e/run.mjs");
        assertThat(exit).as("console browser journeys (see the PASS/FAIL lines above)").isZero();
        if (!System.getenv().getOrDefault("JOURNEYS", "").isEmpty()) {
            return; // a filtered run (JOURNEYS=…, passed on to run.mjs) need not have vetted the wish
        }

        HttpResponse<String> after = get("/api/v1/wishes/" + wishId, KeycloakLogin.accessToken(platform.config().issuer(), "zhou.hua", "weiyuan123"));
        JsonNode vetted = JSON.readTree(after.body());
        assertThat(vetted.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(vetted.get("targetFen").asLong()).as("the corrected price counts").isEqualTo(8880 + 8900);
    }

    /**
     * The public donor pages (backend/src/test/web/run.mjs) in headless Chromium against this
     * platform: wall, wish and campaign at 360 px in zh-CN and English, the language switch, filters
     * without JavaScript, 200% text, axe-core; a new donor registering on Keycloak's page from a
     * shared wish link, verifying the address with the mail Keycloak sent (read from GreenMail),
     * pledging a custom amount, paying in the sandbox and downloading the receipt; a union unit's page;
     * the raw HTML's link-preview tags and a scan for the seeded households' personal data.
     * Screenshots land in backend/target/web-screenshots.
     */
    @Test
    void publicPagesInChromium() throws Exception {
        int exit = node(repoRoot().resolve("backend/src/test/web"), java.util.Map.of(
                "SITE_URL", platform.config().backendUrl() + "/",
                "SCREENSHOTS", repoRoot().resolve("backend/target/web-screenshots").toString(),
                "SEEDS", repoRoot().resolve("seeds").toString(),
                // the new donor's verification mail, as Keycloak sent it to the platform's GreenMail
                "POP3_PORT", String.valueOf(platform.mail().pop3Port()),
                "CHROMIUM", System.getenv().getOrDefault("WEIYUAN_CHROMIUM", "/usr/bin/chromium")), "run.mjs");
        assertThat(exit).as("public pages in the browser (see the PASS/FAIL lines above)").isZero();
    }

    /** The console's typed client (src/api/schema.d.ts) is generated from this backend's OpenAPI document. */
    @Test
    void consoleClientMatchesTheOpenApiDocument() throws Exception {
        int exit = node(repoRoot().resolve("backend/src/main/webui"),
                java.util.Map.of("OPENAPI", platform.config().backendUrl() + "/q/openapi?format=json"), "scripts/api-check.mjs");
        assertThat(exit).as("src/api/schema.d.ts is stale: cd backend/src/main/webui && npm run api:generate").isZero();
    }

    private static int node(Path dir, java.util.Map<String, String> env, String script) throws Exception {
        if (!java.nio.file.Files.isDirectory(dir.resolve("node_modules"))) {
            assertThat(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor()).isZero();
        }
        // Output to a file, then echoed: the forked test JVM's own stdout is Failsafe's channel.
        Path log = java.nio.file.Files.createTempFile(dataDir, "node-", ".log");
        ProcessBuilder node = new ProcessBuilder("node", script).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        node.environment().putAll(env);
        Process p = node.start();
        // 40-odd journeys take ~10 minutes on a loaded 2-core machine; the cap is for a hang, not for speed
        boolean finished = p.waitFor(25, java.util.concurrent.TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        String output = java.nio.file.Files.readString(log);
        System.out.println(output);
        if (!finished) {
            throw new AssertionError(script + " took more than 25 minutes (the journeys it had finished are above)");
        }
        if (p.exitValue() != 0) {
            // the failing journeys in the assertion itself: a CI report that keeps only the tail still says which and why
            // with the few lines after each: Playwright's call log there names the element it waited for
            java.util.List<String> lines = output.lines().toList();
            StringBuilder found = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("FAIL ")) continue;
                for (int j = i; j < Math.min(lines.size(), i + 6); j++) {
                    String l = lines.get(j);
                    found.append(l.length() > 600 ? l.substring(0, 600) : l).append('\n');
                }
            }
            String failures = found.toString().strip();
            throw new AssertionError(dir.getFileName() + "/" + script + " exited " + p.exitValue() + ":\n"
                    + (failures.isEmpty() ? output.substring(Math.max(0, output.length() - 2000)) : failures));
        }
        return p.exitValue();
    }

    private static Path repoRoot() {
        return Path.of(System.getProperty("weiyuan.repo.root", "..")).toAbsolutePath().normalize();
    }

    private static HttpResponse<String> post(String path, String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(platform.config().backendUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
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
