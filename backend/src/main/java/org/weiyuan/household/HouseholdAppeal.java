package org.weiyuan.household;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * An appeal (申诉) against a file's rejection or exit: the household's reason and evidence, the
 * decision it is about (who took it, in which unit) and, once reviewed, the outcome with its reason.
 */
@Entity
@Table(name = "household_appeal")
public class HouseholdAppeal {

    @Id
    public UUID id;
    public UUID householdId;
    @Enumerated(EnumType.STRING)
    public AppealedDecision decision;
    public Instant decidedAt;
    /** The staff member who took the decision; null for decisions older than appeals. */
    public UUID decidedBy;
    /** The decider's unit: the appeal goes to staff of the units above it. */
    public UUID decidingUnitId;
    public String reason;
    /** Evidence documents of the file (证明材料) the appeal relies on. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] documentIds;
    public UUID filedBy;
    /** Staff filed it for a worker without a smartphone (代为申诉). */
    public boolean onBehalf;
    public Instant filedAt;
    public Instant deadlineAt;
    @Enumerated(EnumType.STRING)
    public AppealStatus status;
    public UUID reviewerSubject;
    public String outcomeReason;
    public Instant reviewedAt;
    @Version
    public long version;
}
