package org.weiyuan.training;

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
        public UUID unitId;
        public String title;
        public String skill;
        public int level;
        public String provider;
        public LocalDate startsOn;
        public LocalDate endsOn;
        public int capacity;
        public int enrolled;
        public String certificateName;
        public UUID createdBy;
        public Instant createdAt;
        @Version
        public long version;
    }

    @Entity(name = "TrainingEnrolment")
    @Table(name = "training_enrolment")
    public static class Enrolment {
        @Id
        public UUID id;
        public UUID courseId;
        public UUID workerSubject;
        public UUID householdId;
        @Enumerated(EnumType.STRING)
        public TrainingRules.Status status;
        public LocalDate completedOn;
        public String certificateNo;
        public UUID enrolledBy;
        public Instant enrolledAt;
        public Instant updatedAt;
        @Version
        public long version;
    }

    @Entity(name = "JobFair")
    @Table(name = "job_fair")
    public static class JobFair {
        @Id
        public UUID id;
        public UUID unitId;
        public String title;
        public LocalDate heldOn;
        public String venue;
        public UUID createdBy;
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
        public UUID fairId;
        @Id
        public UUID listingId;
    }
}
