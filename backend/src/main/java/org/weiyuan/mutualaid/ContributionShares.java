package org.weiyuan.mutualaid;

import org.weiyuan.mutualaid.PlanRules.ContributionTier;
import org.weiyuan.mutualaid.PlanRules.Payer;
import org.weiyuan.mutualaid.PlanRules.Share;

import java.util.List;
import java.util.Set;

/**
 * Which shares of a member's yearly contribution are still due (缴费), by payer: a member pays their own
 * (WORKER) share in the app; a unit pays, or records as paid, every share not recorded yet (its own and
 * the co-funders': union, government). A share is recorded once whoever pays it. Plain Java.
 */
final class ContributionShares {

    private ContributionShares() { }

    /** Every share of the tier whose payer has no contribution recorded yet. */
    static List<Share> due(ContributionTier tier, Set<Payer> recorded) {
        return tier.shares().stream().filter(s -> !recorded.contains(s.payer())).toList();
    }

    /** The member's own share when it is due; empty when it is recorded already. Throws 422 when the tier asks nothing of the member. */
    static List<Share> memberDue(ContributionTier tier, Set<Payer> recorded) {
        Share own = tier.shares().stream().filter(s -> s.payer() == Payer.WORKER).findFirst()
                .orElseThrow(() -> org.weiyuan.common.DomainException.unprocessable("planId", "problem.mutual-aid.no-member-share", tier.tier()));
        return recorded.contains(Payer.WORKER) ? List.of() : List.of(own);
    }

    static long total(List<Share> shares) {
        return shares.stream().mapToLong(Share::fen).reduce(0, Math::addExact);
    }
}
