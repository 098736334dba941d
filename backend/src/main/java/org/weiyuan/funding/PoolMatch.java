package org.weiyuan.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One match drawn from a pool for one paid pledge. */
@Entity
@Table(name = "pool_match")
public class PoolMatch {

    @Id
    public UUID id;
    @Column(name = "pool_id")
    public UUID poolId;
    @Column(name = "wish_id")
    public UUID wishId;
    @Column(name = "pledge_id")
    public UUID pledgeId;
    @Column(name = "amount_fen")
    public long amountFen;
    @Column(name = "created_at")
    public Instant createdAt;
}
