package org.weiyuan.modelworker;

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
import org.weiyuan.modelworker.ModelWorkerViews.ArchiveRequest;
import org.weiyuan.modelworker.ModelWorkerViews.ArchiveSummary;
import org.weiyuan.modelworker.ModelWorkerViews.ArchiveView;
import org.weiyuan.modelworker.ModelWorkerViews.ContactLog;
import org.weiyuan.modelworker.ModelWorkerViews.ContactRequest;
import org.weiyuan.modelworker.ModelWorkerViews.ContactView;
import org.weiyuan.modelworker.ModelWorkerViews.MyTasks;
import org.weiyuan.modelworker.ModelWorkerViews.PairingRequest;
import org.weiyuan.modelworker.ModelWorkerViews.PairingView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/**
 * Model workers (劳模): their archive, one-to-one contact by honour level, the contact log and the
 * contact's queue. Only the staff who serve a model worker (the unit keeping the archive, the
 * paired contact) see them; anyone else gets 404.
 */
@Cancellable(false)
@Path("/api/v1/model-workers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "model-workers", description = "劳模服务 Model workers' archives, pairing and contact")
public class ModelWorkerResource {

    private final ModelWorkerService service;
    private final CurrentActor actor;

    public ModelWorkerResource(ModelWorkerService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @Operation(operationId = "modelWorkerCreate", summary = "建立劳模档案 Open a model worker's archive, kept by the caller's unit")
    @APIResponseSchema(value = ArchiveView.class, responseCode = "201", responseDescription = "档案 The archive")
    public Uni<ArchiveView> create(@Valid @NotNull ArchiveRequest request) {
        return service.create(actor.get(), request);
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "modelWorkerList", summary = "劳模名录 The model workers the caller serves (names masked)")
    @APIResponse(responseCode = "200", description = "名录 List")
    public Uni<List<ArchiveSummary>> list(@RestQuery("serviceType") ModelWorkerPolicy.ServiceType serviceType) {
        return service.list(actor.get(), serviceType);
    }

    @GET
    @Path("/my-tasks")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "modelWorkerMyTasks", summary = "我的劳模走访任务 Overdue visits and birthday/festival visit tasks of the caller")
    @APIResponse(responseCode = "200", description = "任务 Tasks")
    public Uni<MyTasks> myTasks() {
        return service.myTasks(actor.get());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "modelWorkerGet", summary = "劳模档案 The whole archive (staff who serve them; audited)")
    @APIResponse(responseCode = "200", description = "档案 The archive")
    public Uni<ArchiveView> get(@RestPath("id") UUID id) {
        return service.get(actor.get(), id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "modelWorkerUpdate", summary = "更新劳模档案 Replace the archive's categories and honours")
    @APIResponse(responseCode = "200", description = "档案 The archive")
    public Uni<ArchiveView> update(@RestPath("id") UUID id, @Valid @NotNull ArchiveRequest request) {
        return service.update(actor.get(), id, request);
    }

    @PUT
    @Path("/{id}/contact")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "modelWorkerPair", summary = "一对一结对 Pair the model worker with a contact of the level their honour asks for")
    @APIResponse(responseCode = "200", description = "结对 Pairing")
    public Uni<PairingView> pair(@RestPath("id") UUID id, @Valid @NotNull PairingRequest request) {
        return service.pair(actor.get(), id, request);
    }

    @GET
    @Path("/{id}/contacts")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "modelWorkerContacts", summary = "联系记录 The pairing, this year's visits against the rule, and the contact log")
    @APIResponse(responseCode = "200", description = "联系记录 Contact log")
    public Uni<ContactLog> contacts(@RestPath("id") UUID id) {
        return service.contacts(actor.get(), id);
    }

    @POST
    @Path("/{id}/contacts")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @Operation(operationId = "modelWorkerLogContact", summary = "登记联系 Log a phone call, visit or message (a visit closes visit tasks near it)")
    @APIResponseSchema(value = ContactView.class, responseCode = "201", responseDescription = "联系 The contact")
    public Uni<ContactView> logContact(@RestPath("id") UUID id, @Valid @NotNull ContactRequest request) {
        return service.logContact(actor.get(), id, request);
    }

    @PUT
    @Path("/{id}/honour-board")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "modelWorkerBoardConsent",
            summary = "光荣榜同意 Record the model worker's consent to the public honour board (示范引领 only), or its withdrawal")
    @APIResponse(responseCode = "200", description = "同意 Consent")
    public Uni<ModelWorkerViews.BoardConsentView> boardConsent(@RestPath("id") UUID id,
                                                              @Valid @NotNull ModelWorkerViews.BoardConsentRequest request) {
        return service.boardConsent(actor.get(), id, request);
    }

    @PUT
    @Path("/{id}/account")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "modelWorkerLinkAccount",
            summary = "关联账号 Link the model worker's own platform account (for their 劳模优惠), or unlink it with null")
    @APIResponse(responseCode = "200", description = "账号 The linked account")
    public Uni<ModelWorkerViews.AccountView> linkAccount(@RestPath("id") UUID id, @Valid @NotNull ModelWorkerViews.AccountRequest request) {
        return service.linkAccount(actor.get(), id, request);
    }
}
