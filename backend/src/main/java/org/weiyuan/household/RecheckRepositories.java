package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Repositories of 复核 (re-checks and their schedule), apart from the file's own {@link Repositories}. */
final class RecheckRepositories {

    private RecheckRepositories() { }

    /** A due file with its schedule row. */
    record Due(Household household, ReviewSchedule schedule) { }

    @ApplicationScoped
    static class Rechecks implements PanacheRepositoryBase<Recheck, UUID> {
        Uni<List<Recheck>> ofHousehold(UUID householdId) {
            return list("householdId = ?1 order by recordedAt", householdId);
        }
    }

    @ApplicationScoped
    static class Schedules implements PanacheRepositoryBase<ReviewSchedule, UUID> {
        /** Approved files under a unit path whose review is due on or before {@code today}, oldest due first. */
        Uni<List<Due>> dueUnder(String unitPath, LocalDate today, int max) {
            return getSession().chain(s -> s.createSelectionQuery("""
                            select h, r from ReviewSchedule r, Household h
                            where r.householdId = h.id and h.status = :approved and r.dueOn <= :today
                              and h.unitId in (select u.id from UnionUnit u where u.path like :path)
                            order by r.dueOn, h.id""", Object[].class)
                    .setParameter("approved", HouseholdStatus.APPROVED).setParameter("today", today)
                    .setParameter("path", unitPath + "%").setMaxResults(max).getResultList())
                    .map(rows -> rows.stream().map(row -> new Due((Household) row[0], (ReviewSchedule) row[1])).toList());
        }
    }
}
