package org.weiyuan.household;

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
import org.weiyuan.household.RecheckViews.RecheckRequest;
import org.weiyuan.household.RecheckViews.RecheckView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/** A file's re-checks (复核): its own class so its path is more specific than {@link HouseholdResource}'s. */
@Cancellable(false)
@Path("/api/v1/households/{id}/rechecks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rechecks", description = "复核 Re-checks of approved household files")
public class HouseholdRecheckResource {

    private final RecheckService service;
    private final CurrentActor actor;

    HouseholdRecheckResource(RecheckService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listHouseholdRechecks", summary = "复核记录 The re-checks of a file")
    public Uni<List<RecheckView>> of(@RestPath UUID id) {
        return service.of(actor.get(), id).map(all -> all.stream().map(RecheckView::of).toList());
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = RecheckView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "recordRecheck",
            summary = "记录复核 Record a re-check: confirmed, corrected (new category/severity) or ineligible (exits the file, freezes its wishes)")
    public Uni<RecheckView> record(@RestPath UUID id, @Valid @NotNull RecheckRequest request) {
        return service.record(actor.get(), id, request).map(RecheckView::of);
    }
}
