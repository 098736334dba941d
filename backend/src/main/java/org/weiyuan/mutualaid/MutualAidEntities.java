package org.weiyuan.mutualaid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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
        @Column(name = "unit_id")
        public UUID unitId;
        @Column(name = "plan_year")
        public int planYear;
        public String name;
        public String rules;
        @Column(name = "created_by")
        public UUID createdBy;
        @Column(name = "created_at")
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
        @Column(name = "plan_id")
        public UUID planId;
        @Column(name = "worker_subject")
        public UUID workerSubject;
        @Column(name = "name_enc")
        public String nameEnc;
        @Column(name = "id_number_enc")
        public String idNumberEnc;
        @Column(name = "id_number_bidx")
        public String idNumberBidx;
        @Enumerated(EnumType.STRING)
        public MemberTier tier;
        @Column(name = "coverage_from")
        public LocalDate coverageFrom;
        @Column(name = "enrolled_by")
        public UUID enrolledBy;
        @Column(name = "created_at")
        public Instant createdAt;
    }

    /** 缴费: one payer's share of a member's contribution, posted to the plan's fund. */
    @Entity(name = "MutualAidContribution")
    @Table(name = "mutual_aid_contribution")
    public static class Contribution {
        @Id
        public UUID id;
        @Column(name = "plan_id")
        public UUID planId;
        @Column(name = "member_id")
        public UUID memberId;
        @Enumerated(EnumType.STRING)
        public Payer payer;
        @Column(name = "amount_fen")
        public long amountFen;
        @Column(name = "entry_id")
        public UUID entryId;
        @Column(name = "recorded_by")
        public UUID recordedBy;
        @Column(name = "recorded_at")
        public Instant recordedAt;
    }

    /** 申领 states: reviewed by one staff member, approved by another, a third above the threshold. */
    public enum ClaimStatus { SUBMITTED, REVIEWED, AWAITING_SECOND_APPROVAL, PAID, REJECTED }

    @Entity(name = "MutualAidClaim")
    @Table(name = "mutual_aid_claim")
    public static class Claim {
        @Id
        public UUID id;
        @Column(name = "plan_id")
        public UUID planId;
        @Column(name = "member_id")
        public UUID memberId;
        @Enumerated(EnumType.STRING)
        public Kind kind;
        public String illness;
        @Column(name = "invoice_no")
        public String invoiceNo;
        @Column(name = "event_date")
        public LocalDate eventDate;
        @Column(name = "total_fen")
        public long totalFen;
        @Column(name = "insurance_paid_fen")
        public long insurancePaidFen;
        @Column(name = "self_paid_fen")
        public long selfPaidFen;
        @Column(name = "computed_fen")
        public long computedFen;
        @Column(name = "paid_fen")
        public long paidFen;
        /** JSON list of {@link BenefitCalculator.Line}. */
        public String explanation;
        @Enumerated(EnumType.STRING)
        public ClaimStatus status;
        @Column(name = "submitted_by")
        public UUID submittedBy;
        @Column(name = "reviewed_by")
        public UUID reviewedBy;
        @Column(name = "approved_by")
        public UUID approvedBy;
        @Column(name = "second_approved_by")
        public UUID secondApprovedBy;
        @Column(name = "rejection_reason")
        public String rejectionReason;
        @Column(name = "entry_id")
        public UUID entryId;
        @Column(name = "created_at")
        public Instant createdAt;
        @Column(name = "updated_at")
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
        @Column(name = "claim_id")
        public UUID claimId;
        @Enumerated(EnumType.STRING)
        public DocumentKind kind;
        @Column(name = "content_type")
        public String contentType;
        @Column(name = "size_bytes")
        public int sizeBytes;
        @Column(name = "content_hash")
        public String contentHash;
        @Column(name = "bytes_enc")
        public byte[] bytesEnc;
        @Column(name = "uploaded_by")
        public UUID uploadedBy;
        @Column(name = "created_at")
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
        @Column(name = "claim_id")
        public UUID claimId;
        @Enumerated(EnumType.STRING)
        public FlagKind kind;
        @Column(name = "other_claim_id")
        public UUID otherClaimId;
        @Column(name = "document_id")
        public UUID documentId;
        @Column(name = "created_at")
        public Instant createdAt;
    }
}
