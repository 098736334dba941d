package org.weiyuan.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A donor's pledge (认捐) to a wish. */
@Entity
@Table(name = "pledge")
public class Pledge {

    @Id
    public UUID id;
    public UUID wishId;
    public UUID donorSubject;
    public long amountFen;
    @Enumerated(EnumType.STRING)
    public PledgeStatus status;
    @Enumerated(EnumType.STRING)
    public OnExpiry onExpiry;
    public String idempotencyKey;
    /** SHA-256 of what was asked, so a reused key with a different request is caught. */
    public String requestHash;
    /** Our reference at the payment gateway. */
    public String paymentReference;
    public Instant holdExpiresAt;
    public Instant createdAt;
    public Instant paidAt;
    public Instant releasedAt;
    /** What the matching pools added to this pledge once paid (配捐). */
    public long matchedFen;
    /** Why it drew no or less matching, for its donor (未配捐原因); null when nothing held it back. */
    @Enumerated(EnumType.STRING)
    public MatchRefusal matchRefusal;
}
