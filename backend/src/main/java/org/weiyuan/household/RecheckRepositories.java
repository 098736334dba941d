package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.weiyuan.common.db.Subtree;

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
                              and %s
                            order by r.dueOn, h.id""".formatted(Subtree.hql("h.unitId")), Object[].class)
                    .setParameter("approved", HouseholdStatus.APPROVED).setParameter("today", today)
                    .setParameter(Subtree.PARAM, Subtree.pattern(unitPath)).setMaxResults(max).getResultList())
                    .map(rows -> rows.stream().map(row -> new Due((Household) row[0], (ReviewSchedule) row[1])).toList());
        }
    }

    @ApplicationScoped
    static class SpotChecks implements PanacheRepositoryBase<SpotCheck, UUID> {
        /** Approved files under a unit path: the population a spot check draws from. */
        Uni<List<UUID>> approvedUnder(String unitPath) {
            return getSession().chain(s -> s.createSelectionQuery("""
                            select h.id from Household h
                            where h.status = :approved and %s""".formatted(Subtree.hql("h.unitId")), UUID.class)
                    .setParameter("approved", HouseholdStatus.APPROVED).setParameter(Subtree.PARAM, Subtree.pattern(unitPath)).getResultList());
        }

        /** Everyone who visited each file before, in any review cycle. */
        Uni<Map<UUID, Set<UUID>>> visitors(List<UUID> files) {
            if (files.isEmpty()) {
                return Uni.createFrom().item(Map.of());
            }
            return getSession().chain(s -> s.createSelectionQuery(
                            "select v.householdId, v.investigatorSubject from Verification v where v.householdId in :ids", Object[].class)
                    .setParameter("ids", files).getResultList()).map(rows -> {
                        Map<UUID, Set<UUID>> m = new HashMap<>();
                        for (Object[] row : rows) {
                            m.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((UUID) row[1]);
                        }
                        return m;
                    });
        }

        /**
         * 抽查记录 (issue 14, money5): spot checks drawn by units of the subtree at {@code unitPath}, newest
         * first, after the keyset position {@code after} (null: the first page); one more than {@code limit}
         * tells the caller there is a next page.
         */
        Uni<List<SpotCheck>> drawnUnder(String unitPath, org.weiyuan.common.Cursor after, int limit) {
            String q = "select c from SpotCheck c where " + Subtree.hql("c.unitId")
                    + (after == null ? "" : " and (c.createdAt < :at or (c.createdAt = :at and c.id < :id))")
                    + " order by c.createdAt desc, c.id desc";
            return getSession().chain(s -> {
                var query = s.createSelectionQuery(q, SpotCheck.class).setParameter(Subtree.PARAM, Subtree.pattern(unitPath));
                if (after != null) {
                    query.setParameter("at", after.createdAt()).setParameter("id", after.id());
                }
                return query.setMaxResults(limit + 1).getResultList();
            });
        }

        /** Per spot check: how many of its files were visited (re-check recorded) and how many are outstanding. */
        Uni<Map<UUID, long[]>> progressOf(List<UUID> spotCheckIds) {
            if (spotCheckIds.isEmpty()) {
                return Uni.createFrom().item(Map.of());
            }
            return getSession().chain(s -> s.createSelectionQuery("""
                            select i.spotCheckId, count(i.recheckId), count(i.id) - count(i.recheckId) from SpotCheckItem i
                            where i.spotCheckId in :ids group by i.spotCheckId""", Object[].class)
                    .setParameter("ids", spotCheckIds).getResultList()).map(rows -> {
                        Map<UUID, long[]> m = new HashMap<>();
                        for (Object[] row : rows) {
                            m.put((UUID) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
                        }
                        return m;
                    });
        }

        /** Staff assigned to the unit or any unit below it. */
        Uni<List<UUID>> staffUnder(String unitPath) {
            return getSession().chain(s -> s.createSelectionQuery("""
                            select m.subject from StaffMember m
                            where %s""".formatted(Subtree.hql("m.unitId")), UUID.class)
                    .setParameter(Subtree.PARAM, Subtree.pattern(unitPath)).getResultList());
        }
    }

    @ApplicationScoped
    static class SpotCheckItems implements PanacheRepositoryBase<SpotCheckItem, UUID> {
        Uni<List<SpotCheckItem>> of(UUID spotCheckId) {
            return list("spotCheckId = ?1 order by id", spotCheckId);
        }

        Uni<Long> openIn(UUID spotCheckId) {
            return count("spotCheckId = ?1 and recheckId is null", spotCheckId);
        }
    }
}
