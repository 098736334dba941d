package org.weiyuan.household;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Request and response shapes of re-checks (复核). */
public final class RecheckViews {

    private RecheckViews() { }

    /**
     * A re-check's result. A correction names the new category and severity; an ineligible
     * finding exits the file. The investigator signs a commitment that the finding is true.
     */
    public record RecheckRequest(@NotNull Recheck.Result result,
                                 @NotNull LocalDate visitedOn,
                                 @NotBlank @Size(max = 1000) String finding,
                                 HouseholdCategory category,
                                 Severity severity,
                                 @NotNull Boolean commitmentSigned) { }

    public record RecheckView(UUID id, UUID householdId, int reviewCycle, Recheck.Reason reason, Recheck.Result result,
                              LocalDate visitedOn, String finding, HouseholdCategory categoryBefore, Severity severityBefore,
                              HouseholdCategory categoryAfter, Severity severityAfter, UUID investigatorSubject,
                              boolean commitmentSigned, Instant recordedAt) {
        static RecheckView of(Recheck r) {
            return new RecheckView(r.id, r.householdId, r.reviewCycle, r.reason, r.result, r.visitedOn, r.finding,
                    r.categoryBefore, r.severityBefore, r.categoryAfter, r.severityAfter, r.investigatorSubject,
                    r.commitmentSigned, r.recordedAt);
        }
    }

    /** A file due for re-check in the staff member's queue: no name, only what triage needs. */
    public record DueView(UUID householdId, UUID unitId, String district, HouseholdCategory category, Severity severity,
                          LocalDate dueOn, Recheck.Reason reason) { }
}
