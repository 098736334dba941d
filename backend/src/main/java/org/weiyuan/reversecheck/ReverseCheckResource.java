package org.weiyuan.reversecheck;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.weiyuan.household.AccountabilityViews.ReverseCheckView;
import org.weiyuan.reversecheck.ReverseCheckViews.ReverseCheckRequest;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

/** HTTP edge of reverse checks from a payment (倒查). */
@Path("/api/v1/reverse-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accountability", description = "倒查与责任追究 Reverse checks and accountability")
public class ReverseCheckResource {

    private final ReverseCheckOpener opener;
    private final CurrentActor actor;

    ReverseCheckResource(ReverseCheckOpener opener, CurrentActor actor) {
        this.opener = opener;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = ReverseCheckView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "openReverseCheck",
            summary = "倒查 From an aid payment (union-aid line or wish disbursement) to the file behind it: opens a re-check on it (audited)")
    public Uni<ReverseCheckView> open(@Valid @NotNull ReverseCheckRequest request) {
        return opener.open(actor.get(), request).map(ReverseCheckView::of);
    }
}
