package org.weiyuan.household;

import org.jboss.resteasy.reactive.server.Cancellable;
import org.weiyuan.common.idempotency.IdempotencyRules;
import org.weiyuan.common.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.weiyuan.common.Page;
import org.weiyuan.household.HouseholdService.Accessed;
import org.weiyuan.household.HouseholdViews.AnswerRequest;
import org.weiyuan.household.HouseholdViews.ExitRequest;
import org.weiyuan.household.HouseholdViews.HouseholdRequest;
import org.weiyuan.household.HouseholdViews.HouseholdSummary;
import org.weiyuan.household.HouseholdViews.HouseholdView;
import org.weiyuan.household.HouseholdViews.PersonalData;
import org.weiyuan.household.HouseholdViews.QuestionRequest;
import org.weiyuan.household.HouseholdViews.ReasonRequest;
import org.weiyuan.household.HouseholdViews.VerificationRequest;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/** HTTP edge of household files (建档立卡). Rules live in {@link HouseholdService}. */
@Cancellable(false)
@Path("/api/v1/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "households", description = "困难职工家庭档案 Household files")
public class HouseholdResource {

    final HouseholdService service;
    final HouseholdPresenter presenter;
    final CurrentActor actor;

    final HouseholdHistoryService history;

    HouseholdResource(HouseholdService service, HouseholdPresenter presenter, CurrentActor actor,
                      HouseholdHistoryService history) {
        this.service = service;
        this.history = history;
        this.presenter = presenter;
        this.actor = actor;
    }

    @POST
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @ResponseStatus(201)
    @APIResponseSchema(value = HouseholdView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "createHousehold", summary = "建档 File a household (the worker's own, or staff on a worker's behalf)")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<HouseholdView> create(@Valid @NotNull HouseholdRequest request) {
        return service.create(actor.get(), request).map(this::view);
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listHouseholds", summary = "档案列表 Files in the caller's union subtree (staff), oldest first")
    public Uni<Page<HouseholdSummary>> list(@RestQuery("unitId") UUID unitId, @RestQuery("status") HouseholdStatus status,
                                            @RestQuery("category") HouseholdCategory category, @RestQuery("severity") Severity severity,
                                            @RestQuery("cursor") String cursor,
                                            @RestQuery("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.list(actor.get(), new HouseholdService.ListFilter(unitId, status, category, severity), cursor, limit)
                .map(page -> new Page<>(page.items().stream().map(HouseholdPresenter::summary).toList(), page.nextCursor()));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "listMyHouseholds", summary = "我的档案 The signed-in worker's own file")
    // a worker who has not filed yet gets 404 (the app shows "还没有建档")
    @APIResponseSchema(value = HouseholdView.class, responseCode = "200", responseDescription = "OK")
    @APIResponse(responseCode = "404", description = "还没有建档 No file yet")
    public Uni<HouseholdView> mine() {
        return service.mine(actor.get()).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "getHousehold")
    public Uni<HouseholdView> get(@RestPath("id") UUID id) {
        return service.read(actor.get(), id).map(this::view);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "updateHousehold", summary = "修改档案 Update a file (worker: draft or needs-info; staff: also active files)")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<HouseholdView> update(@RestPath("id") UUID id, @Valid @NotNull HouseholdRequest request) {
        return service.update(actor.get(), id, request).map(this::view);
    }

    @GET
    @Path("/{id}/personal-data")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "getHouseholdPersonalData", summary = "查看个人敏感信息 Unmasked ID, phone, address and health details (audited)")
    public Uni<PersonalData> personalData(@RestPath("id") UUID id) {
        return service.personalData(actor.get(), id).map(presenter::personalData);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "getHouseholdHistory", summary = "档案履历 The file's history from the audit log, oldest first (staff in scope; audited)")
    public Uni<List<HouseholdViews.HistoryEntry>> history(@RestPath("id") UUID id) {
        return history.history(actor.get(), id);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "submitHousehold", summary = "提交审核 Submit a draft (or resubmit after answering questions)")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<HouseholdView> submit(@RestPath("id") UUID id) {
        return service.submit(actor.get(), id).map(this::view);
    }

    @POST
    @Path("/{id}/start-verification")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "startHouseholdVerification", summary = "开始入户核查 Start verification")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<HouseholdView> startVerification(@RestPath("id") UUID id) {
        return service.startVerification(actor.get(), id).map(this::view);
    }

    @POST
    @Path("/{id}/verifications")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = HouseholdView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "recordHouseholdVerification", summary = "记录入户核查 Record a home visit; the recorder is the accountable investigator")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<HouseholdView> recordVerification(@RestPath("id") UUID id, @Valid @NotNull VerificationRequest request) {
        return service.recordVerification(actor.get(), id, request).map(this::view);
    }

    @POST
    @Path("/{id}/questions")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = HouseholdView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "askHouseholdQuestion", summary = "要求补充信息 Ask the worker a question, or for a document (file goes to needs-info)")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<HouseholdView> ask(@RestPath("id") UUID id, @Valid @NotNull QuestionRequest request) {
        return service.ask(actor.get(), id, request.question(), request.documentKind()).map(this::view);
    }

    @POST
    @Path("/{id}/questions/{questionId}/answer")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "answerHouseholdQuestion", summary = "回答问题 Answer a question; the last answer resubmits the file")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<HouseholdView> answer(@RestPath("id") UUID id, @RestPath("questionId") UUID questionId, @Valid @NotNull AnswerRequest request) {
        return service.answer(actor.get(), id, questionId, request.answer()).map(this::view);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "approveHousehold", summary = "审批通过 Approve (not by an investigator of this cycle)")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<HouseholdView> approve(@RestPath("id") UUID id) {
        return service.approve(actor.get(), id).map(this::view);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "rejectHousehold")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<HouseholdView> reject(@RestPath("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return service.reject(actor.get(), id, request.reason()).map(this::view);
    }

    @POST
    @Path("/{id}/exit")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "exitHousehold", summary = "脱困退出 The household has left hardship")
    public Uni<HouseholdView> exit(@RestPath("id") UUID id, @Valid @NotNull ExitRequest request) {
        return service.exit(actor.get(), id, request).map(this::view);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "reopenHousehold", summary = "重新申请 Reopen an exited or rejected file for a new review")
    public Uni<HouseholdView> reopen(@RestPath("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return service.reopen(actor.get(), id, request.reason()).map(this::view);
    }

    private HouseholdView view(Accessed accessed) {
        return presenter.view(accessed.file(), accessed.masked());
    }
}
