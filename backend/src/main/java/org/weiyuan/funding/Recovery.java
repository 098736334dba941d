package org.weiyuan.funding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** 追回: aid disbursed on one wish of a household found ineligible, to be paid back. */
@Entity
@Table(name = "aid_recovery")
public class Recovery {

    @Schema(name = "RecoveryStatus")
    public enum Status {
        OPEN, SETTLED,
        /** 撤销: the ineligible finding was overturned on appeal; no further instalments. */
        CANCELLED
    }

    /**
     * 退款: where the money a cancelled recovery had received stands. AWAITING_FUNDS: the fund it went
     * into does not hold all of it yet (the rest is booked when a payout is approved and the fund has it);
     * PAYABLE: booked on the recovery's payable, waiting to be paid out; PAID: paid out to the household.
     */
    @Schema(name = "RecoveryRefundStatus")
    public enum RefundStatus { AWAITING_FUNDS, PAYABLE, PAID }

    @Id
    public UUID id;
    public UUID householdId;
    public UUID wishId;
    public long amountFen;
    public long receivedFen;
    public String reason;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID createdBy;
    public Instant createdAt;
    public UUID cancelledBy;
    public Instant cancelledAt;
    public String cancelReason;
    /** Null while there is nothing to refund. */
    @Enumerated(EnumType.STRING)
    public RefundStatus refundStatus;
    /** What the household is owed back: everything received when the recovery was cancelled. */
    public long refundOwedFen;
    /** How much of it has been taken from the fund onto the recovery's payable. */
    public long refundBookedFen;
    /** How much of it has been paid out to the household. */
    public long refundPaidFen;
}
