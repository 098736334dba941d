package org.weiyuan.household;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.security.Actor;

/**
 * What follows a file's move into or out of APPROVED (动态管理): leaving it freezes the file's wishes
 * ({@link HouseholdDepartures}), entering it schedules the next re-check ({@link ReviewScheduler});
 * a change of an approved file's data makes it due now. Called in the transition's transaction.
 */
@ApplicationScoped
class ApprovalChanges {

    private final HouseholdDepartures departures;
    private final ReviewScheduler reviews;
    private final HouseholdExitChecks exitChecks;
    private final HouseholdReinstatements reinstatements;

    ApprovalChanges(HouseholdDepartures departures, ReviewScheduler reviews, HouseholdExitChecks exitChecks,
                    HouseholdReinstatements reinstatements) {
        this.reinstatements = reinstatements;
        this.departures = departures;
        this.reviews = reviews;
        this.exitChecks = exitChecks;
    }

    /** Before an exit: the help plan must be closed with its outcome (or is closed, on a re-check's finding). */
    Uni<Void> beforeExit(Actor actor, Household h, ExitReason reason) {
        return exitChecks.beforeExit(actor, h, reason);
    }

    Uni<Void> afterTransition(Actor actor, Household h, HouseholdStatus from) {
        if (from == HouseholdStatus.APPROVED && h.status != HouseholdStatus.APPROVED) {
            return departures.leftApproval(actor, h);
        }
        if (from != HouseholdStatus.APPROVED && h.status == HouseholdStatus.APPROVED) {
            // approved anew after a reopen: its frozen wishes come back where they can; an appeal that
            // restores an exit (EXITED → APPROVED) undoes more, and AppealService asks for that itself
            Uni<Void> wishes = from == HouseholdStatus.EXITED ? Uni.createFrom().voidItem()
                    : reinstatements.reinstated(actor, h, null).replaceWithVoid();
            return wishes.chain(() -> reviews.reviewed(h));
        }
        return Uni.createFrom().voidItem();
    }

    Uni<Void> dataChanged(Household h) {
        return reviews.dataChanged(h);
    }
}
