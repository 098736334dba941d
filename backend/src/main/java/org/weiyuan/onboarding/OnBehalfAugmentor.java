package org.weiyuan.onboarding;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.Map;
import java.util.UUID;

/**
 * Staff acting on behalf of a worker they onboarded (代办): a staff request carrying
 * {@code X-Weiyuan-On-Behalf-Of: <household id>} runs as that file's worker, with the worker role
 * only (no staff powers mixed in), when the staff member's subtree holds the file and its account
 * was created by onboarding. {@link CurrentActor} then names the worker as the actor and the staff
 * member as the one acting; the audit log records both. Anything else is refused (403).
 */
@ApplicationScoped
public class OnBehalfAugmentor implements SecurityIdentityAugmentor {

    public static final String HEADER = "X-Weiyuan-On-Behalf-Of";

    private final OnBehalfRepository repository;

    public OnBehalfAugmentor(OnBehalfRepository repository) {
        this.repository = repository;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (rc == null) {
            rc = HttpSecurityUtils.getRoutingContextAttribute(identity);
        }
        String header = rc == null ? null : rc.request().getHeader(HEADER);
        if (header == null || identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        UUID household;
        try {
            household = UUID.fromString(header.trim());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item(refused(identity));
        }
        if (!identity.hasRole(Roles.STAFF) || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(refused(identity));
        }
        UUID staff;
        try {
            staff = UUID.fromString(token.getSubject());
        } catch (RuntimeException e) {
            return Uni.createFrom().item(refused(identity));
        }
        return repository.onboardedWorkerInScope(staff, household).map(worker -> worker == null ? refused(identity)
                : QuarkusSecurityIdentity.builder()
                        .setPrincipal(identity.getPrincipal())
                        .addCredentials(identity.getCredentials())
                        .addAttributes(identity.getAttributes())
                        .addAttribute(CurrentActor.ON_BEHALF_OF, worker)
                        .addRole(Roles.WORKER)
                        .build());
    }

    private static SecurityIdentity refused(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder(identity).addAttribute(CurrentActor.ON_BEHALF_REFUSED, Boolean.TRUE).build();
    }
}
