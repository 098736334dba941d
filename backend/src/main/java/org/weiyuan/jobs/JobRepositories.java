package org.weiyuan.jobs;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.Subtree;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Panache repositories of the jobs feature, one per aggregate, with the queries each owns. */
public final class JobRepositories {

    private JobRepositories() { }

    @ApplicationScoped
    public static class Employers implements PanacheRepositoryBase<Employer, UUID> {

        /** Employers of the subtree at {@code unitPath}, by name. */
        public Uni<List<Employer>> inSubtree(String unitPath) {
            return find(Subtree.hql("unitId") + " order by name", Map.of(Subtree.PARAM, Subtree.pattern(unitPath))).list();
        }

        public Uni<Map<UUID, String>> namesOf(List<UUID> ids) {
            return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                    : list("id in ?1", ids).map(es -> es.stream().collect(Collectors.toMap(e -> e.id, e -> e.name)));
        }
    }

    @ApplicationScoped
    public static class Listings implements PanacheRepositoryBase<JobListing, UUID> {

        /** Listings open on {@code today}, newest first, optionally in one district. */
        public Uni<List<JobListing>> open(String district, LocalDate today, int limit) {
            return (district == null
                    ? find("status = ?1 and expiresOn >= ?2 order by createdAt desc", JobListing.Status.OPEN, today)
                    : find("status = ?1 and expiresOn >= ?2 and district = ?3 order by createdAt desc", JobListing.Status.OPEN, today,
                    district)).range(0, limit - 1).list();
        }

        public Uni<Map<UUID, String>> titlesOf(List<UUID> ids) {
            return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                    : list("id in ?1", ids).map(ls -> ls.stream().collect(Collectors.toMap(l -> l.id, l -> l.title)));
        }
    }

    @ApplicationScoped
    public static class Profiles implements PanacheRepositoryBase<WorkerProfile, UUID> { }

    @ApplicationScoped
    public static class Applications implements PanacheRepositoryBase<JobApplication, UUID> {

        public Uni<Boolean> exists(UUID listingId, UUID worker) {
            return count("listingId = ?1 and workerSubject = ?2", listingId, worker).map(n -> n > 0);
        }

        public Uni<List<JobApplication>> ofWorker(UUID worker) {
            return list("workerSubject = ?1 order by createdAt desc", worker);
        }

        public Uni<List<JobApplication>> forListing(UUID listingId) {
            return list("listingId = ?1 order by createdAt", listingId);
        }
    }
}
