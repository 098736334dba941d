package org.weiyuan.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * 退款支付: money a cancelled recovery owes the household, paid back to it. One staff member records
 * it with its proof, another approves it (maker-checker, as union-fund transfers); only an approved
 * payout moves money: one balanced entry from the recovery's payable to the {@code recovered} cash.
 */
@Entity
@Table(name = "aid_recovery_refund")
public class RecoveryRefund {

    @Schema(name = "RecoveryRefundPayoutStatus")
    public enum Status { PENDING_APPROVAL, PAID, REJECTED }

    @Schema(name = "RecoveryRefundMethod")
    public enum Method { BANK_TRANSFER, CASH }

    @Id
    public UUID id;
    public UUID recoveryId;
    public long amountFen;
    @Enumerated(EnumType.STRING)
    public Method method;
    public String reference;
    public String proof;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID recordedBy;
    public Instant recordedAt;
    public UUID decidedBy;
    public Instant decidedAt;
    public String rejectReason;
    public UUID entryId;
}
