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
        return new Actor(subject, username == null ? subject.toString() : username, Set.copyOf(identity.getRoles()));
    }
}
