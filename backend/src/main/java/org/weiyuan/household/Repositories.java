package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Panache repositories of the household feature. */
final class Repositories {

    private Repositories() { }

    @ApplicationScoped
    static class Households implements PanacheRepositoryBase<Household, UUID> {
        Uni<Household> byOwner(UUID subject) {
            return find("ownerSubject", subject).firstResult();
        }

        Uni<Household> byIdNumberIndex(String index) {
            return find("idNumberIndex", index).firstResult();
        }

        /** One unit of work (joins the caller's transaction when there is one). */
        <T> Uni<T> inTransaction(java.util.function.Supplier<Uni<T>> work) {
            return io.quarkus.hibernate.reactive.panache.Panache.withTransaction(work);
        }

        <T> Uni<T> inSession(java.util.function.Supplier<Uni<T>> work) {
            return io.quarkus.hibernate.reactive.panache.Panache.withSession(work);
        }
    }

    @ApplicationScoped
    static class Members implements PanacheRepositoryBase<HouseholdMember, UUID> {
        Uni<List<HouseholdMember>> of(UUID householdId) {
            return list("householdId = ?1 order by position", householdId);
        }
    }

    @ApplicationScoped
    static class Verifications implements PanacheRepositoryBase<Verification, UUID> {
        Uni<List<Verification>> of(UUID householdId) {
            return list("householdId = ?1 order by recordedAt", householdId);
        }
    }

    @ApplicationScoped
    static class Questions implements PanacheRepositoryBase<InfoQuestion, UUID> {
        Uni<List<InfoQuestion>> of(UUID householdId) {
            return list("householdId = ?1 order by askedAt", householdId);
        }
    }

    @ApplicationScoped
    static class PovertyLines implements PanacheRepositoryBase<PovertyLine, UUID> {
        /** Lines of these units that are a reference in {@code assessmentYear} or earlier. */
        Uni<List<PovertyLine>> forUnits(List<UUID> unitIds, int assessmentYear) {
            return list("unitId in ?1 and appliesFromYear <= ?2", unitIds, assessmentYear);
        }
    }
}
