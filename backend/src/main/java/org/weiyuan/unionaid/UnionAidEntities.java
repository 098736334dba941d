package org.weiyuan.unionaid;

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
        public UUID unitId;
        @Enumerated(EnumType.STRING)
        public FundRules.Source source;
        @Enumerated(EnumType.STRING)
        public FundRules.Purpose purpose;
        public String name;
        public UUID createdBy;
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
        public UUID fromFundId;
        public UUID toFundId;
        public long amountFen;
        public String reference;
        public UUID entryId;
        /** The preparer (经办人). */
        public UUID recordedBy;
        public Instant recordedAt;
        @Enumerated(EnumType.STRING)
        public TransferLifecycle.Status status;
        public UUID approvedBy;
        public Instant approvedAt;
        public UUID rejectedBy;
        public Instant rejectedAt;
        public String rejectionReason;
    }

    /** 入账: money received into a fund. */
    @Entity(name = "FundDeposit")
    @Table(name = "union_fund_deposit")
    public static class FundDeposit {
        @Id
        public UUID id;
        public UUID fundId;
        public long amountFen;
        public String reference;
        public LocalDate receivedOn;
        public UUID entryId;
        public UUID recordedBy;
        public Instant recordedAt;
    }

    /** 帮扶名单: who receives what from one fund. */
    @Entity(name = "AidList")
    @Table(name = "aid_list")
    public static class AidList {
        @Id
        public UUID id;
        public UUID fundId;
        public UUID unitId;
        @Enumerated(EnumType.STRING)
        public FundRules.Purpose purpose;
        public String title;
        @Enumerated(EnumType.STRING)
        public AidListLifecycle.Status status;
        public long totalFen;
        public UUID preparedBy;
        public Instant submittedAt;
        public UUID approvedBy;
        public Instant approvedAt;
        public String rejectionReason;
        public UUID paidBy;
        public Instant paidAt;
        public String payReference;
        public String proof;
        public Instant createdAt;
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
        public UUID listId;
        public UUID householdId;
        public long amountFen;
        public String goods;
        @Enumerated(EnumType.STRING)
        public LineStatus status;
        public UUID entryId;
        public Instant paidAt;
        public Instant createdAt;
    }
}
