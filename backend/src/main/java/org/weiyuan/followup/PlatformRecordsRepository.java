package org.weiyuan.followup;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.SessionRepository;
import org.weiyuan.household.Household;
import org.weiyuan.org.StaffMember;
import org.weiyuan.org.UnionUnit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The platform records (units, staff, households) that the features following households up read —
 * follow-up, union aid, model workers, training — looked up in one place, in the caller's session.
 * Read-only: those records are written by their own features.
 */
@ApplicationScoped
public class PlatformRecordsRepository extends SessionRepository {

    public Uni<UnionUnit> unit(UUID id) {
        return find(UnionUnit.class, id);
    }

    public Uni<StaffMember> staff(UUID subject) {
        return find(StaffMember.class, subject);
    }

    /** The staff members among {@code subjects} (those not staff are left out). */
    public Uni<List<StaffMember>> staff(Collection<UUID> subjects) {
        return byIds("from StaffMember where subject in :ids", StaffMember.class, subjects);
    }

    public Uni<Household> household(UUID id) {
        return find(Household.class, id);
    }

    public Uni<List<Household>> households(Collection<UUID> ids) {
        return byIds("from Household where id in :ids", Household.class, ids);
    }

    /** The worker's latest file (a reopened worker has one; a new file replaces nothing). */
    public Uni<Household> householdOfWorker(UUID subject) {
        return session(s -> s.createSelectionQuery("from Household where ownerSubject = :s order by createdAt desc", Household.class)
                .setParameter("s", subject).setMaxResults(1).getResultList()).map(SessionRepository::first);
    }

    private static <T> Uni<List<T>> byIds(String hql, Class<T> type, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session(s -> s.createSelectionQuery(hql, type).setParameter("ids", ids).getResultList());
    }
}
