package org.weiyuan.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** 拨付: money (bank transfer) or goods (in kind) handed to a household for a funded wish. */
@Entity
@Table(name = "disbursement")
public class Disbursement {

    public enum Method { BANK_TRANSFER, IN_KIND }

    public enum Status {
        /** Above the threshold: waiting for a second staff member. */
        PENDING_APPROVAL,
        /** Approved and posted to the ledger. */
        APPROVED
    }

    @Id
    public UUID id;
    @Column(name = "wish_id")
    public UUID wishId;
    @Column(name = "amount_fen")
    public long amountFen;
    @Enumerated(EnumType.STRING)
    public Method method;
    /** Bank transfer reference, or delivery note number. */
    public String reference;
    /** What proves it: receipt, signed delivery note (description or document reference). */
    public String proof;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "recorded_by")
    public UUID recordedBy;
    @Column(name = "approved_by")
    public UUID approvedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Version
    public long version;
}
