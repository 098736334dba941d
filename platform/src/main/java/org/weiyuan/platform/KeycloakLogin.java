package org.weiyuan.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a user in the way the Android app does: authorization code with PKCE against the public
 * client {@code weiyuan-app}, filling in Keycloak's own login form, then exchanging the code.
 * Used by the end-to-end test and by {@code ./weiyuan token USER} for calling the API by hand.
 */
public final class KeycloakLogin {

    /** {@code ./weiyuan token USER [PASSWORD]}: prints an access token from the running Keycloak. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ./weiyuan token USER [PASSWORD]   (demo password: weiyuan123)");
            System.exit(2);
        }
        String port = System.getenv().getOrDefault("WEIYUAN_KEYCLOAK_PORT", "8180");
        System.out.println(accessToken("http://localhost:" + port + "/realms/weiyuan", args[0],
                args.length > 1 ? args[1] : "weiyuan123"));
    }

    static final String CLIENT = "weiyuan-app";
    static final String REDIRECT = "org.weiyuan.app:/oauth2redirect";
    private static final Pattern UPDATE_PASSWORD_ACTION = Pattern.compile("<form[^>]*id=\"kc-passwd-update-form\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-passwd-update-form\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");

    private KeycloakLogin() { }

    private static final Pattern PAGE_FORM = Pattern.compile("id=\"(kc-[a-z-]*form)\"");
    private static final Pattern PAGE_MESSAGE = Pattern.compile(
            "(?:kc-feedback-text|input-error[a-z-]*|pf-v5-c-alert__title)[^>]*>\\s*([^<]+)<");

    public static String accessToken(String issuer, String username, String password) throws IOException, InterruptedException {
        return tokens(issuer, username, password).get("access_token").asText();
    }

    /**
     * An access token once Keycloak answers again: after a test crashed the PostgreSQL that Keycloak
     * shares, its connection pool takes a moment to recover and the login page answers an error.
     */
    public static String accessTokenOnceReady(String issuer, String username, String password)
            throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return accessToken(issuer, username, password);
            } catch (IllegalStateException | IOException e) {
                if (attempt >= 40) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    /** Keycloak's whole token answer: access, refresh and ID tokens, as the app receives them. */
    public static JsonNode tokens(String issuer, String username, String password) throws IOException, InterruptedException {
        return tokens(issuer, username, password, null);
    }

    /**
     * Signs in with a one-time password (an onboarded worker's): Keycloak answers the login with
     * its "update password" form, which gets {@code newPassword}; then the code as usual. With
     * {@code newPassword} null, a login that asks for a new password fails (IllegalStateException).
     */
    public static JsonNode tokens(String issuer, String username, String password, String newPassword)
            throws IOException, InterruptedException {
        // Keycloak marks its cookies Secure; browsers send those to http://localhost, Java's
        // CookieManager does not, so the login session cookies are carried by hand.
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = randomUrlSafe(48);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String state = randomUrlSafe(12);

        String authorize = issuer + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", CLIENT, "response_type", "code", "scope", "openid",
                "redirect_uri", REDIRECT, "state", state,
                "code_challenge", challenge, "code_challenge_method", "S256"));
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (loginPage.statusCode() != 200) {
            throw new IllegalStateException("login page answered " + loginPage.statusCode() + ": " + loginPage.body());
        }
        String cookies = loginPage.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .collect(Collectors.joining("; "));
        Matcher m = FORM_ACTION.matcher(loginPage.body());
        if (!m.find()) {
            throw new IllegalStateException("no login form in Keycloak's page");
        }
        String action = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");

        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "username", username, "password", password, "credentialId", ""))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // Keycloak 26 answers a password that must be changed with a redirect to the required action's page
        String requiredAction = login.headers().firstValue("Location").orElse("");
        if (requiredAction.contains("/login-actions/required-action")) {
            login = browser.send(HttpRequest.newBuilder(URI.create(requiredAction)).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        Matcher update = UPDATE_PASSWORD_ACTION.matcher(login.body());
        HttpResponse<String> afterLogin = login;
        if (login.headers().firstValue("Location").isEmpty() && newPassword != null && update.find()) {
            String updateAction = (update.group(1) != null ? update.group(1) : update.group(2)).replace("&amp;", "&");
            afterLogin = browser.send(HttpRequest.newBuilder(URI.create(updateAction))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", cookies)
                            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                    "password-new", newPassword, "password-confirm", newPassword))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        HttpResponse<String> answered = afterLogin;
        // say which page Keycloak showed (its form ids and its message) before the truncated page: the
        // page's head alone is longer than the excerpt, and the update-password form came after it
        String location = answered.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("login did not redirect (" + answered.statusCode() + ", forms "
                        + PAGE_FORM.matcher(answered.body()).results().map(r -> r.group(1)).toList() + ", message "
                        + PAGE_MESSAGE.matcher(answered.body()).results().map(r -> r.group(1).strip()).toList() + "): "
                        + answered.body().substring(0, Math.min(answered.body().length(), 2000))));
        if (!location.startsWith(REDIRECT)) {
            throw new IllegalStateException("unexpected redirect " + location);
        }
        Map<String, String> params = query(URI.create(location).getRawQuery());
        if (!state.equals(params.get("state"))) {
            throw new IllegalStateException("state mismatch");
        }

        HttpResponse<String> token = browser.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type", "authorization_code", "client_id", CLIENT,
                                "code", params.get("code"), "redirect_uri", REDIRECT, "code_verifier", verifier))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("token exchange answered " + token.statusCode() + ": " + token.body());
        }
        return new ObjectMapper().readTree(token.body());
    }

    private static String form(Map<String, String> values) {
        return new LinkedHashMap<>(values).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
