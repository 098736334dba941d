package org.weiyuan.household;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response shapes of reverse checks (倒查) and accountability findings (责任追究). */
public final class AccountabilityViews {

    private AccountabilityViews() { }

    /** One step of a file's handling: who did what, when. */
    public record TraceStepView(AccountabilityRole role, UUID staffSubject, Instant at, LocalDate visitedOn, String note) { }

    /** 倒查: everyone who registered, investigated, approved or re-checked the file, and how it ended. */
    public record TraceView(UUID householdId, HouseholdStatus status, ExitReason exitReason, UUID exitedBy, Instant exitedAt,
                            List<TraceStepView> steps, List<AccountabilityFindingView> findings,
                            List<ReverseCheckView> reverseChecks) { }

    /** 倒查 from a payment: which payment (kind, id, amount in fen, when paid) opened a re-check on the file, and its answer. */
    public record ReverseCheckView(UUID id, UUID householdId, ReverseCheck.PaymentKind paymentKind, UUID paymentId, long amountFen,
                                   Instant paidAt, String note, UUID openedBy, Instant openedAt, UUID recheckId) {
        public static ReverseCheckView of(ReverseCheck c) {
            return new ReverseCheckView(c.id, c.householdId, c.paymentKind, c.paymentId, c.amountFen, c.paidAt, c.note, c.openedBy,
                    c.openedAt, c.recheckId);
        }
    }

    public record AccountabilityRequest(@NotNull UUID staffSubject, @NotNull AccountabilityRole role,
                                        @NotBlank @Size(max = 2000) String reason) { }

    public record AccountabilityFindingView(UUID id, UUID householdId, UUID staffSubject, UUID staffUnitId,
                                            AccountabilityRole role, String reason, UUID recordedBy, Instant recordedAt) { }
}
