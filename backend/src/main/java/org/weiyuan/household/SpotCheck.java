package org.weiyuan.household;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** 抽查: one random draw of approved files in a unit's subtree, with the seed that reproduces it. */
@Entity
@Table(name = "spot_check")
public class SpotCheck {

    @Schema(name = "SpotCheckMethod")
    public enum Method { CONFIDENCE, SHARE }

    @Schema(name = "SpotCheckStatus")
    public enum Status { IN_PROGRESS, COMPLETED }

    @Id
    public UUID id;
    public UUID unitId;
    public UUID drawnBy;
    @Enumerated(EnumType.STRING)
    public Method method;
    public Integer confidencePct;
    public BigDecimal marginPct;
    public BigDecimal sharePct;
    public long seed;
    public int population;
    public int sampleSize;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant createdAt;
}
