package org.weiyuan.integrity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The latest result of one check, shared by every replica. */
@Entity(name = "InvariantRecord")
@Table(name = "invariant_result")
public class InvariantRecord {

    /** OK: the invariant holds. VIOLATED: rows break it. ERROR: the check itself could not run. */
    @Schema(name = "InvariantStatus")
    public enum Status { OK, VIOLATED, ERROR }

    @Id
    public String checkName;
    @Enumerated(EnumType.STRING)
    public Status status;
    public long violations;
    /** Comma-separated. */
    public String sampleIds;
    public String detail;
    public Instant checkedAt;
    public Instant failingSince;
    public Instant notifiedAt;
}
