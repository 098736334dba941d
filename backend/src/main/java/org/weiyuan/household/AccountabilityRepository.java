package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import org.weiyuan.common.db.Subtree;

/** Accountability findings (责任追究) and the trace of a file's handling (倒查). */
@ApplicationScoped
public class AccountabilityRepository implements PanacheRepositoryBase<AccountabilityFinding, UUID> {

    Uni<List<AccountabilityFinding>> ofHousehold(UUID householdId) {
        return list("householdId = ?1 order by recordedAt, id", householdId);
    }

    Uni<AccountabilityFinding> existing(UUID householdId, UUID staff, AccountabilityRole role) {
        return find("householdId = ?1 and staffSubject = ?2 and role = ?3", householdId, staff, role).firstResult();
    }

    /** Findings against staff of units strictly below the one at {@code unitPath}, newest first. */
    Uni<List<AccountabilityFinding>> below(String unitPath, int max) {
        return getSession().chain(s -> s.createSelectionQuery("""
                        select f from AccountabilityFinding f, UnionUnit u
                        where u.id = f.staffUnitId and %s
                        order by f.recordedAt desc, f.id""".formatted(Subtree.strictlyBelow("u.path", ":prefix", ":path")),
                        AccountabilityFinding.class)
                .setParameter("prefix", Subtree.pattern(unitPath)).setParameter("path", unitPath)
                .setMaxResults(max).getResultList());
    }

    /** The file's home visits, oldest first. */
    Uni<List<Verification>> verifications(UUID householdId) {
        return getSession().chain(s -> s.createSelectionQuery(
                        "from Verification v where v.householdId = :h order by v.recordedAt", Verification.class)
                .setParameter("h", householdId).getResultList());
    }

    /** The file's re-checks, oldest first. */
    Uni<List<Recheck>> rechecks(UUID householdId) {
        return getSession().chain(s -> s.createSelectionQuery(
                        "from Recheck r where r.householdId = :h order by r.recordedAt", Recheck.class)
                .setParameter("h", householdId).getResultList());
    }
}
