package org.weiyuan.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.weiyuan.matching.Certificate;
import org.weiyuan.matching.Shifts;
import org.weiyuan.matching.Skill;
import org.weiyuan.matching.WorkDemand;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Requests and answers of the jobs API. */
public final class JobViews {

    private JobViews() { }

    public record SkillLevel(@NotNull Skill skill, @Min(1) @Max(3) int level) { }

    /** Days and parts of the day: every day listed, in every period listed. */
    public record ShiftPattern(@NotEmpty Set<DayOfWeek> days, @NotEmpty Set<Shifts.Period> periods) {
        int mask() {
            return Shifts.mask(days, periods);
        }

        static ShiftPattern of(int mask) {
            return new ShiftPattern(Shifts.days(mask), Shifts.periods(mask));
        }
    }

    public record EmployerRequest(@NotNull UUID unitId, @NotBlank @Size(max = 100) String name,
                                  @NotBlank @Size(max = 12) String district, @NotBlank @Size(max = 40) String contactName,
                                  @NotBlank @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}") String contactPhone) { }

    public record EmployerView(UUID id, UUID unitId, String name, String district, String contactName, String contactPhone) { }

    public record ListingRequest(@NotNull UUID employerId, @NotBlank @Size(max = 100) String title,
                                 @NotBlank @Size(max = 2000) String description, @Min(1) @Max(1000) int positions,
                                 @Positive long wageMinFen, @Positive long wageMaxFen, @NotNull JobListing.WagePeriod wagePeriod,
                                 @NotBlank @Size(max = 12) String district, @NotBlank @Size(max = 200) String address,
                                 @Size(max = 8) List<@Valid @NotNull SkillLevel> skills,
                                 Set<@NotNull Certificate> certificates, Set<@NotNull WorkDemand> demands,
                                 @NotNull @Valid ShiftPattern shifts, @Min(1) @Max(84) int weeklyHours,
                                 @Min(16) @Max(70) Integer ageMin, @Min(16) @Max(70) Integer ageMax,
                                 Set<@NotNull Skill> trainingSkills, @NotNull LocalDate startDate, @NotNull LocalDate expiresOn) {
        /** The same listing for this employer and these dates (the demo seeds give them apart). */
        public ListingRequest with(UUID employer, LocalDate start, LocalDate expires) {
            return new ListingRequest(employer, title, description, positions, wageMinFen, wageMaxFen, wagePeriod, district,
                    address, skills, certificates, demands, shifts, weeklyHours, ageMin, ageMax, trainingSkills, start, expires);
        }
    }

    public record ListingView(UUID id, UUID employerId, String employer, UUID unitId, String title, String description,
                              int positions, int filled, long wageMinFen, long wageMaxFen, JobListing.WagePeriod wagePeriod,
                              String district, String address, List<SkillLevel> skills, Set<Certificate> certificates,
                              Set<WorkDemand> demands, ShiftPattern shifts, int weeklyHours, Integer ageMin, Integer ageMax,
                              Set<Skill> trainingSkills, LocalDate startDate, LocalDate expiresOn, JobListing.Status status,
                              Instant createdAt) { }

    public record ProfileRequest(@Min(1940) @Max(2010) int birthYear, @Size(max = 12) List<@Valid @NotNull SkillLevel> skills,
                                 Set<@NotNull Certificate> certificates, Set<@NotNull WorkDemand> healthLimits,
                                 @NotBlank @Size(max = 12) String homeDistrict,
                                 @NotEmpty @Size(max = 20) Set<@NotBlank String> reachableDistricts,
                                 @NotNull @Valid ShiftPattern availability, @Min(1) @Max(84) int desiredWeeklyHours,
                                 @PositiveOrZero long desiredWageFen, boolean wantsTraining) { }

    public record ProfileView(UUID subject, UUID unitId, int birthYear, List<SkillLevel> skills, Set<Certificate> certificates,
                              Set<WorkDemand> healthLimits, String homeDistrict, List<String> reachableDistricts,
                              ShiftPattern availability, int desiredWeeklyHours, long desiredWageFen, boolean wantsTraining,
                              long version) { }

    /** One factor of a match, with the sentence shown as "why this job". */
    @Schema(name = "MatchReason")
    public record Reason(String factor, double points, double value, String text) { }

    /**
     * The listing on a recommendation card: the API's own record, so that the match index's internal
     * {@code ListingIndex.Card} can change without changing the contract (the schema keeps its name, Card).
     */
    @Schema(name = "Card")
    public record MatchedListing(UUID id, String title, String employer, String district, long wageMinFen, long wageMaxFen,
                                 JobListing.WagePeriod wagePeriod, int weeklyHours, int openPositions, LocalDate expiresOn) { }

    public record JobMatchView(MatchedListing listing, String districtName, int score, List<Reason> why) { }

    public record CandidateView(UUID worker, UUID householdId, String severity, int score, int priority, List<Reason> why) { }

    public record ApplyRequest(UUID workerSubject, @Size(max = 500) String note) { }

    public record StatusRequest(@NotNull JobApplication.Status status, @Size(max = 500) String note) { }

    public record ApplicationView(UUID id, UUID listingId, String listingTitle, UUID workerSubject, boolean appliedByStaff,
                                  JobApplication.Status status, String note, Instant createdAt, Instant updatedAt) { }

    public record Count(String key, String label, long count) { }

    public record Placements(LocalDate from, LocalDate to, long total, List<Count> byMonth, List<Count> byEmployer,
                             List<Count> byUnit, List<Count> byListing) { }

    public record DistrictView(String code, String name, String city) { }

    public record Term(String code, String name) { }

    public record Taxonomy(List<Term> skills, List<Term> certificates, List<Term> demands, List<DistrictView> districts) { }
}
