package org.weiyuan.wish;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
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
        public Uni<List<Wish>> ofHousehold(UUID householdId, java.util.Collection<WishStatus> statuses) {
            return list("householdId = ?1 and status in ?2 order by createdAt", householdId, statuses);
        }

        /** The wishes with these ids (each once). */
        Uni<List<Wish>> byIds(java.util.Collection<UUID> ids) {
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
    public static class Campaigns implements PanacheRepositoryBase<Campaign, UUID> { }
}
