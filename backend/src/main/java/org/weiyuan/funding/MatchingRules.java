package org.weiyuan.funding;

/** How much a pool adds to one paid pledge. Plain arithmetic in fen, rounded down. */
public final class MatchingRules {

    private MatchingRules() { }

    /**
     * The match for a paid pledge: the ratio applied to the pledge, but never more than the pool's
     * cap for this wish still allows, what is left of its budget, or what the wish still needs.
     */
    public static long match(long pledgeFen, int ratioPct, long capPerWishFen, long matchedForWishFen,
                             long budgetLeftFen, long wishRoomFen) {
        long byRatio = Math.multiplyExact(pledgeFen, (long) ratioPct) / 100;
        long m = Math.min(byRatio, capPerWishFen - matchedForWishFen);
        m = Math.min(m, budgetLeftFen);
        m = Math.min(m, wishRoomFen);
        return Math.max(0, m);
    }
}
