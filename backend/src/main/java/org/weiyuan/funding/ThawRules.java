package org.weiyuan.funding;

import org.weiyuan.household.HouseholdReinstatements.StillFrozenReason;
import org.weiyuan.wish.WishAction;

import java.time.LocalDate;

/**
 * 解冻 as a plain rule: where a frozen wish goes when its file is approved again. Freezing settled
 * what it found (holds released, paid pledges refunded or moved, matches returned); only a wish whose
 * money was not sent back can take up where it was, so the ledger and the wish's totals stay as
 * freezing left them.
 */
public final class ThawRules {

    private ThawRules() { }

    /** An unfreeze action, or the reason the wish stays frozen. */
    public record Decision(WishAction action, StillFrozenReason stays) { }

    public static Decision decide(boolean published, long pledgedFen, long returnedFen, long disbursedFen,
                                  LocalDate deadline, LocalDate today) {
        if (disbursedFen > 0) {
            // freezing kept its escrow (only holds were released): the hand-over goes on
            return new Decision(WishAction.UNFREEZE_HANDED_OVER, null);
        }
        if (returnedFen > 0 || pledgedFen > 0) {
            return new Decision(null, StillFrozenReason.DONORS_SETTLED);
        }
        if (!published) {
            return new Decision(WishAction.UNFREEZE_TO_DRAFT, null);
        }
        if (deadline != null && deadline.isBefore(today)) {
            return new Decision(null, StillFrozenReason.DEADLINE_PASSED);
        }
        return new Decision(WishAction.UNFREEZE_TO_FEED, null);
    }
}
