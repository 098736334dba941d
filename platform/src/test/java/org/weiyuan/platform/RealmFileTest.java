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
            String name = user.get("username").asText();
            for (String field : new String[] {"firstName", "lastName", "email"}) {
                assertThat(user.path(field).asText("")).as(name + " " + field).isNotBlank();
            }
            assertThat(user.path("emailVerified").asBoolean()).as(name + " emailVerified").isTrue();
            assertThat(user.path("requiredActions")).as(name + " requiredActions").isEmpty();
        }
    }
}
