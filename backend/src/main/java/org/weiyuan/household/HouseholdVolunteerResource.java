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
import org.weiyuan.household.VolunteerViews.VolunteerAssignRequest;
import org.weiyuan.household.VolunteerViews.VolunteerVisitView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/** Staff side of volunteer home visits (义工入户): its own class so its path is more specific than {@link HouseholdResource}'s. */
@Cancellable(false)
@Path("/api/v1/households/{id}/volunteer-visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "volunteers", description = "义工入户核查 Home visits by volunteer verifiers")
public class HouseholdVolunteerResource {

    private final VolunteerService service;
    private final CurrentActor actor;

    HouseholdVolunteerResource(VolunteerService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = VolunteerVisitView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "assignVolunteerVisit",
            summary = "指派义工入户 Hand the file's home visit to a volunteer (file under verification; staff in scope)")
    public Uni<VolunteerVisitView> assign(@RestPath UUID id, @Valid @NotNull VolunteerAssignRequest request) {
        return service.assign(actor.get(), id, request).map(VolunteerVisitView::of);
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listHouseholdVolunteerVisits", summary = "义工入户记录 The file's volunteer visits, oldest first")
    public Uni<List<VolunteerVisitView>> of(@RestPath UUID id) {
        return service.ofHousehold(actor.get(), id).map(all -> all.stream().map(VolunteerVisitView::of).toList());
    }
}
