package org.weiyuan.household;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weiyuan.security.Actor;

import java.util.List;
import java.util.UUID;

/**
 * What happens elsewhere when a file returns to the approved state after it had left it: its
 * frozen wishes are unfrozen where they can be, and, when the ineligible finding itself was
 * overturned (申诉撤销), the recoveries it started are cancelled. Implemented by the funding feature,
 * called in the transaction that restores the file (the counterpart of {@link HouseholdDepartures}).
 */
public interface HouseholdReinstatements {

    /**
     * @param ineligibleFindingAt when an appeal overturned an exit as ineligible (不符合条件): the time of that
     *                            exit; aid paid was due, so the recoveries opened since then are cancelled.
     *                            Null when nothing about eligibility was overturned (a reopened file approved
     *                            anew, or an exit for another reason reversed): earlier findings stand, and
     *                            their recoveries stay
     */
    Uni<Reinstatement> reinstated(Actor actor, Household household, java.time.Instant ineligibleFindingAt);

    /** Why a wish stays frozen when its file is approved again. */
    @Schema(name = "StillFrozenReason")
    enum StillFrozenReason {
        /** The donors' money was refunded or moved to the campaign fund when it froze: the worker posts a new wish. */
        DONORS_SETTLED,
        /** Its deadline passed while it was frozen. */
        DEADLINE_PASSED
    }

    record StillFrozenWish(UUID wishId, StillFrozenReason reason) { }

    /**
     * A recovery the overturned finding cancelled; what had been received is owed back to the household.
     * {@code refundBookedFen} of it was taken from the fund now (never more than the fund held);
     * {@code refundStatus} is PAYABLE when all of it was, AWAITING_FUNDS when the fund lacked the rest.
     */
    record CancelledRecovery(UUID recoveryId, UUID wishId, long amountFen, long receivedFen, long refundBookedFen,
                             String refundStatus) { }

    /** What was undone, and what stays as it was and why. */
    record Reinstatement(List<UUID> unfrozenWishIds, List<StillFrozenWish> stillFrozen, List<CancelledRecovery> cancelledRecoveries,
                         List<UUID> recoveriesLeftOpen) {
        public static Reinstatement none() {
            return new Reinstatement(List.of(), List.of(), List.of(), List.of());
        }
    }
}
