package org.weiyuan.modelworker;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.modelworker.ModelWorkerViews.HonourBoardEntry;
import org.weiyuan.modelworker.ModelWorkerViews.ReceptionRequest;
import org.weiyuan.modelworker.ModelWorkerViews.ReceptionView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/**
 * The public side of model-worker care: the honour board (光荣榜, 示范引领 model workers who consented:
 * name, unit, honours and deeds, nothing more) and each unit's reception days (劳模接待日).
 * Reads are public (no personal data); setting a unit's reception days is for staff of its subtree.
 */
@Cancellable(false)
@Path("/api/v1/model-worker-board")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "model-worker-board", description = "劳模光荣榜与接待日 The public honour board and reception days")
public class ModelWorkerBoardResource {

    private final ModelWorkerBoardService board;
    private final CurrentActor actor;

    public ModelWorkerBoardResource(ModelWorkerBoardService board, CurrentActor actor) {
        this.board = board;
        this.actor = actor;
    }

    @GET
    @Path("/honour-board")
    @PermitAll
    @Operation(operationId = "modelWorkerHonourBoard",
            summary = "劳模光荣榜 Model workers leading by example who consented: name, unit, honours and deeds (public)")
    @APIResponse(responseCode = "200", description = "光荣榜 The honour board")
    public Uni<List<HonourBoardEntry>> honourBoard(@RestQuery("unitId") UUID unitId) {
        return board.honourBoard(unitId);
    }

    @GET
    @Path("/reception-days/{unitId}")
    @PermitAll
    @Operation(operationId = "modelWorkerReceptionDays",
            summary = "劳模接待日 A unit's reception days: weekday, hours, place, who receives, days off and the next days held (public)")
    @APIResponse(responseCode = "200", description = "接待日 Reception days")
    public Uni<ReceptionView> receptionDays(@RestPath("unitId") UUID unitId,
                                            @RestQuery("count") @DefaultValue("8") int count) {
        return board.reception(unitId, count);
    }

    @PUT
    @Path("/reception-days/{unitId}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "modelWorkerSetReceptionDays", summary = "设定劳模接待日 Set a unit's reception days (staff of its subtree)")
    @APIResponse(responseCode = "200", description = "接待日 Reception days")
    public Uni<ReceptionView> setReceptionDays(@RestPath("unitId") UUID unitId, @Valid @NotNull ReceptionRequest request) {
        return board.setReception(actor.get(), unitId, request);
    }
}
