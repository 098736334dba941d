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
import org.weiyuan.household.AppealViews.AppealRequest;
import org.weiyuan.household.AppealViews.AppealView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/** A file's appeals (申诉): its own class so its path is more specific than {@link HouseholdResource}'s. */
@Cancellable(false)
@Path("/api/v1/households/{id}/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "appeals", description = "申诉 Appeals against a household file's rejection or exit")
public class HouseholdAppealResource {

    private final AppealService service;
    private final AppealMapper mapper;
    private final CurrentActor actor;

    HouseholdAppealResource(AppealService service, AppealMapper mapper, CurrentActor actor) {
        this.service = service;
        this.mapper = mapper;
        this.actor = actor;
    }

    @POST
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @ResponseStatus(201)
    @APIResponseSchema(value = AppealView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "fileHouseholdAppeal",
            summary = "提出申诉 Appeal the file's rejection or exit, once per decision, within the deadline (409 late or repeated)")
    public Uni<AppealView> file(@RestPath UUID id, @Valid @NotNull AppealRequest request) {
        return service.file(actor.get(), id, request).map(mapper::toView);
    }

    @GET
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "listHouseholdAppeals", summary = "申诉记录 The appeals of a file (the household, or staff in scope)")
    public Uni<List<AppealView>> of(@RestPath UUID id) {
        return service.ofHousehold(actor.get(), id).map(all -> all.stream().map(mapper::toView).toList());
    }
}
