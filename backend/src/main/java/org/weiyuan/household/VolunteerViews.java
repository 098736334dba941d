package org.weiyuan.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.weiyuan.household.HouseholdViews.HouseholdSummary;
import org.weiyuan.household.HouseholdViews.HouseholdView;
import org.weiyuan.household.HouseholdViews.VerificationRequest;

import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response shapes of volunteer home visits (义工入户核查). */
public final class VolunteerViews {

    private VolunteerViews() { }

    /** Staff hand a file's home visit to a volunteer (the subject of their account) by name. */
    public record VolunteerAssignRequest(@NotNull UUID volunteerSubject, @NotBlank @Size(max = 50) String volunteerName,
                                         @Size(max = 500) String note) { }

    /** The volunteer's record of the visit: the findings of a home visit, as staff record one. */
    public record VolunteerVisitRecordRequest(@NotNull @Valid VerificationRequest visit) { }

    public record VolunteerVisitView(UUID id, UUID householdId, int reviewCycle, UUID volunteerSubject, String volunteerName,
                                     String note, VolunteerVisit.Status status, UUID assignedBy, Instant assignedAt,
                                     UUID verificationId, Instant closedAt) {
        static VolunteerVisitView of(VolunteerVisit v) {
            return new VolunteerVisitView(v.id, v.householdId, v.reviewCycle, v.volunteerSubject, v.volunteerName, v.note,
                    v.status, v.assignedBy, v.assignedAt, v.verificationId, v.closedAt);
        }
    }

    /** An open visit in the volunteer's list, with the file's masked summary. */
    public record MyVolunteerVisitView(VolunteerVisitView visit, HouseholdSummary household) { }

    /** The file as the volunteer sees it while the visit is open: masked as for investigators. */
    public record VolunteerFileView(VolunteerVisitView visit, HouseholdView household) { }

    // ---- 志愿者名册 (the roster, V170)

    /** A new volunteer of a unit in the caller's subtree; the phone is stored encrypted, shown masked. */
    public record RosterVolunteerRequest(@NotNull UUID unitId, @NotBlank @Size(max = 50) String name,
                                         @NotNull @Pattern(regexp = "^1[3-9]\\d{9}$", message = "{weiyuan.validation.phone}") String phone,
                                         @Size(max = 10) List<@NotNull @Size(max = 30) String> skills) { }

    /** A changed roster entry; {@code phone} null keeps the stored one; {@code active} false takes them off the visit form. */
    public record RosterVolunteerUpdate(@NotBlank @Size(max = 50) String name,
                                        @Pattern(regexp = "^1[3-9]\\d{9}$", message = "{weiyuan.validation.phone}") String phone,
                                        @Size(max = 10) List<@NotNull @Size(max = 30) String> skills, @NotNull Boolean active) { }

    /** One volunteer of the roster; {@code phone} masked (138****0000). */
    public record RosterVolunteerView(UUID id, UUID unitId, String name, String phone, List<String> skills, boolean active,
                                      Instant createdAt, Instant updatedAt) { }
}
