package org.weiyuan.wish;

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
    public long minFen;
    public long maxFen;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] campaignIds;
    public Instant updatedAt;
}
