package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Reverse checks (倒查) opened from payments. */
@ApplicationScoped
public class ReverseCheckRepository implements PanacheRepositoryBase<ReverseCheck, UUID> {

    Uni<List<ReverseCheck>> ofHousehold(UUID householdId) {
        return list("householdId = ?1 order by openedAt, id", householdId);
    }

    /** A reverse check of this payment still waiting for its re-check. */
    Uni<ReverseCheck> pendingFor(ReverseCheck.PaymentKind kind, UUID paymentId) {
        return find("paymentKind = ?1 and paymentId = ?2 and recheckId is null", kind, paymentId).firstResult();
    }

    /** The file's reverse checks still waiting, answered by this re-check. */
    Uni<Integer> answer(UUID householdId, UUID recheckId) {
        return update("recheckId = ?1 where householdId = ?2 and recheckId is null", recheckId, householdId);
    }
}
