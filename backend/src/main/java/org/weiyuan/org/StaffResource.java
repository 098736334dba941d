package org.weiyuan.org;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.weiyuan.org.OrgViews.StaffAssignmentRequest;
import org.weiyuan.org.OrgViews.StaffView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

@Cancellable(false)
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "staff", description = "工会干部 Staff assignments (admin)")
public class StaffResource {

    final OrgService service;
    final OrgMapper mapper;
    final CurrentActor actor;

    StaffResource(OrgService service, OrgMapper mapper, CurrentActor actor) {
        this.service = service;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listStaff")
    public Uni<List<StaffView>> list() {
        return service.listStaff().map(all -> all.stream().map(mapper::toView).toList());
    }

    @PUT
    @Path("/{subject}")
    @Operation(operationId = "assignStaff", summary = "指派工会干部 Assign a Keycloak user (subject) as staff of a unit")
    public Uni<StaffView> assign(@RestPath("subject") UUID subject, @Valid @NotNull StaffAssignmentRequest request) {
        return service.assignStaff(actor.get(), subject, request).map(mapper::toView);
    }

    @DELETE
    @Path("/{subject}")
    @ResponseStatus(204)
    @Operation(operationId = "removeStaff")
    public Uni<Void> remove(@RestPath("subject") UUID subject) {
        return service.removeStaff(actor.get(), subject);
    }
}
