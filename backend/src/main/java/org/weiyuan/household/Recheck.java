package org.weiyuan.household;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One re-check (复核) of an approved file: what was found, by whom, under a signed commitment (签字承诺). */
@Entity
@Table(name = "household_recheck")
public class Recheck {

    /** Why the file was reviewed. */
    @Schema(name = "RecheckReason")
    public enum Reason {
        /** 年度复核: the interval ran out. */
        ANNUAL,
        /** 信息变更: staff changed the file's data. */
        DATA_CHANGED,
        /** 抽查: the file was drawn in a spot check. */
        SPOT_CHECK,
        /** 倒查: staff started from an aid payment and opened a re-check of the file behind it. */
        REVERSE_CHECK
    }

    /** What the re-check found. */
    public enum Result {
        /** 属实: the file stands as it is. */
        CONFIRMED,
        /** 更正: the category or severity changes. */
        CORRECTED,
        /** 不符合条件: the file is exited with the finding; its wishes are frozen. */
        INELIGIBLE
    }

    @Id
    public UUID id;
    public UUID householdId;
    public int reviewCycle;
    @Enumerated(EnumType.STRING)
    public Reason reason;
    @Enumerated(EnumType.STRING)
    public Result result;
    public LocalDate visitedOn;
    public String finding;
    @Enumerated(EnumType.STRING)
    public HouseholdCategory categoryBefore;
    @Enumerated(EnumType.STRING)
    public Severity severityBefore;
    @Enumerated(EnumType.STRING)
    public HouseholdCategory categoryAfter;
    @Enumerated(EnumType.STRING)
    public Severity severityAfter;
    public UUID investigatorSubject;
    public boolean commitmentSigned;
    public Instant recordedAt;
}
