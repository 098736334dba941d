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
import org.weiyuan.household.VolunteerViews.MyVolunteerVisitView;
import org.weiyuan.household.VolunteerViews.VolunteerFileView;
import org.weiyuan.household.VolunteerViews.VolunteerVisitRecordRequest;
import org.weiyuan.household.VolunteerViews.VolunteerVisitView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/** HTTP edge of volunteer home visits (义工入户核查): the volunteer's own visits, and staff calling one off. Rules: {@link VolunteerRules}. */
@Cancellable(false)
@Path("/api/v1/volunteer-visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "volunteers", description = "义工入户核查 Home visits by volunteer verifiers")
public class VolunteerVisitResource {

    private final VolunteerService service;
    private final HouseholdPresenter presenter;
    private final CurrentActor actor;

    VolunteerVisitResource(VolunteerService service, HouseholdPresenter presenter, CurrentActor actor) {
        this.service = service;
        this.presenter = presenter;
        this.actor = actor;
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "listMyVolunteerVisits",
            summary = "我的入户任务 The volunteer's open visits, with each file's masked summary (audited)")
    public Uni<List<MyVolunteerVisitView>> mine() {
        return service.mine(actor.get()).map(all -> all.stream()
                .map(v -> new MyVolunteerVisitView(VolunteerVisitView.of(v.visit()), HouseholdPresenter.summary(v.household())))
                .toList());
    }

    @GET
    @Path("/{visitId}/household")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "getVolunteerVisitHousehold",
            summary = "查看入户档案 The file of an open visit of the volunteer's, masked as for investigators (audited)")
    public Uni<VolunteerFileView> file(@RestPath UUID visitId) {
        return service.file(actor.get(), visitId)
                .map(f -> new VolunteerFileView(VolunteerVisitView.of(f.visit()), presenter.view(f.file().file(), true)));
    }

    @POST
    @Path("/{visitId}/record")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "recordVolunteerVisit",
            summary = "记录义工入户 The volunteer records the home visit; the visit closes and the file with it")
    public Uni<VolunteerFileView> record(@RestPath UUID visitId, @Valid @NotNull VolunteerVisitRecordRequest request) {
        return service.record(actor.get(), visitId, request.visit())
                .map(f -> new VolunteerFileView(VolunteerVisitView.of(f.visit()), presenter.view(f.file().file(), true)));
    }

    @POST
    @Path("/{visitId}/cancel")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "cancelVolunteerVisit", summary = "撤回义工入户 Staff in the file's scope call an open visit off")
    public Uni<VolunteerVisitView> cancel(@RestPath UUID visitId) {
        return service.cancel(actor.get(), visitId).map(VolunteerVisitView::of);
    }
}
