package org.weiyuan.funding;

import org.weiyuan.common.DomainException;
import org.weiyuan.wish.WishStatus;

/**
 * Whether a pledge fits a wish. The caller holds the wish row lock while it asks, so the answer
 * stays true until the pledge is written: live pledges never exceed the target.
 */
public final class FundingRules {

    private FundingRules() { }

    /** 409 when the wish takes no pledges, or when the amount is more than it still needs (offering the remainder). */
    public static void checkPledge(WishStatus status, long pledgedFen, long targetFen, long amountFen) {
        if (!WishStatus.FUNDABLE.contains(status)) {
            throw DomainException.illegalTransition("PLEDGE", status);
        }
        long remaining = targetFen - pledgedFen;
        if (amountFen > remaining) {
            throw DomainException.remainderExceeded(remaining);
        }
    }

    public static boolean fits(WishStatus status, long pledgedFen, long targetFen, long amountFen) {
        return WishStatus.FUNDABLE.contains(status) && amountFen <= targetFen - pledgedFen;
    }
}
