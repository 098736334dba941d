package org.weiyuan.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    @Schema(name = "JobListingStatus")
    public enum Status { OPEN, FILLED, CLOSED, EXPIRED }

    public enum WagePeriod { MONTH, HOUR }

    @Id
    public UUID id;
    public UUID employerId;
    public UUID unitId;
    public String title;
    public String description;
    public int positions;
    public int filled;
    public long wageMinFen;
    public long wageMaxFen;
    @Enumerated(EnumType.STRING)
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
    public int shiftMask;
    public int weeklyHours;
    public Integer ageMin;
    public Integer ageMax;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] trainingSkills;
    public LocalDate startDate;
    public LocalDate expiresOn;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    public int openPositions() {
        return status == Status.OPEN ? positions - filled : 0;
    }
}
