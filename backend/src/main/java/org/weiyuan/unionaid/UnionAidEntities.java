package org.weiyuan.unionaid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Entities of union-paid aid (tables of V140__union_aid.sql). */
public final class UnionAidEntities {

    private UnionAidEntities() { }

    /** 帮扶资金: one unit's fund from one source for one purpose. */
    @Entity(name = "UnionFund")
    @Table(name = "union_fund")
    public static class UnionFund {
        @Id
        public UUID id;
        @Column(name = "unit_id")
        public UUID unitId;
        @Enumerated(EnumType.STRING)
        public FundRules.Source source;
        @Enumerated(EnumType.STRING)
        public FundRules.Purpose purpose;
        public String name;
        @Column(name = "created_by")
        public UUID createdBy;
        @Column(name = "created_at")
        public Instant createdAt;
        @Version
        public long version;
    }

    /** 资金划转: money moved from one union fund to another of the same purpose (e.g. 上级下拨). */
    @Entity(name = "FundTransfer")
    @Table(name = "union_fund_transfer")
    public static class FundTransfer {
        @Id
        public UUID id;
        @Column(name = "from_fund_id")
        public UUID fromFundId;
        @Column(name = "to_fund_id")
        public UUID toFundId;
        @Column(name = "amount_fen")
        public long amountFen;
        public String reference;
        @Column(name = "entry_id")
        public UUID entryId;
        /** The preparer (经办人). */
        @Column(name = "recorded_by")
        public UUID recordedBy;
        @Column(name = "recorded_at")
        public Instant recordedAt;
        @Enumerated(EnumType.STRING)
        public TransferLifecycle.Status status;
        @Column(name = "approved_by")
        public UUID approvedBy;
        @Column(name = "approved_at")
        public Instant approvedAt;
        @Column(name = "rejected_by")
        public UUID rejectedBy;
        @Column(name = "rejected_at")
        public Instant rejectedAt;
        @Column(name = "rejection_reason")
        public String rejectionReason;
    }

    /** 入账: money received into a fund. */
    @Entity(name = "FundDeposit")
    @Table(name = "union_fund_deposit")
    public static class FundDeposit {
        @Id
        public UUID id;
        @Column(name = "fund_id")
        public UUID fundId;
        @Column(name = "amount_fen")
        public long amountFen;
        public String reference;
        @Column(name = "received_on")
        public LocalDate receivedOn;
        @Column(name = "entry_id")
        public UUID entryId;
        @Column(name = "recorded_by")
        public UUID recordedBy;
        @Column(name = "recorded_at")
        public Instant recordedAt;
    }

    /** 帮扶名单: who receives what from one fund. */
    @Entity(name = "AidList")
    @Table(name = "aid_list")
    public static class AidList {
        @Id
        public UUID id;
        @Column(name = "fund_id")
        public UUID fundId;
        @Column(name = "unit_id")
        public UUID unitId;
        @Enumerated(EnumType.STRING)
        public FundRules.Purpose purpose;
        public String title;
        @Enumerated(EnumType.STRING)
        public AidListLifecycle.Status status;
        @Column(name = "total_fen")
        public long totalFen;
        @Column(name = "prepared_by")
        public UUID preparedBy;
        @Column(name = "submitted_at")
        public Instant submittedAt;
        @Column(name = "approved_by")
        public UUID approvedBy;
        @Column(name = "approved_at")
        public Instant approvedAt;
        @Column(name = "rejection_reason")
        public String rejectionReason;
        @Column(name = "paid_by")
        public UUID paidBy;
        @Column(name = "paid_at")
        public Instant paidAt;
        @Column(name = "pay_reference")
        public String payReference;
        public String proof;
        @Column(name = "created_at")
        public Instant createdAt;
        @Column(name = "updated_at")
        public Instant updatedAt;
        @Version
        public long version;
    }

    /** Where one household's line stands: prepared, then paid with the list. */
    public enum LineStatus { PLANNED, PAID }

    /** One household on an aid list: an amount, or goods and their value. */
    @Entity(name = "AidLine")
    @Table(name = "aid_line")
    public static class AidLine {
        @Id
        public UUID id;
        @Column(name = "list_id")
        public UUID listId;
        @Column(name = "household_id")
        public UUID householdId;
        @Column(name = "amount_fen")
        public long amountFen;
        public String goods;
        @Enumerated(EnumType.STRING)
        public LineStatus status;
        @Column(name = "entry_id")
        public UUID entryId;
        @Column(name = "paid_at")
        public Instant paidAt;
        @Column(name = "created_at")
        public Instant createdAt;
    }
}
