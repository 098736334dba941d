package org.weiyuan.household;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A pair of files that may hold the same household or person (疑似重复), waiting for staff's decision. */
@Entity
@Table(name = "duplicate_candidate")
public class DuplicateCandidate {

    @Schema(name = "DuplicateStatus")
    public enum Status { OPEN, DUPLICATE, NOT_DUPLICATE }

    @Id
    public UUID id;
    /** The file whose filing or edit found the match. */
    public UUID householdId;
    public UUID otherHouseholdId;
    @Enumerated(EnumType.STRING)
    public DuplicateRules.Reason reason;
    public String detail;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID decidedBy;
    public Instant decidedAt;
    public String note;
    public Instant createdAt;
}
