package org.weiyuan.onboarding;

import java.util.UUID;

/**
 * The identity provider as onboarding needs it: create a worker's account. A port, so that the
 * backend tests (which have no Keycloak) use a fake; {@link KeycloakWorkerAccounts} is the real one.
 * Blocking: callers run it off the event loop.
 */
public interface WorkerAccounts {

    /** An account to create: enabled, role {@code worker}, the password temporary (changed at first sign-in). */
    record NewAccount(String username, String firstName, String lastName, String email, String temporaryPassword) { }

    /**
     * Creates the account and returns its subject (the {@code sub} of its tokens).
     * Throws {@link UsernameTaken} when the username exists; any other failure is an outage (503).
     */
    UUID create(NewAccount account);

    /** The username is taken in the realm. */
    final class UsernameTaken extends RuntimeException {
        public UsernameTaken(String username) {
            super("username taken: " + username);
        }
    }
}
