package org.weiyuan.funding;

import org.jboss.resteasy.reactive.server.Cancellable;
import org.weiyuan.common.idempotency.IdempotencyRules;
import org.weiyuan.common.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.weiyuan.funding.FundingViews.LedgerReport;
import org.weiyuan.funding.FundingViews.PledgeRequest;
import org.weiyuan.funding.FundingViews.PledgeView;
import org.weiyuan.common.Messages;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** HTTP edge of pledges (认捐), the sandbox payment channel and the ledger check. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "funding", description = "认捐与账目 Pledges, payments, ledger")
public class FundingResource {

    final PledgeService pledges;
    final PaymentGateway gateway;
    final Payments payments;
    final LedgerService ledger;
    final MatchingService matching;
    final DisbursementService disbursements;
    final TransparencyService transparency;
    final ReceiptRenderer receipts;
    final CurrentActor actor;
    final org.weiyuan.wish.FeedCache feedCache;

    FundingResource(PledgeService pledges, PaymentGateway gateway, Payments payments, LedgerService ledger, MatchingService matching, DisbursementService disbursements, TransparencyService transparency, ReceiptRenderer receipts, CurrentActor actor, org.weiyuan.wish.FeedCache feedCache) {
        this.feedCache = feedCache;
        this.pledges = pledges;
        this.gateway = gateway;
        this.payments = payments;
        this.ledger = ledger;
        this.matching = matching;
        this.disbursements = disbursements;
        this.transparency = transparency;
        this.receipts = receipts;
        this.actor = actor;
    }

    @POST
    @Path("/wishes/{id}/pledges")
    @RolesAllowed(Roles.DONOR)
    @Operation(operationId = "createPledge", summary = "认捐 Pledge part or all of what a wish still needs; retry-safe with Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Held for payment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgeView.class)))
    @APIResponse(responseCode = "200", description = "A replay of the same Idempotency-Key: the pledge made then (header Idempotent-Replayed: true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgeView.class)))
    public Uni<Response> pledge(@RestPath("id") UUID wishId, @RestHeader("Idempotency-Key") String idempotencyKey,
                                @Valid @NotNull PledgeRequest request) {
        // committed here: the feed's pages on every replica drop the old progress (FeedCache.pledged)
        return pledges.pledge(actor.get(), wishId, idempotencyKey, request).invoke(result -> feedCache.pledged()).map(result -> Response
                .status(result.replayed() ? 200 : 201)
                .header("Idempotent-Replayed", String.valueOf(result.replayed()))
                .entity(view(result.pledge())).build());
    }

    @GET
    @Path("/pledges/mine")
    @RolesAllowed(Roles.DONOR)
    @Operation(operationId = "listMyPledges")
    public Uni<List<PledgeView>> mine(@RestHeader("Accept-Language") String language) {
        // "my donations" names each wish, so the donor knows what they gave to
        Locale locale = Messages.negotiate(language);
        return pledges.allMine(actor.get()).chain(all -> pledges.titlesOf(all).map(titles -> all.stream()
                .map(p -> view(p, titles.get(p.wishId), locale)).toList()));
    }

    @GET
    @Path("/pledges/{id}")
    @RolesAllowed(Roles.DONOR)
    @Operation(operationId = "getPledge")
    public Uni<PledgeView> get(@RestPath("id") UUID id, @RestHeader("Accept-Language") String language) {
        Locale locale = Messages.negotiate(language);
        return pledges.mine(actor.get(), id).map(p -> view(p, null, locale));
    }

    @GET
    @Path("/pledges/{id}/receipt")
    @RolesAllowed(Roles.DONOR)
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(operationId = "getPledgeReceipt", summary = "捐赠收据 The donor's receipt for a paid pledge (PDF, Chinese font embedded)")
    public Uni<Response> receipt(@RestPath("id") UUID id) {
        if (!receipts.available()) {
            throw org.weiyuan.common.DomainException.unavailable("problem.receipt.font");
        }
        return pledges.receipt(actor.get(), id).map(r -> Response.ok(receipts.render(r), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"weiyuan-receipt-" + id + ".pdf\"").build());
    }

    @POST
    @Path("/sandbox/checkout/{reference}")
    @RolesAllowed({Roles.DONOR, Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "payInSandbox",
            summary = "沙箱支付 Pay in the sandbox what the reference names (a donor's pledge or pool, a member's or a unit's "
                    + "mutual-aid contribution, only by whoever started it); the gateway notifies the platform asynchronously")
    @APIResponseSchema(value = FundingViews.PaymentAccepted.class, responseCode = "202",
            responseDescription = "已受理 Accepted: the payment is processing; the gateway's notification marks it paid")
    public Uni<Response> payInSandbox(@RestPath("reference") String reference) {
        return payments.payInSandbox(actor.get(), reference).map(accepted -> Response.accepted(accepted).build());
    }

    @POST
    @Path("/payments/sandbox/notify")
    @PermitAll
    @Operation(operationId = "receiveSandboxPaymentNotification", summary = "支付结果通知 The sandbox gateway's signed payment notification (not for clients)")
    public Uni<FundingViews.PaymentNoticeAnswer> notify(String body, @RestHeader(SandboxGateway.SIGNATURE_HEADER) String signature) {
        return payments.receive(SandboxGateway.NAME, body, signature);
    }

    @POST
    @Path("/matching-pools")
    @RolesAllowed(Roles.DONOR)
    @org.jboss.resteasy.reactive.ResponseStatus(201)
    @APIResponseSchema(value = FundingViews.PoolView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "openMatchingPool", summary = "开设配捐池 Open a matching pool for a campaign; active once its budget is paid in")
    public Uni<FundingViews.PoolView> openPool(@Valid @NotNull MatchingService.PoolRequest request) {
        return matching.open(actor.get(), request).map(this::view);
    }

    @GET
    @Path("/matching-pools/{id}")
    @RolesAllowed(Roles.DONOR)
    @Operation(operationId = "getMatchingPool")
    public Uni<FundingViews.PoolView> pool(@RestPath("id") UUID id) {
        return matching.mine(actor.get(), id).map(this::view);
    }

    @POST
    @Path("/wishes/{id}/disbursements")
    @RolesAllowed(Roles.STAFF)
    @org.jboss.resteasy.reactive.ResponseStatus(201)
    @APIResponseSchema(value = FundingViews.DisbursementView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "createDisbursement", summary = "记录拨付 Record a disbursement with proof; above the threshold a second staff member approves")
    public Uni<FundingViews.DisbursementView> disburse(@RestPath("id") UUID wishId,
                                                       @Valid @NotNull DisbursementService.DisbursementRequest request) {
        return disbursements.record(actor.get(), wishId, request).map(FundingResource::view);
    }

    /** A disbursement waiting for the caller's approval, with its wish; {@code mine} when the caller recorded it (and may not approve). */
    public record PendingDisbursement(FundingViews.DisbursementView disbursement, String wishTitle, boolean mine) { }

    @GET
    @Path("/disbursements/pending")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listPendingDisbursements", summary = "待复核拨付 Disbursements waiting for a second approver in the caller's subtree")
    public Uni<java.util.List<PendingDisbursement>> pendingDisbursements() {
        java.util.UUID me = actor.get().subject();
        return disbursements.pendingInScope(actor.get()).map(rows -> rows.stream().map(r ->
                new PendingDisbursement(view(r.disbursement()), r.wishTitle(), r.disbursement().recordedBy.equals(me))).toList());
    }

    @POST
    @Path("/disbursements/{id}/approve")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "approveDisbursement", summary = "复核拨付 Second approval (the recorder may not approve)")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<FundingViews.DisbursementView> approveDisbursement(@RestPath("id") UUID id) {
        return disbursements.approve(actor.get(), id).map(FundingResource::view);
    }

    @POST
    @Path("/wishes/{id}/receipt")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "confirmWishReceipt", summary = "确认收到 The household confirms receipt and may thank its donors")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<FundingViews.WishState> confirmReceipt(@RestPath("id") UUID wishId, @Valid DisbursementService.ReceiptRequest request) {
        return disbursements.confirmReceipt(actor.get(), wishId, request)
                .map(w -> new FundingViews.WishState(w.id, w.status.name()));
    }

    @POST
    @Path("/wishes/{id}/close")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "closeWish", summary = "审核感谢信并结项 Clear the thank-you note and close the wish")
    public Uni<FundingViews.WishState> close(@RestPath("id") UUID wishId) {
        return disbursements.clearThankYouAndClose(actor.get(), wishId)
                .map(w -> new FundingViews.WishState(w.id, w.status.name()));
    }

    @GET
    @Path("/feed/wishes/{id}/report")
    @PermitAll
    @Operation(operationId = "getWishFundingReport", summary = "善款去向 Where a wish's money went: raised, matched, disbursed, proof, thank-you")
    public Uni<FundingViews.WishReport> report(@RestPath("id") UUID wishId) {
        return disbursements.report(wishId);
    }

    @GET
    @Path("/transparency/campaigns/{id}")
    @PermitAll
    @Operation(operationId = "getCampaignTransparency", summary = "活动公示 A campaign's totals: wishes, raised, matched, disbursed, donors")
    public Uni<TransparencyService.Totals> campaignTotals(@RestPath("id") UUID campaignId) {
        return transparency.campaign(campaignId);
    }

    @GET
    @Path("/transparency/units/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getUnitTransparency", summary = "组织汇总 A union unit's totals rolled up its subtree, with each child unit")
    public Uni<TransparencyService.UnitTotals> unitTotals(@RestPath("id") UUID unitId) {
        return transparency.unit(actor.get(), unitId);
    }

    @GET
    @Path("/ledger/check")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "checkLedger", summary = "账目核对 Check the ledger's invariants")
    public Uni<LedgerReport> check() {
        return ledger.check();
    }

    static FundingViews.DisbursementView view(Disbursement d) {
        return new FundingViews.DisbursementView(d.id, d.wishId, d.amountFen, d.method, d.reference, d.status,
                d.recordedBy, d.approvedBy, d.createdAt, d.approvedAt);
    }

    private FundingViews.PoolView view(MatchingPool p) {
        return new FundingViews.PoolView(p.id, p.campaignId, p.name, p.ratioPct, p.capPerWishFen, p.budgetFen, p.spentFen,
                p.budgetFen - p.spentFen, p.status, p.startsOn, p.endsOn,
                p.status == MatchingPool.Status.AWAITING_FUNDS
                        ? new PaymentGateway.Session(gateway.name(), p.paymentReference, "/api/v1/sandbox/checkout/" + p.paymentReference)
                        : null);
    }

    private PledgeView view(Pledge p) {
        return view(p, null, Messages.CHINESE);
    }

    private PledgeView view(Pledge p, String wishTitle, Locale locale) {
        boolean paid = p.paidAt != null && p.status != PledgeStatus.CREDITED;
        return new PledgeView(p.id, p.wishId, wishTitle, p.amountFen, p.status, p.onExpiry, p.holdExpiresAt, p.createdAt, p.paidAt,
                p.releasedAt, p.status == PledgeStatus.HELD ? gateway.start(p) : null,
                paid ? p.matchedFen : null, p.matchRefusal,
                p.matchRefusal == null ? null : Messages.get(locale, "match.refusal." + p.matchRefusal.name()));
    }
}
