package org.weiyuan.training;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.weiyuan.matching.Skill;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response records of {@code /api/v1/training} and {@code /api/v1/job-fairs}. */
public final class TrainingViews {

    private TrainingViews() { }

    public record CourseRequest(@NotNull UUID unitId, @NotBlank @Size(max = 100) String title, @NotNull Skill skill,
                                /** The level the course brings its graduates to (1 basic, 2 skilled, 3 expert). */
                                @NotNull @Min(1) @Max(3) Integer level, @NotBlank @Size(max = 100) String provider,
                                @NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotNull @Positive @Max(1000) Integer capacity,
                                @NotBlank @Size(max = 100) String certificateName) { }

    /** Staff enrol a worker of their subtree with {@code workerSubject}; a worker enrols themself without it. */
    @Schema(name = "TrainingEnrolRequest")
    public record EnrolRequest(UUID workerSubject) { }

    public record CompleteRequest(@NotBlank @Size(max = 50) String certificateNo, LocalDate completedOn) { }

    public record FairRequest(@NotNull UUID unitId, @NotBlank @Size(max = 100) String title, @NotNull LocalDate heldOn,
                              @NotBlank @Size(max = 200) String venue) { }

    public record AttachRequest(@NotNull UUID listingId) { }

    public record CourseView(UUID id, UUID unitId, String title, Skill skill, int level, String provider, LocalDate startsOn,
                             LocalDate endsOn, int capacity, int enrolled, String certificateName) { }

    public record EnrolmentView(UUID id, UUID courseId, String courseTitle, Skill skill, int level, UUID workerSubject,
                                UUID householdId, TrainingRules.Status status, LocalDate completedOn, String certificateNo,
                                String certificateName, Instant enrolledAt, /** Whether the job profile's skill was raised. */
                                Boolean profileRaised) { }

    /** A skill gap and the courses that teach it. */
    public record Recommendation(Skill skill, int level, int listings, List<CourseView> courses) { }

    /** 一户一技: the household's certificates, and whether it has its skill. */
    public record HouseholdSkill(UUID householdId, boolean hasSkill, List<EnrolmentView> enrolments) { }

    public record FairListingView(UUID listingId, String title, String employer) { }

    public record FairView(UUID id, UUID unitId, String title, LocalDate heldOn, String venue, List<FairListingView> listings) { }
}
