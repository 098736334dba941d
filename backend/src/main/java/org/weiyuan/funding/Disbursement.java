package org.weiyuan.funding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    @Schema(name = "DisbursementMethod")
    public enum Method { BANK_TRANSFER, IN_KIND }

    @Schema(name = "DisbursementStatus")
    public enum Status {
        /** Above the threshold: waiting for a second staff member. */
        PENDING_APPROVAL,
        /** Approved and posted to the ledger. */
        APPROVED
    }

    @Id
    public UUID id;
    public UUID wishId;
    public long amountFen;
    @Enumerated(EnumType.STRING)
    public Method method;
    /** Bank transfer reference, or delivery note number. */
    public String reference;
    /** What proves it: receipt, signed delivery note (description or document reference). */
    public String proof;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID recordedBy;
    public UUID approvedBy;
    public Instant createdAt;
    public Instant approvedAt;
    @Version
    public long version;
}
