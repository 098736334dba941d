package org.weiyuan.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One payment received back on a recovery. */
@Entity
@Table(name = "aid_recovery_instalment")
public class RecoveryInstalment {

    @Id
    public UUID id;
    public UUID recoveryId;
    public long amountFen;
    public String reference;
    public UUID recordedBy;
    public Instant receivedAt;
}
