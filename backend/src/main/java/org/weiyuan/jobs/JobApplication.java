package org.weiyuan.jobs;

import jakarta.persistence.Column;
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
    @Column(name = "listing_id")
    public UUID listingId;
    @Column(name = "worker_subject")
    public UUID workerSubject;
    @Column(name = "applied_by")
    public UUID appliedBy;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String note;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "hired_at")
    public Instant hiredAt;
    @Version
    public long version;
}
