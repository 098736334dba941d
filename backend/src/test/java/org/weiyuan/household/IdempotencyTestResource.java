package org.weiyuan.household;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.idempotency.Idempotent;
import org.weiyuan.household.HouseholdViews.HouseholdRequest;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

/**
 * Test-only (see IdempotencyApiTest): an idempotent action that files a household through the real
 * service (its own {@code @WithTransaction}) and then fails, after the key was claimed and the file written.
 */
@Path("/test-support/idempotency")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdempotencyTestResource {

    private final HouseholdService service;
    private final CurrentActor actor;

    public IdempotencyTestResource(HouseholdService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @Path("/file-then-fail")
    @RolesAllowed(Roles.WORKER)
    @Idempotent
    @Operation(hidden = true)
    public Uni<String> fileThenFail(@Valid @NotNull HouseholdRequest request) {
        return service.create(actor.get(), request)
                .chain(filed -> Uni.createFrom().failure(DomainException.conflict("problem.household.exists")));
    }
}
