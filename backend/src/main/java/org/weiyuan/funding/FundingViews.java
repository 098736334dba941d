package org.weiyuan.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response records of pledges, payments and the ledger. */
public final class FundingViews {

    private FundingViews() { }

    public record PledgeRequest(@NotNull @Positive @Max(100_000_000L) Long amountFen, OnExpiry onExpiry) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PledgeView(UUID id, UUID wishId, String wishTitle, long amountFen, PledgeStatus status,
                             OnExpiry onExpiry, Instant holdExpiresAt, Instant createdAt, Instant paidAt,
                             Instant releasedAt, PaymentGateway.Session payment,
                             /* once paid: what the matching pools added, and why not (more) when something held it back */
                             Long matchedFen, MatchRefusal matchRefusal, String matchRefusalReason) { }

    /** What the ledger check found; {@code balanced} is true only when every list is empty. */
    public record LedgerReport(boolean balanced, long totalDebitFen, long totalCreditFen, long entries,
                               List<UUID> unbalancedEntries, List<WishMismatch> wishMismatches) { }

    /** A wish whose escrow balance is not paid − disbursed − refunded. */
    public record WishMismatch(UUID wishId, long paidFen, long escrowFen) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PoolView(UUID id, UUID campaignId, String name, int ratioPct, long capPerWishFen, long budgetFen,
                           long spentFen, long leftFen, MatchingPool.Status status, java.time.LocalDate startsOn,
                           java.time.LocalDate endsOn, PaymentGateway.Session payment) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DisbursementView(UUID id, UUID wishId, long amountFen, Disbursement.Method method, String reference,
                                   Disbursement.Status status, UUID recordedBy, UUID approvedBy, Instant createdAt,
                                   Instant approvedAt) { }

    /** The public account of one wish (善款去向): money in, money out, the household's thanks. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WishReport(UUID wishId, String status, long targetFen, long donatedFen, long matchedFen,
                             long disbursedFen, long returnedFen, long heldFen, List<ReportLine> disbursements,
                             List<UUID> proofPhotoIds, Instant receivedAt,
                             String thankYou) { }

    /** A disbursement as donors see it: what, how much, when; the proof stays on file with staff. */
    public record ReportLine(long amountFen, Disbursement.Method method, Instant approvedAt) { }

    /** A sandbox payment started; the gateway's notification follows. */
    public record PaymentAccepted(String reference, String status) { }

    /** What the platform answers a gateway's notification (one of the two statuses). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PaymentNoticeAnswer(String result, String pledgeStatus, String poolStatus) { }

    /** A wish's new state after a step of its fulfilment. */
    public record WishState(UUID id, String status) { }
}
