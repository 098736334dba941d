package org.weiyuan.household;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * 义工入户: a file's home visit staff handed to a volunteer verifier. While it is OPEN the volunteer
 * sees the file (masked, as investigators do) and records the visit; recorded (DONE) or cancelled,
 * the file is closed to them again.
 */
@Entity
@Table(name = "volunteer_visit")
public class VolunteerVisit {

    @Schema(name = "VolunteerVisitStatus")
    public enum Status { OPEN, DONE, CANCELLED }

    @Id
    public UUID id;
    public UUID householdId;
    public int reviewCycle;
    public UUID volunteerSubject;
    public String volunteerName;
    public String note;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID assignedBy;
    public Instant assignedAt;
    public UUID verificationId;
    public UUID closedBy;
    public Instant closedAt;

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
