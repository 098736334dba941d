package org.weiyuan.mutualaid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.weiyuan.mutualaid.BenefitCalculator.Kind;
import org.weiyuan.mutualaid.BenefitCalculator.Line;
import org.weiyuan.mutualaid.MutualAidEntities.ClaimStatus;
import org.weiyuan.mutualaid.MutualAidEntities.DocumentKind;
import org.weiyuan.mutualaid.MutualAidEntities.FlagKind;
import org.weiyuan.mutualaid.PlanRules.MemberTier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests and answers of the mutual-aid API. */
public final class MutualAidViews {

    private MutualAidViews() { }

    public record CreatePlanRequest(@NotNull UUID unitId, @NotNull @Min(2000) @Max(2100) Integer planYear,
                                    @NotBlank @Size(max = 100) String name, @NotNull @Valid PlanRules rules) { }

    @Schema(name = "MutualAidPlanView")
    public record PlanView(UUID id, UUID unitId, int planYear, String name, PlanRules rules, Instant createdAt) { }

    /** 续保: the next plan year's plan; {@code rules} null keeps this year's rules. */
    public record RenewPlanRequest(@Valid PlanRules rules) { }

    /** {@code optionsCarried}: members' optional plans carried into the new plan (their new fees are due, recorded with the contributions). */
    public record RenewalResult(PlanView plan, int membersCarried, int optionsCarried) { }

    /** Either {@code workerSubject} (a worker with an account) or {@code name} + {@code idNumber}. */
    @Schema(name = "MutualAidEnrolRequest")
    public record EnrolRequest(UUID workerSubject, @Size(max = 50) String name, @Size(max = 18) String idNumber,
                               @NotNull MemberTier tier, @NotNull LocalDate coverageFrom) { }

    @Schema(name = "MutualAidMemberView")
    public record MemberView(UUID id, UUID planId, UUID workerSubject, String name, String idNumber, MemberTier tier,
                             LocalDate coverageFrom, long contributedFen, Instant createdAt,
                             /** the optional plans (自选计划) the member chose, by code */ List<String> options) { }

    public record RowError(int row, String field, String reason) { }

    /**
     * 批量导入任务: an XLSX enrolment import running outside the request; poll it until {@code state} is DONE or
     * FAILED. Counts are by sheet row: {@code enrolled} new members, {@code updated} members already in the plan
     * who chose a new optional plan, {@code unchanged} members already in the plan as they were, {@code rejected}
     * rows refused (their errors: {@code GET .../imports/{jobId}/errors}); {@code optionsChosen}: opt-ins made
     * (their fees posted into the fund); {@code failure}: why a FAILED job stopped (zh-CN / English).
     */
    @Schema(name = "MutualAidImportJob")
    public record ImportJobView(UUID id, UUID planId, MutualAidEntities.ImportState state, int rowsTotal, int rowsDone, int enrolled,
                                int updated, int unchanged, int rejected, int optionsChosen, String failure, Instant createdAt,
                                Instant finishedAt) { }

    /** Records the contributions of these members as paid by the unit (all payers' shares of each member's tier). */
    public record ContributionRequest(@NotEmpty @Size(max = 1000) List<@NotNull UUID> memberIds) { }

    public record ContributionResult(int recorded, int alreadyRecorded, long amountFen) { }

    /** 我要缴费: the worker pays their own share of their tier for this plan through the payment gateway. */
    public record MemberPaymentRequest(@NotNull UUID planId) { }

    /** 单位缴费: the unit pays through the payment gateway every share still due of these members. */
    public record UnitPaymentRequest(@NotEmpty @Size(max = 1000) List<@NotNull UUID> memberIds) { }

    /**
     * A contribution payment through the gateway: pay {@code amountFen} at {@code checkoutUrl} (the
     * sandbox's: {@code POST} it); the gateway's notification posts it into the plan's fund.
     */
    @Schema(name = "MutualAidPaymentView")
    public record PaymentView(UUID id, UUID planId, String reference, MutualAidEntities.PayerKind payerKind, long amountFen, int members,
                              MutualAidEntities.PaymentStatus status, String checkoutUrl, Instant createdAt) { }

    /** One share a payment covers: a member's share by payer, as due when the payment was started. */
    @Schema(name = "MutualAidPaymentShare")
    public record PaymentShareView(UUID memberId, PlanRules.Payer payer, long amountFen) { }

    /**
     * 缴费状态: a gateway payment and the shares it covers. {@code surplusFen}: of a paid payment, what went to
     * the plan's surplus account because those shares had been recorded another way meanwhile (owed back).
     */
    @Schema(name = "MutualAidPaymentStatus")
    public record PaymentStatusView(UUID id, UUID planId, String reference, MutualAidEntities.PayerKind payerKind, long amountFen,
                                    MutualAidEntities.PaymentStatus status, long surplusFen, UUID entryId, Instant createdAt, Instant paidAt,
                                    Instant expiredAt, List<PaymentShareView> shares) { }

    public record SubmitClaimRequest(@NotNull UUID planId, UUID memberId, @NotNull Kind kind, @Size(max = 50) String illness,
                                     @NotBlank @Size(max = 64) String invoiceNo, @NotNull LocalDate eventDate,
                                     @NotNull @PositiveOrZero @Max(10_000_000_000L) Long totalFen,
                                     @NotNull @PositiveOrZero @Max(10_000_000_000L) Long insurancePaidFen,
                                     @NotNull @PositiveOrZero @Max(10_000_000_000L) Long selfPaidFen,
                                     /** For kind OPTIONAL: the optional benefit's code (自选计划) */ @Size(max = 24) String option) { }

    /** 参加自选计划: the option's code; {@code optedOn} (China date) defaults to today, within the plan year and not in the future. */
    public record OptInRequest(@NotBlank @Size(max = 24) String optionCode, java.time.LocalDate optedOn) { }

    /** A member's opt-in, with the fee posted into the plan's fund ({@code entryId}). */
    public record MemberOptionView(UUID memberId, String optionCode, String name, long feeFen, java.time.LocalDate optedOn, UUID entryId) { }

    public record ReviewRequest(@NotNull Boolean accept, @Size(max = 500) String reason) { }

    public record ClaimView(UUID id, UUID planId, UUID memberId, Kind kind, String illness, String invoiceNo, LocalDate eventDate,
                            long totalFen, long insurancePaidFen, long selfPaidFen, long computedFen, long paidFen,
                            ClaimStatus status, List<Line> explanation, UUID submittedBy, UUID reviewedBy, UUID approvedBy,
                            UUID secondApprovedBy, String rejectionReason, UUID entryId, Instant createdAt,
                            List<DocumentView> documents, List<FlagView> flags) {

        ClaimView with(List<DocumentView> docs, List<FlagView> fl) {
            return new ClaimView(id, planId, memberId, kind, illness, invoiceNo, eventDate, totalFen, insurancePaidFen, selfPaidFen,
                    computedFen, paidFen, status, explanation, submittedBy, reviewedBy, approvedBy, secondApprovedBy, rejectionReason,
                    entryId, createdAt, docs, fl);
        }
    }

    /** A claim's document as listed (its bytes: {@code GET .../documents/{documentId}}). */
    @Schema(name = "ClaimDocumentView")
    public record DocumentView(UUID id, DocumentKind kind, String contentType, int sizeBytes, Instant createdAt) { }

    /** 重复材料标记: this claim shares an invoice number or a document with {@code otherClaimId}. */
    public record FlagView(FlagKind kind, UUID otherClaimId, UUID documentId, Instant createdAt) { }

    public record MembershipView(PlanView plan, MemberView member, List<ClaimView> claims) { }

    /** One plan's figures: 会员数, 缴费, 已付申领, 赔付率 (paid ÷ contributions, ‰), 基金余额 (from the ledger). */
    public record PlanFigures(UUID planId, UUID unitId, String name, int planYear, long members, long contributionsFen,
                              long claimsPaid, long claimsPaidFen, Long payoutPermille, long fundBalanceFen) { }

    /** One unit's figures summed over its subtree's plans (the roll-up one level down the union tree). */
    public record UnitFigures(UUID unitId, String name, int plans, long members, long contributionsFen, long claimsPaid,
                              long claimsPaidFen, Long payoutPermille, long fundBalanceFen) { }

    /** {@code units}: a row per child unit of {@code unitId} (its whole subtree), and one for the unit's own plans. */
    public record FiguresView(UUID unitId, Integer planYear, List<PlanFigures> plans, List<UnitFigures> units, PlanFigures total) { }

    /**
     * One row of the staff claims list (申领列表), oldest first: the member's name masked, no documents
     * or explanation (open the claim for those); {@code flagged}: it shares an invoice or a document with another claim.
     */
    @Schema(name = "MutualAidClaimSummary")
    public record ClaimSummary(UUID id, UUID planId, String planName, int planYear, UUID unitId, UUID memberId, String memberName,
                               Kind kind, String invoiceNo, LocalDate eventDate, long computedFen, long paidFen, ClaimStatus status,
                               boolean flagged, Instant createdAt) { }
}
