package org.weiyuan.funding;

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
    public UUID poolId;
    public UUID wishId;
    public UUID pledgeId;
    public long amountFen;
    public Instant createdAt;
}
