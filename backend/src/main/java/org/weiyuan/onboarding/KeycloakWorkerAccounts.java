package org.weiyuan.onboarding;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.weiyuan.common.DomainException;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates worker accounts through the Keycloak admin API (the Quarkus Keycloak admin REST client),
 * signed in as the {@code weiyuan-onboarding} service account. That account holds realm-management's
 * {@code manage-users} and nothing else: Keycloak cannot narrow manage-users to some users without
 * fine-grained admin permissions, so the backend itself only ever creates users and maps the
 * worker role (role mapping by name needs no view-realm).
 */
@ApplicationScoped
public class KeycloakWorkerAccounts implements WorkerAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakWorkerAccounts.class);

    private final OnboardingConfig config;
    private volatile Keycloak keycloak;

    public KeycloakWorkerAccounts(OnboardingConfig config) {
        this.config = config;
    }

    @Override
    public UUID create(NewAccount account) {
        RealmResource realm = client().realm(config.realm());
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username());
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEmail(account.email());
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setAttributes(Map.of("locale", List.of("zh-CN")));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(account.temporaryPassword());
        password.setTemporary(true);
        user.setCredentials(List.of(password));
        try (Response created = realm.users().create(user)) {
            if (created.getStatus() == 409) {
                throw new UsernameTaken(account.username());
            }
            if (created.getStatus() != 201) {
                LOG.warnf("Keycloak refused to create account %s: %d %s", account.username(), created.getStatus(),
                        created.readEntity(String.class));
                throw DomainException.unavailable("problem.onboarding.keycloak");
            }
            String id = CreatedResponseUtil.getCreatedId(created);
            try {
                // Keycloak maps a role by its id, not its name; with manage-users alone the roles
                // endpoint is forbidden, but the user's available mappings list the realm's roles
                var mappings = realm.users().get(id).roles().realmLevel();
                RoleRepresentation worker = mappings.listAvailable().stream()
                        .filter(r -> Roles.WORKER.equals(r.getName())).findFirst()
                        .orElseThrow(() -> DomainException.unavailable("problem.onboarding.keycloak"));
                mappings.add(List.of(worker));
            } catch (RuntimeException e) {
                realm.users().delete(id).close(); // no account left behind without its role
                throw e;
            }
            return UUID.fromString(id);
        } catch (WebApplicationException | ProcessingException e) {
            // the cause stays in the log: the answer says only that Keycloak is unavailable
            LOG.warnf(e, "Keycloak admin API call failed while onboarding %s", account.username());
            throw DomainException.unavailable("problem.onboarding.keycloak");
        }
    }

    private Keycloak client() {
        Keycloak k = keycloak;
        if (k == null) {
            synchronized (this) {
                if (keycloak == null) {
                    if (config.serverUrl().isEmpty() || config.clientSecret().isEmpty()) {
                        throw DomainException.unavailable("problem.onboarding.not-configured");
                    }
                    keycloak = KeycloakBuilder.builder().serverUrl(config.serverUrl().get()).realm(config.realm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(config.clientId())
                            .clientSecret(config.clientSecret().get()).build();
                }
                k = keycloak;
            }
        }
        return k;
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
