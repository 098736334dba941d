package org.weiyuan.funding;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.weiyuan.funding.RecoveryService.RecoveryRequest;
import org.weiyuan.funding.RecoveryService.RecoveryView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/** A household's recoveries (追回); its own class so its path is more specific than the household resource's. */
@Cancellable(false)
@Path("/api/v1/households/{id}/recoveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "recoveries", description = "追回帮扶金 Recovery of aid paid to ineligible households")
public class HouseholdRecoveryResource {

    private final RecoveryService service;
    private final CurrentActor actor;

    HouseholdRecoveryResource(RecoveryService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listHouseholdRecoveries")
    public Uni<List<RecoveryView>> of(@RestPath UUID id) {
        return service.of(actor.get(), id);
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = RecoveryView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "openRecovery",
            summary = "追回 Put aid disbursed on a wish of a household found ineligible under recovery {wishId, amountFen, reason}")
    public Uni<RecoveryView> open(@RestPath UUID id, @Valid @NotNull RecoveryRequest request) {
        return service.open(actor.get(), id, request).map(RecoveryView::of);
    }
}
