package org.weiyuan.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Entities of training and job fairs (tables of V142__training.sql). */
public final class TrainingEntities {

    private TrainingEntities() { }

    @Entity(name = "TrainingCourse")
    @Table(name = "training_course")
    public static class Course {
        @Id
        public UUID id;
        @Column(name = "unit_id")
        public UUID unitId;
        public String title;
        public String skill;
        public int level;
        public String provider;
        @Column(name = "starts_on")
        public LocalDate startsOn;
        @Column(name = "ends_on")
        public LocalDate endsOn;
        public int capacity;
        public int enrolled;
        @Column(name = "certificate_name")
        public String certificateName;
        @Column(name = "created_by")
        public UUID createdBy;
        @Column(name = "created_at")
        public Instant createdAt;
        @Version
        public long version;
    }

    @Entity(name = "TrainingEnrolment")
    @Table(name = "training_enrolment")
    public static class Enrolment {
        @Id
        public UUID id;
        @Column(name = "course_id")
        public UUID courseId;
        @Column(name = "worker_subject")
        public UUID workerSubject;
        @Column(name = "household_id")
        public UUID householdId;
        @Enumerated(EnumType.STRING)
        public TrainingRules.Status status;
        @Column(name = "completed_on")
        public LocalDate completedOn;
        @Column(name = "certificate_no")
        public String certificateNo;
        @Column(name = "enrolled_by")
        public UUID enrolledBy;
        @Column(name = "enrolled_at")
        public Instant enrolledAt;
        @Column(name = "updated_at")
        public Instant updatedAt;
        @Version
        public long version;
    }

    @Entity(name = "JobFair")
    @Table(name = "job_fair")
    public static class JobFair {
        @Id
        public UUID id;
        @Column(name = "unit_id")
        public UUID unitId;
        public String title;
        @Column(name = "held_on")
        public LocalDate heldOn;
        public String venue;
        @Column(name = "created_by")
        public UUID createdBy;
        @Column(name = "created_at")
        public Instant createdAt;
    }

    public static class FairListingId implements Serializable {
        public UUID fairId;
        public UUID listingId;

        @Override
        public boolean equals(Object o) {
            return o instanceof FairListingId other && java.util.Objects.equals(fairId, other.fairId)
                    && java.util.Objects.equals(listingId, other.listingId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(fairId, listingId);
        }
    }

    @Entity(name = "JobFairListing")
    @Table(name = "job_fair_listing")
    @IdClass(FairListingId.class)
    public static class FairListing {
        @Id
        @Column(name = "fair_id")
        public UUID fairId;
        @Id
        @Column(name = "listing_id")
        public UUID listingId;
    }
}
