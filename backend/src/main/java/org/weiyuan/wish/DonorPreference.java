package org.weiyuan.wish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** What a donor cares about (捐赠偏好): kinds, districts, an amount range, campaigns. Empty means any. */
@Entity
@Table(name = "donor_preference")
public class DonorPreference {
    @Id
    public UUID subject;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] kinds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] districts;
    @Column(name = "min_fen")
    public long minFen;
    @Column(name = "max_fen")
    public long maxFen;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "campaign_ids")
    public UUID[] campaignIds;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
