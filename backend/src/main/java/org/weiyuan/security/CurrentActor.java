package org.weiyuan.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.weiyuan.common.DomainException;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/** Builds the {@link Actor} of the current request from the verified bearer token. */
@RequestScoped
public class CurrentActor {

    /** Identity attribute: the worker a staff request acts for (set by the onboarding feature's augmentor). */
    public static final String ON_BEHALF_OF = "weiyuan.on-behalf-of";
    /** Identity attribute: the request asked to act for a worker and may not. */
    public static final String ON_BEHALF_REFUSED = "weiyuan.on-behalf-refused";

    final SecurityIdentity identity;

    CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        Principal principal = identity.getPrincipal();
        if (!(principal instanceof JsonWebToken token) || token.getSubject() == null) {
            throw DomainException.forbidden("problem.no-subject");
        }
        UUID subject;
        try {
            subject = UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException e) {
            throw DomainException.forbidden("problem.no-subject");
        }
        String username = token.getClaim("preferred_username");
        if (identity.getAttribute(ON_BEHALF_REFUSED) != null) {
            throw DomainException.forbidden("problem.on-behalf.refused");
        }
        UUID worker = identity.getAttribute(ON_BEHALF_OF);
        if (worker != null) {
            return new Actor(worker, worker.toString(), Set.of(Roles.WORKER), subject);
        }
        return new Actor(subject, username == null ? subject.toString() : username, Set.copyOf(identity.getRoles()));
    }
}
