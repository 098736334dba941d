package org.weiyuan.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A worker's employment profile (求职档案): what they can do, where, when, and for how much. */
@Entity
@Table(name = "worker_profile")
public class WorkerProfile {
    @Id
    public UUID subject;
    /** The union unit that looks after the worker: staff scope. */
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "household_id")
    public UUID householdId;
    @Column(name = "birth_year")
    public int birthYear;
    /** "SKILL:LEVEL" for each skill held. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] skills;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] certificates;
    /** Work demands the worker's health rules out. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "health_limits")
    public String[] healthLimits;
    @Column(name = "home_district")
    public String homeDistrict;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reachable_districts")
    public String[] reachableDistricts;
    @Column(name = "availability_mask")
    public int availabilityMask;
    @Column(name = "desired_weekly_hours")
    public int desiredWeeklyHours;
    @Column(name = "desired_wage_fen")
    public long desiredWageFen;
    @Column(name = "wants_training")
    public boolean wantsTraining;
    @Column(name = "updated_by")
    public UUID updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
