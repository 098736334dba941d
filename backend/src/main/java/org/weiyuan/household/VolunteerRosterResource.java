package org.weiyuan.household;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.household.VolunteerViews.RosterVolunteerRequest;
import org.weiyuan.household.VolunteerViews.RosterVolunteerUpdate;
import org.weiyuan.household.VolunteerViews.RosterVolunteerView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/** 志愿者名册: the volunteers (义工) of each unit who go on home visits. Staff act in their subtree (another's is 404). */
@Cancellable(false)
@Path("/api/v1/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "volunteers", description = "志愿者名册 The volunteer roster of each unit")
public class VolunteerRosterResource {

    private final VolunteerRosterService roster;
    private final CurrentActor actor;

    VolunteerRosterResource(VolunteerRosterService roster, CurrentActor actor) {
        this.roster = roster;
        this.actor = actor;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listVolunteers",
            summary = "志愿者名册 The roster of a unit of the caller's subtree, or of the whole subtree; phones masked")
    @APIResponse(responseCode = "200", description = "志愿者 Volunteers")
    public Uni<List<RosterVolunteerView>> list(@RestQuery("unitId") UUID unitId, @RestQuery("active") Boolean active) {
        return roster.list(actor.get(), unitId, active);
    }

    @GET
    @Path("/for-household/{householdId}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listVolunteersForHousehold",
            summary = "可选志愿者 The active volunteers a home visit of the file may name: of its unit and the units above it")
    @APIResponse(responseCode = "200", description = "志愿者 Volunteers")
    public Uni<List<RosterVolunteerView>> forHousehold(@RestPath("householdId") UUID householdId) {
        return roster.forHousehold(actor.get(), householdId);
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @Operation(operationId = "addVolunteer", summary = "登记志愿者 Add a volunteer to a unit's roster (phone encrypted)")
    @APIResponseSchema(value = RosterVolunteerView.class, responseCode = "201", responseDescription = "志愿者 The volunteer")
    public Uni<RosterVolunteerView> create(@Valid @NotNull RosterVolunteerRequest request) {
        return roster.create(actor.get(), request);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "updateVolunteer", summary = "修改志愿者 Change a roster entry: name, phone, skills, active")
    @APIResponse(responseCode = "200", description = "志愿者 The volunteer")
    public Uni<RosterVolunteerView> update(@RestPath("id") UUID id, @Valid @NotNull RosterVolunteerUpdate request) {
        return roster.update(actor.get(), id, request);
    }
}
