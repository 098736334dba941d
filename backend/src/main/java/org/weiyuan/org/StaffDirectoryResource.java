package org.weiyuan.org;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** 工作人员名录: colleagues' names for the subjects a work list shows. Rules: {@link StaffDirectoryService}. */
@Cancellable(false)
@Path("/api/v1/staff-directory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "staff", description = "工会干部 Staff assignments (admin)")
public class StaffDirectoryResource {

    private final StaffDirectoryService service;
    private final CurrentActor actor;

    StaffDirectoryResource(StaffDirectoryService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "staffNames",
            summary = "工作人员名录 Names of the given staff subjects in the caller's unit, below it or above it (others left out)")
    public Uni<List<OrgViews.StaffNameView>> names(
            @RestQuery("subject") @Size(max = StaffDirectoryService.MAX_SUBJECTS) List<UUID> subjects) {
        return service.names(actor.get(), subjects == null ? java.util.Set.of() : new LinkedHashSet<>(subjects));
    }
}
