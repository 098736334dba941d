package org.weiyuan.unionaid;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;
import org.weiyuan.unionaid.UnionAidViews.AidHistory;
import org.weiyuan.unionaid.UnionAidViews.AwaitingApproval;
import org.weiyuan.unionaid.UnionAidViews.DepositRequest;
import org.weiyuan.unionaid.UnionAidViews.FundDetail;
import org.weiyuan.unionaid.UnionAidViews.FundRequest;
import org.weiyuan.unionaid.UnionAidViews.FundView;
import org.weiyuan.unionaid.UnionAidViews.LineRequest;
import org.weiyuan.unionaid.UnionAidViews.ListRequest;
import org.weiyuan.unionaid.UnionAidViews.ListSummary;
import org.weiyuan.unionaid.UnionAidViews.ListView;
import org.weiyuan.unionaid.UnionAidViews.PayRequest;
import org.weiyuan.unionaid.UnionAidViews.PendingTransfer;
import org.weiyuan.unionaid.UnionAidViews.RejectRequest;
import org.weiyuan.unionaid.UnionAidViews.TransferRequest;
import org.weiyuan.unionaid.UnionAidViews.TransferResult;

import java.util.List;
import java.util.UUID;

/**
 * Union-paid aid (工会帮扶资金): funds by source and purpose, aid lists (帮扶名单, e.g. 两节送温暖)
 * prepared by one staff member and approved by another, paid with proof; and a household's
 * complete aid history. Staff act in their subtree (another subtree's fund or list is 404).
 */
@Cancellable(false)
@Path("/api/v1/union-aid")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "union-aid", description = "工会帮扶资金 Union funds, aid lists and a household's aid history")
public class UnionAidResource {

    private static final String LIST = "/lists/{listId}";

    private final FundService funds;
    private final AidListService lists;
    private final AidHistoryService history;
    private final CurrentActor actor;

    public UnionAidResource(FundService funds, AidListService lists, AidHistoryService history, CurrentActor actor) {
        this.funds = funds;
        this.lists = lists;
        this.history = history;
        this.actor = actor;
    }

    @POST
    @Path("/funds")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @Operation(operationId = "unionAidCreateFund", summary = "设立帮扶资金 Open a fund of a unit for one source and purpose")
    @APIResponseSchema(value = FundView.class, responseCode = "201", responseDescription = "资金 The fund")
    public Uni<FundView> createFund(@Valid @NotNull FundRequest request) {
        return funds.create(actor.get(), request);
    }

    @GET
    @Path("/funds")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidFunds", summary = "帮扶资金 The funds of the caller's subtree, with their ledger balances")
    @APIResponse(responseCode = "200", description = "资金 Funds")
    public Uni<List<FundView>> funds() {
        return funds.list(actor.get());
    }

    @GET
    @Path("/funds/{fundId}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidFund", summary = "资金详情 A fund, its latest deposits and its transfers")
    @APIResponse(responseCode = "200", description = "资金 The fund")
    public Uni<FundDetail> fund(@RestPath("fundId") UUID fundId) {
        return funds.get(actor.get(), fundId);
    }

    @POST
    @Path("/funds/{fundId}/deposits")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @Operation(operationId = "unionAidDeposit", summary = "资金入账 Record money received into a fund (one ledger entry)")
    @APIResponseSchema(value = FundDetail.class, responseCode = "201", responseDescription = "资金 The fund")
    public Uni<FundDetail> deposit(@RestPath("fundId") UUID fundId, @Valid @NotNull DepositRequest request) {
        return funds.deposit(actor.get(), fundId, request);
    }

    @POST
    @Path("/transfers")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @Operation(operationId = "unionAidTransfer",
            summary = "资金划转 Prepare a transfer between two funds of one purpose in the caller's subtree; another staff member approves it")
    @APIResponseSchema(value = TransferResult.class, responseCode = "201", responseDescription = "划转 The prepared transfer and both funds")
    public Uni<TransferResult> transfer(@Valid @NotNull TransferRequest request) {
        return funds.transfer(actor.get(), request);
    }

    @GET
    @Path("/transfers/pending")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidPendingTransfers",
            summary = "待审批划转 Prepared transfers between funds of the caller's subtree, oldest first; mine = prepared by the caller")
    @APIResponse(responseCode = "200", description = "划转 Prepared transfers")
    public Uni<List<PendingTransfer>> pendingTransfers() {
        return funds.pending(actor.get());
    }

    @GET
    @Path("/awaiting-approval")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidAwaitingApproval",
            summary = "待我审批 Fund transfers and aid lists of the caller's subtree waiting for a second staff member, never the caller's own, oldest first")
    @APIResponse(responseCode = "200", description = "待审批 Transfers and lists the caller may decide")
    public Uni<List<AwaitingApproval>> awaitingApproval() {
        return lists.awaitingApproval(actor.get());
    }

    @POST
    @Path("/transfers/{transferId}/approve")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidApproveTransfer",
            summary = "审批划转 Approve a prepared transfer (never its preparer); only now is it posted to the ledger")
    public Uni<TransferResult> approveTransfer(@RestPath("transferId") UUID transferId) {
        return funds.approveTransfer(actor.get(), transferId);
    }

    @POST
    @Path("/transfers/{transferId}/reject")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidRejectTransfer", summary = "退回划转 Send a prepared transfer back with a reason (never its preparer)")
    public Uni<TransferResult> rejectTransfer(@RestPath("transferId") UUID transferId, @Valid @NotNull RejectRequest request) {
        return funds.rejectTransfer(actor.get(), transferId, request);
    }

    @POST
    @Path("/lists")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @Operation(operationId = "unionAidCreateList", summary = "编制帮扶名单 Start an aid list on a fund of the same purpose")
    @APIResponseSchema(value = ListView.class, responseCode = "201", responseDescription = "名单 The list")
    public Uni<ListView> createList(@Valid @NotNull ListRequest request) {
        return lists.create(actor.get(), request);
    }

    @GET
    @Path("/lists")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidLists", summary = "帮扶名单 Aid lists of the caller's subtree, optionally in one state")
    @APIResponse(responseCode = "200", description = "名单 Lists")
    public Uni<List<ListSummary>> lists(@RestQuery("status") AidListLifecycle.Status status) {
        return lists.list(actor.get(), status);
    }

    @GET
    @Path(LIST)
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidList", summary = "名单详情 An aid list with its households")
    @APIResponse(responseCode = "200", description = "名单 The list")
    public Uni<ListView> list(@RestPath("listId") UUID listId) {
        return lists.get(actor.get(), listId);
    }

    @PUT
    @Path(LIST + "/lines/{householdId}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidPutLine", summary = "列入名单 Put an approved household on a draft list, or change its amount or goods")
    @APIResponse(responseCode = "200", description = "名单 The list")
    public Uni<ListView> putLine(@RestPath("listId") UUID listId, @RestPath("householdId") UUID householdId,
                                 @Valid @NotNull LineRequest request) {
        return lists.putLine(actor.get(), listId, householdId, request);
    }

    @DELETE
    @Path(LIST + "/lines/{householdId}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidRemoveLine", summary = "移出名单 Take a household off a draft list")
    @APIResponse(responseCode = "200", description = "名单 The list")
    public Uni<ListView> removeLine(@RestPath("listId") UUID listId, @RestPath("householdId") UUID householdId) {
        return lists.removeLine(actor.get(), listId, householdId);
    }

    @POST
    @Path(LIST + "/submit")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidSubmitList", summary = "提交审批 Hand the list to a second staff member for approval")
    @APIResponse(responseCode = "200", description = "名单 The list")
    public Uni<ListView> submit(@RestPath("listId") UUID listId) {
        return lists.submit(actor.get(), listId);
    }

    @POST
    @Path(LIST + "/reject")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidRejectList", summary = "退回名单 Send the list back to draft with a reason (not its preparer)")
    @APIResponse(responseCode = "200", description = "名单 The list")
    public Uni<ListView> reject(@RestPath("listId") UUID listId, @Valid @NotNull RejectRequest request) {
        return lists.reject(actor.get(), listId, request);
    }

    @POST
    @Path(LIST + "/approve")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidApproveList",
            summary = "审批名单 Approve the list (not its preparer); the fund must cover it, and its total is reserved")
    @APIResponse(responseCode = "200", description = "名单 The list")
    public Uni<ListView> approve(@RestPath("listId") UUID listId) {
        return lists.approve(actor.get(), listId);
    }

    @POST
    @Path(LIST + "/pay")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidPayList", summary = "发放 Pay an approved list with proof: one ledger entry per household")
    @APIResponse(responseCode = "200", description = "名单 The list")
    public Uni<ListView> pay(@RestPath("listId") UUID listId, @Valid @NotNull PayRequest request) {
        return lists.pay(actor.get(), listId, request);
    }

    @POST
    @Path(LIST + "/cancel")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidCancelList", summary = "撤销名单 Cancel a list that is not yet approved")
    @APIResponse(responseCode = "200", description = "名单 The list")
    public Uni<ListView> cancel(@RestPath("listId") UUID listId) {
        return lists.cancel(actor.get(), listId);
    }

    @GET
    @Path("/households/{householdId}/aid-history")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "unionAidHouseholdHistory",
            summary = "帮扶档案 A household's complete aid history: union aid, wishes, scholarships, services (staff read, audited)")
    @APIResponse(responseCode = "200", description = "帮扶档案 Aid history")
    public Uni<AidHistory> householdHistory(@RestPath("householdId") UUID householdId) {
        return history.forStaff(actor.get(), householdId);
    }

    @GET
    @Path("/me/aid-history")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "unionAidMyHistory", summary = "我的帮扶记录 The worker's own household's aid history")
    @APIResponse(responseCode = "200", description = "帮扶档案 Aid history")
    public Uni<AidHistory> myHistory() {
        return history.mine(actor.get());
    }
}
