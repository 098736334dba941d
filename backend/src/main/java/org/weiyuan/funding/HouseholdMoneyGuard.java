package org.weiyuan.funding;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.wish.Wish;
import org.weiyuan.wish.WishStatus;

import java.util.UUID;

/**
 * Re-checks the household whenever money moves (认捐、付款、配捐、拨付): the union vouches only for
 * approved files, so a wish of an exited, rejected or ineligible household takes nothing. The
 * wish's own FROZEN state says the same once the freeze has run; this guard also covers the moment
 * before it and any file changed outside the usual path.
 */
@ApplicationScoped
public class HouseholdMoneyGuard {

    private final HouseholdService households;

    HouseholdMoneyGuard(HouseholdService households) {
        this.households = households;
    }

    /** Whether money may move for this wish now. */
    public Uni<Boolean> mayMove(Wish wish) {
        if (wish.status == WishStatus.FROZEN) {
            return Uni.createFrom().item(false);
        }
        return statusOf(wish.householdId).map(s -> s == HouseholdStatus.APPROVED);
    }

    /** 409 naming the household's state when it is not approved (or the wish is frozen). */
    public Uni<Void> requireApproved(Wish wish) {
        return statusOf(wish.householdId).invoke(s -> {
            if (s != HouseholdStatus.APPROVED || wish.status == WishStatus.FROZEN) {
                throw DomainException.conflict("problem.money.household-not-approved", s);
            }
        }).replaceWithVoid();
    }

    private Uni<HouseholdStatus> statusOf(UUID householdId) {
        return households.statusOf(householdId);
    }
}
