package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import org.weiyuan.common.Cursor;
import org.weiyuan.common.db.Subtree;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

        /**
         * Staff work list: files of the subtree at {@code unitPath} matching the filter, oldest first,
         * after the keyset cursor; one row more than {@code limit} tells that a next page exists.
         */
        Uni<List<Household>> pageInSubtree(String unitPath, HouseholdService.ListFilter filter, Cursor after, int limit) {
            StringBuilder q = new StringBuilder("from Household h where " + Subtree.hql("h.unitId"));
            Map<String, Object> params = new HashMap<>();
            params.put(Subtree.PARAM, Subtree.pattern(unitPath));
            if (filter.status() != null) {
                q.append(" and h.status = :status");
                params.put("status", filter.status());
            }
            if (filter.category() != null) {
                q.append(" and h.category = :category");
                params.put("category", filter.category());
            }
            if (filter.severity() != null) {
                q.append(" and h.severity = :severity");
                params.put("severity", filter.severity());
            }
            if (after != null) {
                q.append(" and ").append(Cursor.afterHql("h"));
                params.put(Cursor.AT, after.createdAt());
                params.put(Cursor.ID, after.id());
            }
            q.append(" order by h.createdAt, h.id");
            return find(q.toString(), params).range(0, limit).list();
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
        /** A unit's line for one year, or null. */
        Uni<PovertyLine> ofUnitAndYear(UUID unitId, int year) {
            return find("unitId = ?1 and year = ?2", unitId, year).firstResult();
        }

        /** Lines of these units that are a reference in {@code assessmentYear} or earlier. */
        Uni<List<PovertyLine>> forUnits(List<UUID> unitIds, int assessmentYear) {
            return list("unitId in ?1 and appliesFromYear <= ?2", unitIds, assessmentYear);
        }
    }
}
