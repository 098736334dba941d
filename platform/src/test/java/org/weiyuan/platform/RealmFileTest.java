package org.weiyuan.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak 26's default user profile requires first name, last name and e-mail; a demo user
 * missing one is sent to "complete your profile" instead of being signed in. (PlatformIT signs
 * every one of them in against the real Keycloak.)
 */
class RealmFileTest {

    @Test
    void everyDemoUserHasWhatTheUserProfileRequires() throws Exception {
        Path root = Path.of(System.getProperty("weiyuan.repo.root", "..")).toAbsolutePath().normalize();
        JsonNode users = new ObjectMapper().readTree(root.resolve("keycloak/weiyuan-realm.json").toFile()).get("users");
        assertThat(users).isNotEmpty();
        for (JsonNode user : users) {
            if (user.has("serviceAccountClientId")) {
                continue; // a client's service account never signs in through the login page
            }
            String name = user.get("username").asText();
            for (String field : new String[] {"firstName", "lastName", "email"}) {
                assertThat(user.path(field).asText("")).as(name + " " + field).isNotBlank();
            }
            assertThat(user.path("emailVerified").asBoolean()).as(name + " emailVerified").isTrue();
            assertThat(user.path("requiredActions")).as(name + " requiredActions").isEmpty();
        }
    }

    /**
     * Self-registration is open to donors only: what a new account gets is the realm's default role,
     * which holds donor and nothing else (workers and staff are created by the union, never by
     * themselves), and the public pages' client is a public PKCE client without password grants.
     */
    @Test
    void selfRegisteredAccountsAreDonorsOnly() throws Exception {
        Path root = Path.of(System.getProperty("weiyuan.repo.root", "..")).toAbsolutePath().normalize();
        JsonNode realm = new ObjectMapper().readTree(root.resolve("keycloak/weiyuan-realm.json").toFile());
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
        // a self-registered donor proves the address first (the launcher's GreenMail takes the mail);
        // every account the union creates (demo users, onboarded workers) is imported already verified
        assertThat(realm.path("verifyEmail").asBoolean()).isTrue();
        assertThat(realm.path("smtpServer").path("port").asText()).isEqualTo(Mail.SMTP_PORT_PLACEHOLDER);
        for (JsonNode u : realm.path("users")) {
            if (!u.has("serviceAccountClientId")) {
                assertThat(u.path("emailVerified").asBoolean()).as(u.path("username").asText() + " verified").isTrue();
            }
        }
        String defaultRole = realm.path("defaultRole").path("name").asText();
        JsonNode role = null;
        for (JsonNode r : realm.path("roles").path("realm")) {
            if (r.path("name").asText().equals(defaultRole)) {
                role = r;
            }
        }
        assertThat(role).as("the default role " + defaultRole).isNotNull();
        assertThat(role.path("composites").path("realm").toString()).isEqualTo("[\"donor\"]");
        assertThat(role.path("composites").has("client")).as("no client roles by default").isFalse();

        JsonNode web = null;
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals("weiyuan-web")) {
                web = c;
            }
        }
        assertThat(web).isNotNull();
        assertThat(web.path("publicClient").asBoolean()).isTrue();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(web.path("redirectUris").toString()).doesNotContain("console").doesNotContain("\"*\"");
    }

    /** The onboarding service account may manage users (create, set a password, map a role) and nothing else. */
    @Test
    void theOnboardingServiceAccountHoldsManageUsersOnly() throws Exception {
        Path root = Path.of(System.getProperty("weiyuan.repo.root", "..")).toAbsolutePath().normalize();
        JsonNode realm = new ObjectMapper().readTree(root.resolve("keycloak/weiyuan-realm.json").toFile());
        JsonNode account = null;
        for (JsonNode user : realm.get("users")) {
            if ("weiyuan-onboarding".equals(user.path("serviceAccountClientId").asText())) {
                account = user;
            }
        }
        assertThat(account).as("service account of weiyuan-onboarding").isNotNull();
        assertThat(account.path("realmRoles")).isEmpty();
        assertThat(account.path("clientRoles").toString()).isEqualTo("{\"realm-management\":[\"manage-users\"]}");
        for (JsonNode client : realm.get("clients")) {
            if ("weiyuan-onboarding".equals(client.get("clientId").asText())) {
                assertThat(client.get("standardFlowEnabled").asBoolean()).isFalse();
                assertThat(client.get("directAccessGrantsEnabled").asBoolean()).isFalse();
                assertThat(client.get("secret").asText()).isEqualTo(Platform.ONBOARDING_SECRET_PLACEHOLDER);
            }
        }
    }

    /**
     * The onboarding client's secret survives HTTP Basic auth as the Keycloak admin client sends it
     * (not form-encoded; Keycloak form-decodes it): no '+', '%' or '=' may appear, whatever the draw.
     */
    @Test
    void theOnboardingSecretIsSafeInBasicAuth() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int i = 0; i < 500; i++) {
            String secret = Platform.newKey("onboarding.secret", random);
            assertThat(secret).matches("[A-Za-z0-9_-]{43}");
            assertThat(java.net.URLDecoder.decode(secret, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(secret);
        }
        assertThat(java.util.Base64.getDecoder().decode(Platform.newKey("pii.key", random))).hasSize(32);
    }

    /** 义工 (issue 14, identify4): the volunteer role exists, no self-registered account gets it, and the demo volunteer holds only it. */
    @Test
    void volunteersHoldTheVolunteerRoleOnly() throws Exception {
        Path root = Path.of(System.getProperty("weiyuan.repo.root", "..")).toAbsolutePath().normalize();
        JsonNode realm = new ObjectMapper().readTree(root.resolve("keycloak/weiyuan-realm.json").toFile());
        boolean declared = false;
        for (JsonNode r : realm.path("roles").path("realm")) {
            declared |= "volunteer".equals(r.path("name").asText());
        }
        assertThat(declared).as("realm role volunteer").isTrue();
        JsonNode wuYi = null;
        for (JsonNode user : realm.get("users")) {
            if ("wu.yi".equals(user.path("username").asText())) {
                wuYi = user;
            }
        }
        assertThat(wuYi).as("demo volunteer wu.yi").isNotNull();
        assertThat(wuYi.path("realmRoles").toString()).isEqualTo("[\"volunteer\"]");
        JsonNode users = new ObjectMapper().readTree(root.resolve("seeds/users.json").toFile()).get("users");
        boolean seeded = false;
        for (JsonNode u : users) {
            seeded |= "wu.yi".equals(u.path("username").asText()) && "volunteer".equals(u.path("role").asText())
                    && wuYi.path("id").asText().equals(u.path("id").asText());
        }
        assertThat(seeded).as("seeds/users.json names wu.yi, with the realm's id, as a volunteer").isTrue();
    }
}
