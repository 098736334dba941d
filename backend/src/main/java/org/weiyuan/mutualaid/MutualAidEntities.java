package org.weiyuan.mutualaid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.weiyuan.mutualaid.BenefitCalculator.Kind;
import org.weiyuan.mutualaid.PlanRules.MemberTier;
import org.weiyuan.mutualaid.PlanRules.Payer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Rows of mutual aid: plans, members, contributions and claims. */
public final class MutualAidEntities {

    private MutualAidEntities() { }

    /** 互助计划. {@code rules} is the JSON of {@link PlanRules}, validated before it is stored. */
    @Entity(name = "MutualAidPlan")
    @Table(name = "mutual_aid_plan")
    public static class Plan {
        @Id
        public UUID id;
        public UUID unitId;
        public int planYear;
        public String name;
        public String rules;
        public UUID createdBy;
        public Instant createdAt;
        @Version
        public long version;
    }

    /** 会员: name and ID number are stored encrypted ({@code PiiCipher}); the ID number also as a blind index. */
    @Entity(name = "MutualAidMember")
    @Table(name = "mutual_aid_member")
    public static class Member {
        @Id
        public UUID id;
        public UUID planId;
        public UUID workerSubject;
        public String nameEnc;
        public String idNumberEnc;
        public String idNumberBidx;
        @Enumerated(EnumType.STRING)
        public MemberTier tier;
        public LocalDate coverageFrom;
        public UUID enrolledBy;
        public Instant createdAt;
    }

    /** 缴费: one payer's share of a member's contribution, posted to the plan's fund. */
    @Entity(name = "MutualAidContribution")
    @Table(name = "mutual_aid_contribution")
    public static class Contribution {
        @Id
        public UUID id;
        public UUID planId;
        public UUID memberId;
        @Enumerated(EnumType.STRING)
        public Payer payer;
        public long amountFen;
        public UUID entryId;
        public UUID recordedBy;
        public Instant recordedAt;
        /** Set for the fee of an optional benefit (自选计划); null for the tier's shares. */
        public String optionCode;
    }

    /** 自选计划: a member's opt-in to an optional benefit of their plan, with its fee's contribution row. */
    @Entity(name = "MutualAidMemberOption")
    @Table(name = "mutual_aid_member_option")
    @IdClass(MemberOption.Key.class)
    public static class MemberOption {
        public record Key(UUID memberId, String optionCode) implements java.io.Serializable { }

        @Id
        public UUID memberId;
        @Id
        public String optionCode;
        public UUID planId;
        public LocalDate optedOn;
        public long feeFen;
        public UUID contributionId;
        public UUID recordedBy;
        public Instant recordedAt;
    }

    /** 申领 states: reviewed by one staff member, approved by another, a third above the threshold. */
    public enum ClaimStatus { SUBMITTED, REVIEWED, AWAITING_SECOND_APPROVAL, PAID, REJECTED }

    @Entity(name = "MutualAidClaim")
    @Table(name = "mutual_aid_claim")
    public static class Claim {
        @Id
        public UUID id;
        public UUID planId;
        public UUID memberId;
        @Enumerated(EnumType.STRING)
        public Kind kind;
        public String illness;
        /** For an OPTIONAL claim: the optional benefit claimed against. */
        public String optionCode;
        public String invoiceNo;
        public LocalDate eventDate;
        public long totalFen;
        public long insurancePaidFen;
        public long selfPaidFen;
        public long computedFen;
        public long paidFen;
        /** JSON list of {@link BenefitCalculator.Line}. */
        public String explanation;
        @Enumerated(EnumType.STRING)
        public ClaimStatus status;
        public UUID submittedBy;
        public UUID reviewedBy;
        public UUID approvedBy;
        public UUID secondApprovedBy;
        public String rejectionReason;
        public UUID entryId;
        public Instant createdAt;
        public Instant updatedAt;
        @Version
        public long version;
    }

    /** 申领材料 kinds: 诊断证明, 住院发票, 医保结算单. */
    @Schema(name = "ClaimDocumentKind")
    public enum DocumentKind { DIAGNOSIS, INVOICE, SETTLEMENT }

    /** A claim's document: the bytes encrypted ({@code PiiCipher.encryptBytes}), the content hash keyed. */
    @Entity(name = "MutualAidDocument")
    @Table(name = "mutual_aid_document")
    public static class Document {
        @Id
        public UUID id;
        public UUID claimId;
        @Enumerated(EnumType.STRING)
        public DocumentKind kind;
        public String contentType;
        public int sizeBytes;
        public String contentHash;
        public byte[] bytesEnc;
        public UUID uploadedBy;
        public Instant createdAt;
    }

    /** Why a claim is flagged: the same invoice number, or the same document, on another claim. */
    public enum FlagKind { SAME_INVOICE_NO, SAME_DOCUMENT }

    /** 重复材料标记 on a claim, for its reviewer. */
    @Entity(name = "MutualAidClaimFlag")
    @Table(name = "mutual_aid_claim_flag")
    public static class Flag {
        @Id
        public UUID id;
        public UUID claimId;
        @Enumerated(EnumType.STRING)
        public FlagKind kind;
        public UUID otherClaimId;
        public UUID documentId;
        public Instant createdAt;
    }

    /** Who pays a contribution through a gateway: the member their own share, or a unit for its members. */
    public enum PayerKind { MEMBER, UNIT }

    /**
     * A gateway payment's state: started (the payer is on the gateway's checkout), paid (posted once), or
     * expired (left pending too long: nothing posted, its shares payable again; a late confirmation still books it).
     */
    public enum PaymentStatus { PENDING, PAID, EXPIRED }

    /** 缴费支付: contributions paid through a payment gateway, posted when the gateway's notification arrives. */
    @Entity(name = "MutualAidPayment")
    @Table(name = "mutual_aid_payment")
    public static class Payment {
        @Id
        public UUID id;
        public UUID planId;
        public String reference;
        public String gateway;
        @Enumerated(EnumType.STRING)
        public PayerKind payerKind;
        public UUID startedBy;
        public long amountFen;
        @Enumerated(EnumType.STRING)
        public PaymentStatus status;
        public long surplusFen;
        public UUID entryId;
        public String notificationId;
        public Instant createdAt;
        public Instant paidAt;
        public Instant expiredAt;
    }

    /** One member's share (by payer) that a payment covers. */
    @Entity(name = "MutualAidPaymentShare")
    @Table(name = "mutual_aid_payment_share")
    @IdClass(PaymentShare.Key.class)
    public static class PaymentShare {
        public record Key(UUID paymentId, UUID memberId, Payer payer) implements java.io.Serializable { }

        @Id
        public UUID paymentId;
        @Id
        public UUID memberId;
        @Id
        @Enumerated(EnumType.STRING)
        public Payer payer;
        public long amountFen;
    }

    /** An import job's state: waiting for a runner, running under a lease, finished, or given up (see {@code failure}). */
    @Schema(name = "MutualAidImportState")
    public enum ImportState { QUEUED, RUNNING, DONE, FAILED }

    /** 批量导入任务: an XLSX enrolment sheet (kept encrypted) enrolled in batches outside the request. */
    @Entity(name = "MutualAidImportJob")
    @Table(name = "mutual_aid_import_job")
    public static class ImportJob {
        @Id
        public UUID id;
        public UUID planId;
        public String sheetSha256;
        public byte[] sheetEnc;
        @Enumerated(EnumType.STRING)
        public ImportState state;
        public int rowsTotal;
        public int rowsDone;
        public int enrolled;
        public int updated;
        public int unchanged;
        public int rejected;
        public int optionsChosen;
        public int attempts;
        public String leaseOwner;
        public Instant leaseUntil;
        public String failure;
        public UUID startedBy;
        public Instant createdAt;
        public Instant finishedAt;
    }

    /** A row an import job refused, with its field and reason. */
    @Entity(name = "MutualAidImportError")
    @Table(name = "mutual_aid_import_error")
    @IdClass(ImportError.Key.class)
    public static class ImportError {
        public record Key(UUID jobId, int rowNo) implements java.io.Serializable { }

        @Id
        public UUID jobId;
        @Id
        public int rowNo;
        public String field;
        public String reason;
    }
}
