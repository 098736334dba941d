package org.weiyuan.funding;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Matching that cannot be gamed (配捐防刷). 腾讯公益 found 25,244 accounts giving more than 5 gifts a
 * minute in 2017 to draw 3.71 M yuan of matching: pledges faster than a person gives are not
 * matched, and one donor draws at most a cap of a campaign's matching. Plain rules, no framework.
 */
public final class DonorMatchingRules {

    private DonorMatchingRules() { }

    /**
     * Whether a pledge made at {@code at} is too fast: the donor's pledges made in the window that
     * ends at {@code at} (this one included, {@code at - window} excluded) number more than {@code maxPerWindow}.
     */
    public static boolean tooFast(Collection<Instant> donorPledgesAt, Instant at, int maxPerWindow, Duration window) {
        Instant from = at.minus(window);
        long inWindow = donorPledgesAt.stream().filter(t -> t.isAfter(from) && !t.isAfter(at)).count();
        return inWindow > maxPerWindow;
    }

    /** What the donor may still draw of a campaign's matching; {@code capFen} null means no cap. */
    public static long roomUnderCap(Long capFen, long matchedForDonorFen) {
        return capFen == null ? Long.MAX_VALUE : Math.max(0, capFen - matchedForDonorFen);
    }

    /**
     * Why a pledge got less matching than the pools would have given, or null when nothing held it back.
     * {@code wanted} is what the pools would match without the donor cap; {@code given} what was matched.
     */
    public static MatchRefusal afterDraw(long wanted, long given) {
        if (given < wanted) {
            return MatchRefusal.DONOR_CAP_REACHED;
        }
        return given == 0 ? MatchRefusal.NO_POOL_LEFT : null;
    }
}
