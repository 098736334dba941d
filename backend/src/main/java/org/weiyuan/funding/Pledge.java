package org.weiyuan.funding;

import jakarta.persistence.Column;
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
    @Column(name = "wish_id")
    public UUID wishId;
    @Column(name = "donor_subject")
    public UUID donorSubject;
    @Column(name = "amount_fen")
    public long amountFen;
    @Enumerated(EnumType.STRING)
    public PledgeStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "on_expiry")
    public OnExpiry onExpiry;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    /** SHA-256 of what was asked, so a reused key with a different request is caught. */
    @Column(name = "request_hash")
    public String requestHash;
    /** Our reference at the payment gateway. */
    @Column(name = "payment_reference")
    public String paymentReference;
    @Column(name = "hold_expires_at")
    public Instant holdExpiresAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "paid_at")
    public Instant paidAt;
    @Column(name = "released_at")
    public Instant releasedAt;
}
