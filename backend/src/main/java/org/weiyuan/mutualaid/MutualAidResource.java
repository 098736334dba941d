package org.weiyuan.mutualaid;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.weiyuan.common.Page;
import org.weiyuan.mutualaid.MutualAidEntities.ClaimStatus;
import org.weiyuan.mutualaid.MutualAidViews.ClaimSummary;
import org.weiyuan.mutualaid.MutualAidEntities.DocumentKind;
import org.weiyuan.mutualaid.MutualAidViews.ClaimView;
import org.weiyuan.mutualaid.MutualAidViews.ContributionRequest;
import org.weiyuan.mutualaid.MutualAidViews.ContributionResult;
import org.weiyuan.mutualaid.MutualAidViews.CreatePlanRequest;
import org.weiyuan.mutualaid.MutualAidViews.EnrolRequest;
import org.weiyuan.mutualaid.MutualAidViews.FiguresView;
import org.weiyuan.mutualaid.MutualAidViews.ImportJobView;
import org.weiyuan.mutualaid.MutualAidViews.RowError;
import org.weiyuan.mutualaid.MutualAidViews.MemberView;
import org.weiyuan.mutualaid.MutualAidViews.MembershipView;
import org.weiyuan.mutualaid.MutualAidViews.PlanView;
import org.weiyuan.mutualaid.MutualAidViews.RenewPlanRequest;
import org.weiyuan.mutualaid.MutualAidViews.RenewalResult;
import org.weiyuan.mutualaid.MutualAidViews.ReviewRequest;
import org.weiyuan.mutualaid.MutualAidViews.SubmitClaimRequest;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** 职工医疗互助 Workers' medical mutual aid: plans, enrolment, contributions, claims, figures. HTTP only. */
@Cancellable(false)
@Path("/api/v1/mutual-aid")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "mutual-aid", description = "职工医疗互助 Workers' medical mutual aid")
public class MutualAidResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanService plans;
    private final EnrolmentService enrolment;
    private final ClaimService claims;
    private final ClaimDocumentService documents;
    private final ClaimListService claimList;
    private final MutualAidMapper mapper;
    private final CurrentActor actor;
    private final MemberOptionService options;
    private final ContributionPaymentService payments;
    private final ImportJobService imports;

    public MutualAidResource(PlanService plans, EnrolmentService enrolment, ClaimService claims, ClaimDocumentService documents,
                             ClaimListService claimList, MutualAidMapper mapper, CurrentActor actor,
                             MemberOptionService options, ContributionPaymentService payments, ImportJobService imports) {
        this.imports = imports;
        this.payments = payments;
        this.options = options;
        this.plans = plans;
        this.enrolment = enrolment;
        this.claims = claims;
        this.documents = documents;
        this.claimList = claimList;
        this.mapper = mapper;
        this.actor = actor;
    }

    @POST
    @Path("/plans")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = PlanView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "createMutualAidPlan", summary = "新建互助计划 Create a plan for a unit and plan year (tiers and benefits as data)")
    public Uni<PlanView> createPlan(@Valid @NotNull CreatePlanRequest request) {
        return plans.create(actor.get(), request).map(mapper::toView);
    }

    @GET
    @Path("/plans")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listMutualAidPlans", summary = "互助计划列表 Plans of a unit's subtree (default: the caller's unit)")
    public Uni<List<PlanView>> listPlans(@RestQuery("unitId") UUID unitId, @RestQuery("planYear") @Min(2000) @Max(2100) Integer planYear) {
        return plans.list(actor.get(), unitId, planYear).map(ps -> ps.stream().map(mapper::toView).toList());
    }

    @GET
    @Path("/plans/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "getMutualAidPlan")
    public Uni<PlanView> getPlan(@RestPath("id") UUID id) {
        return plans.get(actor.get(), id).map(mapper::toView);
    }

    @POST
    @Path("/plans/{id}/renew")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = RenewalResult.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "renewMutualAidPlan",
            summary = "续保 The plan for the next plan year (same or new rules), every member carried over without a new waiting period")
    public Uni<RenewalResult> renew(@RestPath("id") UUID id, @Valid RenewPlanRequest request) {
        return plans.renew(actor.get(), id, request);
    }

    @POST
    @Path("/plans/{id}/members")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = MemberView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "enrolMutualAidMember", summary = "登记会员 Enrol one member (worker account, or name and ID number)")
    public Uni<MemberView> enrol(@RestPath("id") UUID id, @Valid @NotNull EnrolRequest request) {
        return enrolment.enrol(actor.get(), id, request).chain(m -> enrolment.viewMasked(m));
    }

    @POST
    @Path("/plans/{id}/members/import")
    @RolesAllowed(Roles.STAFF)
    @Consumes(XLSX)
    @APIResponseSchema(value = ImportJobView.class, responseCode = "202", responseDescription = "Queued (or the job of the same sheet "
            + "still queued or running); Location: the job to poll")
    @Operation(operationId = "importMutualAidMembers",
            summary = "批量导入会员 Enrol members from an XLSX sheet as a job run outside the request: poll it; bad rows are reported "
                    + "back, the same sheet while its job runs is that job, re-imports add nobody twice")
    public Uni<RestResponse<ImportJobView>> importMembers(@RestPath("id") UUID id, byte[] sheet) {
        return imports.submit(actor.get(), id, sheet).map(job -> RestResponse.ResponseBuilder.<ImportJobView>create(RestResponse.Status.ACCEPTED)
                .entity(job).location(URI.create("/api/v1/mutual-aid/plans/" + id + "/imports/" + job.id())).build());
    }

    @GET
    @Path("/plans/{id}/imports")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listMutualAidImports", summary = "导入任务 The plan's recent import jobs, newest first")
    public Uni<List<ImportJobView>> imports(@RestPath("id") UUID id, @RestQuery("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return imports.recent(actor.get(), id, limit);
    }

    @GET
    @Path("/plans/{id}/imports/{jobId}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "getMutualAidImport", summary = "导入进度 An import job: state, rows done, counts")
    public Uni<ImportJobView> importJob(@RestPath("id") UUID id, @RestPath("jobId") UUID jobId) {
        return imports.get(actor.get(), id, jobId);
    }

    @GET
    @Path("/plans/{id}/imports/{jobId}/errors")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listMutualAidImportErrors", summary = "导入错误 The rows an import job refused, with field and reason, in row order")
    public Uni<Page<RowError>> importErrors(@RestPath("id") UUID id, @RestPath("jobId") UUID jobId, @RestQuery("cursor") String cursor,
                                            @RestQuery("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return imports.errors(actor.get(), id, jobId, cursor, limit);
    }

    @GET
    @Path("/plans/{id}/members")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listMutualAidMembers", summary = "会员名单 Members (names and ID numbers masked; the read is audited)")
    public Uni<List<MemberView>> members(@RestPath("id") UUID id, @RestQuery("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return enrolment.list(actor.get(), id, limit);
    }

    @POST
    @Path("/plans/{id}/contributions")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "recordMutualAidContributions",
            summary = "登记缴费 Record members' contributions as paid by the unit (one ledger entry each into the plan's fund)")
    public Uni<ContributionResult> contributions(@RestPath("id") UUID id, @Valid @NotNull ContributionRequest request) {
        return enrolment.recordContributions(actor.get(), id, request.memberIds());
    }

    @POST
    @Path("/plans/{id}/payments")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = MutualAidViews.PaymentView.class, responseCode = "201", responseDescription = "Started")
    @Operation(operationId = "payMutualAidContributionsAsUnit",
            summary = "单位在线缴费 The unit pays through the payment gateway every share still due of these members (this plan year's plan only); "
                    + "the gateway's notification posts one ledger entry into the plan's fund")
    public Uni<MutualAidViews.PaymentView> payAsUnit(@RestPath("id") UUID id, @Valid @NotNull MutualAidViews.UnitPaymentRequest request) {
        return payments.startForUnit(actor.get(), id, request.memberIds());
    }

    @POST
    @Path("/me/payments")
    @RolesAllowed(Roles.WORKER)
    @ResponseStatus(201)
    @APIResponseSchema(value = MutualAidViews.PaymentView.class, responseCode = "201", responseDescription = "Started")
    @Operation(operationId = "payMyMutualAidContribution",
            summary = "我要缴费 The worker pays their own share of their tier for a plan they are a member of (this plan year's only) "
                    + "through the payment gateway; starting again while it is pending gives the same payment")
    public Uni<MutualAidViews.PaymentView> payMine(@Valid @NotNull MutualAidViews.MemberPaymentRequest request) {
        return payments.startForMember(actor.get(), request.planId());
    }

    @POST
    @Path("/plans/{id}/members/{memberId}/options")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = MutualAidViews.MemberOptionView.class, responseCode = "201", responseDescription = "Opted in")
    @Operation(operationId = "optInMutualAidOption",
            summary = "参加自选计划 Opt a member into an optional benefit (at enrolment or later in the plan year); its fee is one ledger entry into the plan's fund")
    public Uni<MutualAidViews.MemberOptionView> optIn(@RestPath("id") UUID id, @RestPath("memberId") UUID memberId,
                                                     @Valid @NotNull MutualAidViews.OptInRequest request) {
        return options.optIn(actor.get(), id, memberId, request);
    }

    @GET
    @Path("/payments/{id}")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "getMutualAidPayment",
            summary = "缴费状态 A gateway payment (pending, paid or expired) and the shares it covers: for whoever started it, or staff of "
                    + "the plan's subtree")
    public Uni<MutualAidViews.PaymentStatusView> payment(@RestPath("id") UUID id) {
        return payments.status(actor.get(), id);
    }

    @POST
    @Path("/me/plans/{planId}/options/{optionCode}")
    @RolesAllowed(Roles.WORKER)
    @ResponseStatus(201)
    @APIResponseSchema(value = MutualAidViews.MemberOptionView.class, responseCode = "201", responseDescription = "Opted in")
    @Operation(operationId = "optIntoMyMutualAidOption",
            summary = "我要参加自选计划 The worker opts into an optional benefit of their plan from today; its fee is due with their contributions")
    public Uni<MutualAidViews.MemberOptionView> optInMine(@RestPath("planId") UUID planId,
                                                         @RestPath("optionCode") @jakarta.validation.constraints.Size(max = 24) String optionCode) {
        return options.optInMine(actor.get(), planId, optionCode);
    }

    @DELETE
    @Path("/me/plans/{planId}/options/{optionCode}")
    @RolesAllowed(Roles.WORKER)
    @ResponseStatus(204)
    @Operation(operationId = "optOutOfMyMutualAidOption",
            summary = "退出自选计划 The worker leaves an optional benefit while its fee is unpaid and nothing was claimed on it (409 after)")
    public Uni<Void> optOutMine(@RestPath("planId") UUID planId,
                                @RestPath("optionCode") @jakarta.validation.constraints.Size(max = 24) String optionCode) {
        return options.optOutMine(actor.get(), planId, optionCode);
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "getMyMutualAid", summary = "我的互助 The worker's own memberships and claims")
    public Uni<List<MembershipView>> me() {
        return claims.mine(actor.get());
    }

    @POST
    @Path("/claims")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @ResponseStatus(201)
    @APIResponseSchema(value = ClaimView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "submitMutualAidClaim", summary = "提交申领 Claim (the amount is computed and explained line by line)")
    public Uni<ClaimView> submit(@Valid @NotNull SubmitClaimRequest request) {
        return claims.submit(actor.get(), request);
    }

    @GET
    @Path("/claims")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listMutualAidClaims",
            summary = "申领列表 Claims of the caller's subtree (or of unitId's), by status, oldest first; names masked, the read audited")
    public Uni<Page<ClaimSummary>> listClaims(@RestQuery("unitId") UUID unitId, @RestQuery("status") ClaimStatus status,
                                              @RestQuery("cursor") String cursor,
                                              @RestQuery("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return claimList.list(actor.get(), unitId, status, cursor, limit);
    }

    @GET
    @Path("/claims/{id}")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "getMutualAidClaim")
    public Uni<ClaimView> claim(@RestPath("id") UUID id) {
        return claims.get(actor.get(), id);
    }

    @POST
    @Path("/claims/{id}/documents")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Consumes({"image/jpeg", "image/png", "application/pdf"})
    @ResponseStatus(201)
    @APIResponseSchema(value = ClaimView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "addMutualAidClaimDocument",
            summary = "上传申领材料 Add the diagnosis, an invoice or the settlement sheet (JPEG/PNG/PDF, checked by content; encrypted at rest; "
                    + "a file already on another claim flags both)")
    public Uni<ClaimView> addDocument(@RestPath("id") UUID id, @RestQuery("kind") @NotNull DocumentKind kind, byte[] file) {
        return documents.upload(actor.get(), id, kind, file);
    }

    @GET
    @Path("/claims/{id}/documents/{documentId}")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Produces({"image/jpeg", "image/png", "application/pdf", "application/problem+json"})
    @Operation(operationId = "getMutualAidClaimDocument", summary = "查看申领材料 A claim document (staff reads are audited)")
    public Uni<Response> document(@RestPath("id") UUID id, @RestPath("documentId") UUID documentId) {
        return documents.read(actor.get(), id, documentId).map(c -> Response.ok(c.bytes(), c.contentType())
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build());
    }

    @POST
    @Path("/claims/{id}/review")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "reviewMutualAidClaim", summary = "审核申领 Review: accept for approval or reject with a reason")
    public Uni<ClaimView> review(@RestPath("id") UUID id, @Valid @NotNull ReviewRequest request) {
        return claims.review(actor.get(), id, request);
    }

    @POST
    @Path("/claims/{id}/approve")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "approveMutualAidClaim",
            summary = "审批申领 Approve (not the reviewer; above the threshold a third person too); the last approval pays from the fund")
    public Uni<ClaimView> approve(@RestPath("id") UUID id) {
        return claims.approve(actor.get(), id);
    }

    @GET
    @Path("/figures")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "getMutualAidFigures",
            summary = "互助基金统计 Members, contributions, claims paid, payout ratio and fund balance per plan, rolled up the subtree")
    public Uni<FiguresView> figures(@RestQuery("unitId") UUID unitId, @RestQuery("planYear") @Min(2000) @Max(2100) Integer planYear) {
        return plans.figures(actor.get(), unitId, planYear);
    }
}
