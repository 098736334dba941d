package org.weiyuan.wish;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import org.weiyuan.common.Cursor;
import org.weiyuan.common.db.Subtree;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Panache repositories of the wish feature. */
public final class WishRepositories {

    private WishRepositories() { }

    @ApplicationScoped
    public static class Wishes implements PanacheRepositoryBase<Wish, UUID> {
        Uni<Long> openCount(UUID householdId) {
            return count("householdId = ?1 and status in ?2", householdId, WishStatus.OPEN);
        }

        /** A household's wishes in these states, oldest first (冻结 when the file leaves approval). */
        /** The ids only, so that each wish is then read fresh under its row lock (not from a copy already in the session). */
        public Uni<List<UUID>> idsOfHousehold(UUID householdId, java.util.Collection<WishStatus> statuses) {
            return find("select w.id from Wish w where w.householdId = ?1 and w.status in ?2 order by w.createdAt", householdId, statuses)
                    .project(UUID.class).list();
        }

        public Uni<List<Wish>> ofHousehold(UUID householdId, java.util.Collection<WishStatus> statuses) {
            return list("householdId = ?1 and status in ?2 order by createdAt", householdId, statuses);
        }

        /** A household's wishes, newest first (the worker's own list). */
        Uni<List<Wish>> ofHouseholdNewestFirst(UUID householdId) {
            return list("householdId = ?1 order by createdAt desc", householdId);
        }

        /** A household's wishes, oldest first (家庭受助记录). */
        Uni<List<Wish>> ofHouseholdOldestFirst(UUID householdId) {
            return list("householdId = ?1 order by createdAt, id", householdId);
        }

        /** Staff vetting queue: wishes in this state in the subtree at {@code unitPath}, oldest first. */
        Uni<List<Wish>> inSubtreeWithStatus(String unitPath, WishStatus status, int limit) {
            return find("status = :status and " + Subtree.hql("unitId") + " order by createdAt, id",
                    Map.of("status", status, Subtree.PARAM, Subtree.pattern(unitPath))).range(0, limit - 1).list();
        }

        /**
         * One page of the donor feed (fundable on {@code today}), filtered and keyset-paginated after
         * {@code after} in the sort's order; one row more than {@code limit} tells that a next page exists.
         */
        Uni<List<Wish>> feedPage(FeedService.Filter filter, FeedService.Sort sort, FeedService.Position after,
                                 LocalDate today, int limit) {
            StringBuilder q = new StringBuilder("from Wish w where w.status in :fundable and w.deadline >= :today");
            Map<String, Object> p = new HashMap<>();
            p.put("fundable", WishStatus.FUNDABLE);
            p.put("today", today);
            if (filter.kind() != null) {
                q.append(" and w.kind = :kind");
                p.put("kind", filter.kind());
            }
            if (filter.district() != null && !filter.district().isBlank()) {
                q.append(" and w.district = :district");
                p.put("district", filter.district().trim());
            }
            if (filter.minFen() != null) {
                q.append(" and w.targetFen >= :minFen");
                p.put("minFen", filter.minFen());
            }
            if (filter.maxFen() != null) {
                q.append(" and w.targetFen <= :maxFen");
                p.put("maxFen", filter.maxFen());
            }
            if (filter.campaignId() != null) {
                q.append(" and w.campaignId = :campaign");
                p.put("campaign", filter.campaignId());
            }
            if (filter.nearGoal()) {
                q.append(" and (w.targetFen - w.pledgedFen) * 5 <= w.targetFen"); // 80% or more pledged
            }
            String key = switch (sort) {
                case URGENCY -> "w.deadline";
                case NEAREST_GOAL -> "(w.targetFen - w.pledgedFen)";
                case NEWEST -> "w.publishedAt";
            };
            boolean descending = sort == FeedService.Sort.NEWEST;
            if (after != null) {
                q.append(" and ").append(Cursor.keysetHql(key, "w.id", descending));
                p.put(Cursor.AT, after.keyValue(sort));
                p.put(Cursor.ID, after.id());
            }
            q.append(" order by ").append(key).append(descending ? " desc" : "").append(", w.id").append(descending ? " desc" : "");
            return find(q.toString(), p).range(0, limit).list();
        }

        /** The districts with wishes fundable on {@code today}, most wishes first. */
        Uni<List<FeedService.DistrictCount>> fundableDistricts(LocalDate today) {
            return getSession().chain(s -> s.createSelectionQuery("""
                            select w.district, count(w) from Wish w
                            where w.status in :fundable and w.deadline >= :today and w.district is not null
                            group by w.district order by count(w) desc, w.district""", Object[].class)
                    .setParameter("fundable", WishStatus.FUNDABLE).setParameter("today", today)
                    .getResultList())
                    .map(rows -> rows.stream().map(r -> new FeedService.DistrictCount((String) r[0], (Long) r[1])).toList());
        }

        /** Wishes fundable on {@code today} of these kinds and districts (an empty list: any), oldest published first. */
        Uni<List<Wish>> fundableMatching(List<WishKind> kinds, List<String> districts, LocalDate today, int limit) {
            Map<String, Object> params = new HashMap<>(Map.of("fundable", WishStatus.FUNDABLE, "today", today));
            StringBuilder q = new StringBuilder("status in :fundable and deadline >= :today");
            if (!kinds.isEmpty()) {
                q.append(" and kind in :kinds");
                params.put("kinds", kinds);
            }
            if (!districts.isEmpty()) {
                q.append(" and district in :districts");
                params.put("districts", districts);
            }
            return find(q.append(" order by publishedAt").toString(), params).range(0, limit - 1).list();
        }

        /** Wishes fundable on {@code today}, the hardest-hit households first, then the longest waiting. */
        Uni<List<Wish>> fundableHardestHitFirst(LocalDate today, int limit) {
            // severity names sort EXTREME_HARDSHIP < HARDSHIP < NONE
            return find("status in ?1 and deadline >= ?2 order by householdSeverity, publishedAt", WishStatus.FUNDABLE, today)
                    .range(0, limit - 1).list();
        }

        /** Wishes fundable on {@code today}, newest published first. */
        Uni<List<Wish>> fundableNewestFirst(LocalDate today, int limit) {
            return find("status in ?1 and deadline >= ?2 order by publishedAt desc", WishStatus.FUNDABLE, today)
                    .range(0, limit - 1).list();
        }

        /**
         * Distinct donors with a held or paid pledge, per wish (the feed card's donor count), one grouped
         * read over {@code pledge_wish}; bench/feed.sql runs it as the feed page does (BenchSqlTest).
         */
        static final String DONOR_COUNTS_SQL = "select p.wish_id, count(distinct p.donor_subject) from pledge p"
                + " where p.wish_id in (:ids) and p.status in ('HELD', 'PAID') group by p.wish_id";

        Uni<Map<UUID, Integer>> donorCounts(List<UUID> wishIds) {
            if (wishIds.isEmpty()) {
                return Uni.createFrom().item(Map.of());
            }
            return getSession().chain(s -> s.createNativeQuery(DONOR_COUNTS_SQL, Object[].class)
                            .setParameter("ids", wishIds).getResultList())
                    .map(rows -> {
                        Map<UUID, Integer> counts = new HashMap<>();
                        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
                        return counts;
                    });
        }

        /** The wishes with these ids (each once). */
        public Uni<List<Wish>> byIds(java.util.Collection<UUID> ids) {
            return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", java.util.Set.copyOf(ids));
        }
    }

    @ApplicationScoped
    public static class Items implements PanacheRepositoryBase<WishItem, UUID> {
        Uni<List<WishItem>> of(UUID wishId) {
            return list("wishId = ?1 order by position", wishId);
        }

        Uni<List<WishItem>> ofAll(List<UUID> wishIds) {
            return wishIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("wishId in ?1 order by position", wishIds);
        }
    }

    @ApplicationScoped
    public static class Questions implements PanacheRepositoryBase<WishQuestion, UUID> {
        Uni<List<WishQuestion>> of(UUID wishId) {
            return list("wishId = ?1 order by askedAt", wishId);
        }
    }

    @ApplicationScoped
    public static class Photos implements PanacheRepositoryBase<WishPhoto, UUID> {
        /** (wishId, photoId, kind, cleared) of the photos of some wishes, without their bytes. */
        Uni<List<Object[]>> infoOf(List<UUID> wishIds) {
            if (wishIds.isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            return getSession().chain(s -> s.createSelectionQuery(
                            "select p.wishId, p.id, p.kind, p.clearedBy, p.reusedPhotoId from WishPhoto p where p.wishId in :ids order by p.createdAt",
                            Object[].class)
                    .setParameter("ids", wishIds).getResultList());
        }

        /** The first disbursement proof with these bytes (any wish), or null. */
        Uni<UUID> firstProofWithHash(String sha256) {
            return getSession().chain(s -> s.createSelectionQuery("select p.id from WishPhoto p where p.kind = :kind "
                            + "and p.sha256 = :sha order by p.createdAt", UUID.class)
                    .setParameter("kind", WishPhoto.Kind.DISBURSEMENT_PROOF).setParameter("sha", sha256)
                    .setMaxResults(1).getResultList()).map(ids -> ids.isEmpty() ? null : ids.get(0));
        }
    }

    @ApplicationScoped
    public static class Campaigns implements PanacheRepositoryBase<Campaign, UUID> {
        /** Every campaign, latest start first. */
        Uni<List<Campaign>> latestFirst() {
            return list("order by startsOn desc");
        }
    }

    /** Donors' stated preferences (为你推荐), by donor subject. */
    @ApplicationScoped
    public static class Preferences implements PanacheRepositoryBase<DonorPreference, UUID> { }
}
