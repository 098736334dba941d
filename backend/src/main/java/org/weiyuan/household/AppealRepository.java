package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.weiyuan.common.db.Subtree;

/** Appeals (申诉) and the queries around them. */
@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<HouseholdAppeal, UUID> {

    Uni<List<HouseholdAppeal>> ofHousehold(UUID householdId) {
        return list("householdId = ?1 order by filedAt, id", householdId);
    }

    /** The appeal of one decision, if filed (once per decision). */
    Uni<HouseholdAppeal> forDecision(UUID householdId, Instant decidedAt) {
        return find("householdId = ?1 and decidedAt = ?2", householdId, decidedAt).firstResult();
    }

    /**
     * Pending appeals a staff member of the unit at {@code unitPath} may review: decided in a unit
     * strictly below theirs (or in their own unit when it is the top of the tree), not by them; oldest first.
     */
    Uni<List<HouseholdAppeal>> pendingFor(String unitPath, UUID reviewer, int max) {
        return getSession().chain(s -> s.createSelectionQuery("""
                        select a from HouseholdAppeal a, UnionUnit u
                        where u.id = a.decidingUnitId and a.status = :pending and %s
                          and (u.path <> :path or u.parentId is null)
                          and (a.decidedBy is null or a.decidedBy <> :reviewer) and a.filedBy <> :reviewer
                        order by a.filedAt, a.id""".formatted(Subtree.pathIn("u.path", ":prefix")), HouseholdAppeal.class)
                .setParameter("pending", AppealStatus.PENDING).setParameter("prefix", Subtree.pattern(unitPath))
                .setParameter("path", unitPath).setParameter("reviewer", reviewer)
                .setMaxResults(max).getResultList());
    }

    /** Which of {@code ids} are evidence documents of the file (证明材料 of this household). */
    Uni<List<UUID>> documentsOfFile(UUID householdId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(s -> s.createSelectionQuery(
                        "select d.id from EvidenceDocument d where d.householdId = :h and d.id in :ids", UUID.class)
                .setParameter("h", householdId).setParameter("ids", ids).getResultList());
    }
}
