package org.weiyuan.household;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weiyuan.household.RecheckViews.DueView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;

/** HTTP edge of re-checks (复核). Rules live in {@link RecheckService} and {@link RecheckRules}. */
@Cancellable(false)
@Path("/api/v1/rechecks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rechecks", description = "复核 Re-checks of approved household files")
public class RecheckResource {

    private final RecheckService service;
    private final CurrentActor actor;

    RecheckResource(RecheckService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @Path("/due")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listDueRechecks", summary = "待复核 Approved files in the caller's subtree due or overdue for a re-check")
    public Uni<List<DueView>> due() {
        return service.due(actor.get());
    }
}
