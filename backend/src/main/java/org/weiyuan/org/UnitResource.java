package org.weiyuan.org;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.weiyuan.org.OrgViews.CreateUnitRequest;
import org.weiyuan.org.OrgViews.RenameUnitRequest;
import org.weiyuan.org.OrgViews.UnitView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

@Cancellable(false)
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "units", description = "工会组织 Union tree")
public class UnitResource {

    final OrgService service;
    final OrgMapper mapper;
    final CurrentActor actor;

    UnitResource(OrgService service, OrgMapper mapper, CurrentActor actor) {
        this.service = service;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.WORKER})
    @Operation(operationId = "listUnits", summary = "工会组织列表 Units: staff see their subtree, admins and workers the directory")
    public Uni<List<UnitView>> list() {
        return service.visibleUnits(actor.get()).map(units -> units.stream().map(mapper::toView).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.WORKER})
    @Operation(operationId = "getUnit")
    public Uni<UnitView> get(@RestPath("id") UUID id) {
        return service.visibleUnit(actor.get(), id).map(mapper::toView);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(201)
    @APIResponseSchema(value = UnitView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "createUnit", summary = "新建工会组织 Create a unit under a parent")
    public Uni<UnitView> create(@Valid @NotNull CreateUnitRequest request) {
        return service.createUnit(actor.get(), request).map(mapper::toView);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "renameUnit", summary = "重命名工会组织 Rename a unit")
    public Uni<UnitView> rename(@RestPath("id") UUID id, @Valid @NotNull RenameUnitRequest request) {
        return service.renameUnit(actor.get(), id, request.name()).map(mapper::toView);
    }
}
