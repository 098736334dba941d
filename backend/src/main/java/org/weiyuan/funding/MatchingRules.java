package org.weiyuan.funding;

/** How much a pool adds to one paid pledge. Plain arithmetic in fen, rounded down. */
public final class MatchingRules {

    private MatchingRules() { }

    /**
     * 专款专用: a campaign's pools draw for a wish only when the campaign takes its kind and the
     * wish's household sits in one of the subtrees the campaign takes.
     */
    public static boolean draws(java.util.Set<org.weiyuan.wish.WishKind> acceptedKinds,
                                java.util.Collection<String> acceptedPaths,
                                org.weiyuan.wish.WishKind kind, String unitPath) {
        return org.weiyuan.wish.CampaignRules.accepts(acceptedKinds, acceptedPaths, kind, unitPath);
    }

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
