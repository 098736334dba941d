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
}
