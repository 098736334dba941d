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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.weiyuan.household.AppealViews.AppealDecisionRequest;
import org.weiyuan.household.AppealViews.AppealQueueItemView;
import org.weiyuan.household.AppealViews.AppealView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/** HTTP edge of appeals (申诉) once filed: the reviewers' queue, one appeal, its outcome. Rules: {@link AppealRules}. */
@Cancellable(false)
@Path("/api/v1/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "appeals", description = "申诉 Appeals against a household file's rejection or exit")
public class AppealResource {

    private final AppealService service;
    private final AppealMapper mapper;
    private final CurrentActor actor;

    AppealResource(AppealService service, AppealMapper mapper, CurrentActor actor) {
        this.service = service;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listAppealQueue",
            summary = "待复议 Pending appeals the caller may review: decided in a unit below theirs, not by them")
    public Uni<List<AppealQueueItemView>> queue() {
        return service.queue(actor.get()).map(all -> all.stream().map(mapper::toQueueItem).toList());
    }

    @GET
    @Path("/{appealId}")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "getAppeal", summary = "申诉详情 One appeal (the household, or staff in scope; staff reads are audited)")
    public Uni<AppealView> get(@RestPath UUID appealId) {
        return service.get(actor.get(), appealId).map(mapper::toView);
    }

    @POST
    @Path("/{appealId}/decision")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "decideAppeal",
            summary = "复议申诉 Uphold or reverse the appealed decision with reasons (403 for the decider or a reviewer not above the deciding unit)")
    public Uni<AppealView> decide(@RestPath UUID appealId, @Valid @NotNull AppealDecisionRequest request) {
        return service.decide(actor.get(), appealId, request)
                .map(d -> mapper.toView(d.appeal()).withReinstatement(d.reinstatement()));
    }
}
