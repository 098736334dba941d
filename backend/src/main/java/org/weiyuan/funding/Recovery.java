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
}
