package org.weiyuan.funding;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdDepartures;
import org.weiyuan.security.Actor;
import org.weiyuan.wish.Wish;
import org.weiyuan.wish.WishAction;
import org.weiyuan.wish.WishLifecycle;
import org.weiyuan.wish.WishRepositories;
import org.weiyuan.wish.WishStatus;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 冻结: when a file leaves the approved state its open wishes leave the feed and take no more
 * money. As on expiry ({@link ExpiryService}): holds are released, each paid pledge is refunded or
 * moved to the campaign's general fund as its donor chose, and matches go back to their pools,
 * every movement a ledger entry. A wish already partly handed over (FULFILLING) keeps what is left
 * in its escrow, frozen, for staff to settle with the recovery of what was paid (追回).
 */
@ApplicationScoped
public class WishFreezer implements HouseholdDepartures {

    private final BusinessTime time;
    private final WishRepositories.Wishes wishes;
    private final FundingRepositories.Pledges pledges;
    private final FundingRepositories.Matches matches;
    private final WishSettlement settlement;
    private final AuditLog audit;

    WishFreezer(BusinessTime time, WishRepositories.Wishes wishes, FundingRepositories.Pledges pledges,
                FundingRepositories.Matches matches, WishSettlement settlement, AuditLog audit) {
        this.time = time;
        this.wishes = wishes;
        this.pledges = pledges;
        this.matches = matches;
        this.settlement = settlement;
        this.audit = audit;
    }

    @Override
    public Uni<Void> leftApproval(Actor actor, Household household) {
        return wishes.ofHousehold(household.id, WishStatus.FREEZABLE)
                .chain(open -> freezeEach(actor, open.stream().map(w -> w.id).toList(), 0, household.status.name()));
    }

    private Uni<Void> freezeEach(Actor actor, List<UUID> ids, int i, String why) {
        if (i >= ids.size()) {
            return Uni.createFrom().voidItem();
        }
        return wishes.findById(ids.get(i), LockModeType.PESSIMISTIC_WRITE).chain(w -> freeze(actor, w, why))
                .chain(() -> freezeEach(actor, ids, i + 1, why));
    }

    private Uni<Void> freeze(Actor actor, Wish wish, String why) {
        if (!WishLifecycle.allowed(wish.status, WishAction.FREEZE)) {
            return Uni.createFrom().voidItem(); // moved on since it was listed
        }
        Map<String, Object> before = wish.snapshot();
        boolean handedOver = wish.disbursedFen > 0;
        wish.advance(WishAction.FREEZE, time.now());
        List<PledgeStatus> settle = handedOver ? List.of(PledgeStatus.HELD) : List.of(PledgeStatus.HELD, PledgeStatus.PAID);
        return pledges.onWish(wish.id, settle)
                .chain(live -> settlement.settleEach(live, 0, wish, WishSettlement.FREEZE))
                .chain(() -> handedOver ? Uni.createFrom().item(List.<PoolMatch>of()) : matches.ofWish(wish.id))
                .chain(drawn -> settlement.returnMatches(drawn, 0, wish, WishSettlement.FREEZE))
                .chain(() -> audit.record(actor, "WISH_FROZEN", "wish", wish.id, before, wish.snapshot(), "household " + why));
    }
}
