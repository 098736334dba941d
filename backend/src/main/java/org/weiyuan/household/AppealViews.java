package org.weiyuan.household;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response shapes of appeals (申诉). */
public final class AppealViews {

    private AppealViews() { }

    /** The household's appeal: why the decision is wrong, and evidence documents already on the file. */
    public record AppealRequest(@NotBlank @Size(max = 2000) String reason,
                                @Size(max = 50) List<@NotNull UUID> documentIds) { }

    /** The reviewer's outcome, always with its reason (复议意见). */
    public record AppealDecisionRequest(@NotNull AppealOutcome outcome,
                                        @NotBlank @Size(max = 2000) String reason) { }

    /** An appeal in full: for the household and for staff in scope. */
    public record AppealView(UUID id, UUID householdId, AppealedDecision decision, Instant decidedAt, UUID decidedBy,
                             UUID decidingUnitId, String reason, List<UUID> documentIds, UUID filedBy, boolean onBehalf,
                             Instant filedAt, Instant deadlineAt, AppealStatus status, UUID reviewerSubject,
                             String outcomeReason, Instant reviewedAt,
                             @Schema(description = "What reversing an exit undid (unfrozen wishes, cancelled recoveries) and what stays "
                                     + "frozen and why; only in the answer that reversed it")
                             HouseholdReinstatements.Reinstatement reinstatement) {
        AppealView withReinstatement(HouseholdReinstatements.Reinstatement undone) {
            return new AppealView(id, householdId, decision, decidedAt, decidedBy, decidingUnitId, reason, documentIds, filedBy, onBehalf,
                    filedAt, deadlineAt, status, reviewerSubject, outcomeReason, reviewedAt, undone);
        }
    }

    /** A pending appeal in a reviewer's queue: no reason (personal), only what triage needs. */
    public record AppealQueueItemView(UUID id, UUID householdId, AppealedDecision decision, Instant decidedAt,
                                      UUID decidingUnitId, Instant filedAt, int documentCount) { }
}
