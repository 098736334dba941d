package org.weiyuan.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A job listing (招聘岗位) posted by union staff for an employer. */
@Entity
@Table(name = "job_listing")
public class JobListing {

    public enum Status { OPEN, FILLED, CLOSED, EXPIRED }

    public enum WagePeriod { MONTH, HOUR }

    @Id
    public UUID id;
    @Column(name = "employer_id")
    public UUID employerId;
    @Column(name = "unit_id")
    public UUID unitId;
    public String title;
    public String description;
    public int positions;
    public int filled;
    @Column(name = "wage_min_fen")
    public long wageMinFen;
    @Column(name = "wage_max_fen")
    public long wageMaxFen;
    @Enumerated(EnumType.STRING)
    @Column(name = "wage_period")
    public WagePeriod wagePeriod;
    public String district;
    public String address;
    /** "SKILL:LEVEL" for each skill required. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] skills;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] certificates;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] demands;
    @Column(name = "shift_mask")
    public int shiftMask;
    @Column(name = "weekly_hours")
    public int weeklyHours;
    @Column(name = "age_min")
    public Integer ageMin;
    @Column(name = "age_max")
    public Integer ageMax;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "training_skills")
    public String[] trainingSkills;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "created_by")
    public UUID createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    public int openPositions() {
        return status == Status.OPEN ? positions - filled : 0;
    }
}
