package org.weiyuan.onboarding;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for Keycloak in backend tests (which have none): records the accounts it was asked
 * to create; the username "taken.user" is taken. The real adapter runs in PlatformIT.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FakeWorkerAccounts implements WorkerAccounts {

    public record Created(UUID subject, NewAccount account) { }

    private final List<Created> created = new CopyOnWriteArrayList<>();

    @Override
    public UUID create(NewAccount account) {
        if ("taken.user".equals(account.username())) {
            throw new UsernameTaken(account.username());
        }
        UUID subject = UUID.randomUUID();
        created.add(new Created(subject, account));
        return subject;
    }

    public List<Created> created() {
        return List.copyOf(created);
    }
}
