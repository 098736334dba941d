package org.weiyuan.household;

import io.smallrye.mutiny.Uni;
import org.weiyuan.security.Actor;

/**
 * What happens elsewhere when a file leaves the approved state (脱困退出, found ineligible): its
 * wishes are frozen and the money on them settled. Implemented by the funding feature, called in
 * the same transaction as the transition, so no pledge or payout slips in between.
 */
public interface HouseholdDepartures {

    Uni<Void> leftApproval(Actor actor, Household household);
}
