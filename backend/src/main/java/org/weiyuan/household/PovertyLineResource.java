package org.weiyuan.household;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weiyuan.household.HouseholdViews.PovertyLineRequest;
import org.weiyuan.household.HouseholdViews.PovertyLineView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;

@Cancellable(false)
@Path("/api/v1/poverty-lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "poverty-lines", description = "低保线 Local minimum living standard lines")
public class PovertyLineResource {

    final PovertyLineService service;
    final CurrentActor actor;

    PovertyLineResource(PovertyLineService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listPovertyLines")
    public Uni<List<PovertyLineView>> list() {
        return service.visible(actor.get()).map(all -> all.stream().map(HouseholdPresenter::line).toList());
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setPovertyLine", summary = "设置低保线 Set the line of a unit's region for a year (thresholds default 110% / 130%)")
    public Uni<PovertyLineView> set(@Valid @NotNull PovertyLineRequest request) {
        return service.upsert(actor.get(), request).map(HouseholdPresenter::line);
    }
}
