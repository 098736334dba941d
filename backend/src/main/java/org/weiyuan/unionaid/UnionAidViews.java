package org.weiyuan.unionaid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.weiyuan.unionaid.UnionAidEntities.LineStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response records of {@code /api/v1/union-aid}. Money is integer fen. */
public final class UnionAidViews {

    private UnionAidViews() { }

    // ---- requests

    /** A new fund of a unit in the caller's subtree: one source, one purpose (专款专用). */
    public record FundRequest(@NotNull UUID unitId, @NotNull FundRules.Source source, @NotNull FundRules.Purpose purpose,
                              @NotBlank @Size(max = 100) String name) { }

    /** Money received into a fund; {@code receivedOn} (China date) defaults to today and is not in the future. */
    public record DepositRequest(@NotNull @Positive @Max(10_000_000_000L) Long amountFen,
                                 @NotBlank @Size(max = 100) String reference, LocalDate receivedOn) { }

    /** 资金划转 between two funds of the caller's subtree; both of one purpose. */
    public record TransferRequest(@NotNull UUID fromFundId, @NotNull UUID toFundId,
                                  @NotNull @Positive @Max(10_000_000_000L) Long amountFen,
                                  @NotBlank @Size(max = 100) String reference) { }

    /** A new aid list drawing on one fund; its purpose must be the fund's. */
    public record ListRequest(@NotNull UUID fundId, @NotNull FundRules.Purpose purpose, @NotBlank @Size(max = 100) String title) { }

    /** One household's line: an amount, or goods (named) and their value. */
    public record LineRequest(@NotNull @Positive @Max(100_000_000L) Long amountFen, @Size(max = 200) String goods) { }

    public record RejectRequest(@NotBlank @Size(max = 500) String reason) { }

    /** Payment of an approved list: the bank or cash reference and the proof (签收表, 转账凭证). */
    public record PayRequest(@NotBlank @Size(max = 100) String reference, @NotBlank @Size(max = 500) String proof) { }

    // ---- responses

    public record FundView(UUID id, UUID unitId, FundRules.Source source, FundRules.Purpose purpose, String name,
                           /** From the ledger: what was received less what was paid. */ long balanceFen,
                           /** Claimed by approved, unpaid lists. */ long committedFen,
                           /** Held back by transfers prepared out of the fund and not yet approved or rejected. */ long pendingOutFen,
                           /** What new approvals and transfers may still draw: balance less both. */ long availableFen,
                           Instant createdAt) { }

    public record DepositView(UUID id, long amountFen, String reference, LocalDate receivedOn, UUID entryId, UUID recordedBy,
                              Instant recordedAt) { }

    /** {@code recordedBy}: who prepared it; {@code entryId}: its journal entry, once approved and posted. */
    public record TransferView(UUID id, UUID fromFundId, UUID toFundId, long amountFen, String reference, UUID entryId,
                               UUID recordedBy, Instant recordedAt, TransferLifecycle.Status status, UUID approvedBy,
                               Instant approvedAt, UUID rejectedBy, String rejectionReason) { }

    /** A fund with its latest deposits and the transfers into or out of it (newest first). */
    public record FundDetail(FundView fund, List<DepositView> deposits, List<TransferView> transfers) { }

    /** 待审批划转: a prepared transfer with its funds' names; {@code mine}: the caller prepared it, so another must decide it. */
    public record PendingTransfer(TransferView transfer, String fromFundName, String toFundName, boolean mine) { }

    /** What waits for a second staff member in 待我处理. */
    @Schema(name = "AwaitingApprovalKind")
    public enum AwaitingKind {
        /** 资金划转待审批 */ FUND_TRANSFER,
        /** 帮扶名单待审批 (e.g. 两节送温暖) */ AID_LIST
    }

    /**
     * 待我审批: one prepared transfer or submitted aid list the caller may decide (never their own).
     * {@code title}: a transfer's reference (划拨单号) or a list's title; {@code fundName}: the source fund or the
     * list's fund; {@code toFundName}: a transfer's target (null for a list); {@code since}: when it was prepared
     * (transfer) or submitted (list), the start of its wait.
     */
    public record AwaitingApproval(AwaitingKind kind, UUID id, String title, FundRules.Purpose purpose, String fundName,
                                   String toFundName, long amountFen, UUID preparedBy, Instant since) { }

    /** A transfer and both funds after it (a prepared or rejected transfer has moved nothing). */
    public record TransferResult(TransferView transfer, FundView from, FundView to) { }

    @Schema(name = "AidListLineView")
    public record LineView(UUID id, UUID householdId, /** Masked (王*): the list names, it does not expose. */ String headName,
                           long amountFen, String goods, LineStatus status, UUID entryId, Instant paidAt) { }

    public record ListSummary(UUID id, UUID fundId, UUID unitId, FundRules.Purpose purpose, String title,
                              AidListLifecycle.Status status, long totalFen, UUID preparedBy, UUID approvedBy, Instant createdAt) { }

    public record ListView(UUID id, UUID fundId, UUID unitId, FundRules.Purpose purpose, String title,
                           AidListLifecycle.Status status, long totalFen, UUID preparedBy, Instant submittedAt,
                           UUID approvedBy, Instant approvedAt, String rejectionReason, UUID paidBy, Instant paidAt,
                           String payReference, String proof, Instant createdAt, List<LineView> lines) { }

    /** One union payment in a household's history. */
    public record UnionAidItem(UUID lineId, UUID listId, String title, FundRules.Purpose purpose, long amountFen, String goods,
                               LineStatus status, Instant paidAt) { }

    /** One wish (or scholarship) in a household's history. */
    public record WishItem(UUID id, String kind, String title, String status, long targetFen, long paidFen, long disbursedFen,
                           Instant createdAt) { }

    /** One service order in a household's history. */
    public record ServiceItem(UUID id, String category, String offerTitle, String status, Instant createdAt, Instant bookedAt) { }

    /** 退款 (issue 14, money5): money the household had paid back on a recovery later cancelled, paid back to it. */
    public record RecoveryRefundItem(UUID id, UUID recoveryId, UUID wishId, long amountFen, String method, String reference,
                                     Instant paidAt) { }

    /** 帮扶档案: everything the platform did for one household, in one view. */
    public record AidHistory(UUID householdId,
                             /** Paid union aid, in fen. */ long unionAidPaidFen,
                             /** Handed over for the household's wishes (scholarships included), in fen. */ long wishesDisbursedFen,
                             List<UnionAidItem> unionAid, List<WishItem> wishes, List<WishItem> scholarships,
                             List<ServiceItem> services,
                             /** Refunds paid out on cancelled recoveries, newest first. */ List<RecoveryRefundItem> recoveryRefunds) { }
}
