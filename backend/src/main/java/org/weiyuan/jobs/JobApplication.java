package org.weiyuan.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A worker's application to a listing, by themselves or by staff on their behalf (送岗到户). */
@Entity
@Table(name = "job_application")
public class JobApplication {

    @Schema(name = "JobApplicationStatus")
    public enum Status {
        APPLIED, INTERVIEW, HIRED, NOT_HIRED, WITHDRAWN;

        /** Staff move an application along; the worker may only withdraw, and only while it is open. */
        public boolean canMoveTo(Status next, boolean byStaff) {
            if (this == HIRED || this == NOT_HIRED || this == WITHDRAWN || next == APPLIED || next == this) {
                return false;
            }
            if (next == WITHDRAWN) {
                return !byStaff;
            }
            return byStaff && (next != INTERVIEW || this == APPLIED);
        }
    }

    @Id
    public UUID id;
    public UUID listingId;
    public UUID workerSubject;
    public UUID appliedBy;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String note;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant hiredAt;
    @Version
    public long version;
}
