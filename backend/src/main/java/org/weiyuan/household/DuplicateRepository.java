package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.weiyuan.common.db.Subtree;

/** Queries of duplicate detection and its adjudication queue. */
@ApplicationScoped
public class DuplicateRepository implements PanacheRepositoryBase<DuplicateCandidate, UUID> {

    /** Never an HMAC (those are 64 hex digits): stands in for an empty key list in SQL. */
    private static final String NO_KEY = "-";

    /** Other files sharing a key with this one; at most {@code limit} per kind of key (the newest). */
    Uni<List<UUID>> filesSharingKeys(UUID self, Collection<String> idIndexes, Collection<String> nameBirthIndexes,
                                     String phoneIndex, String addressIndex, int limit) {
        String sql = "select cast(x.id as varchar) from ("
                + "(select m.household_id as id from household_member m where m.household_id <> :self "
                + "  and m.id_number_index in (:ids) group by m.household_id order by m.household_id desc limit :n) union "
                + "(select m.household_id from household_member m where m.household_id <> :self "
                + "  and m.name_birth_index in (:nb) group by m.household_id order by m.household_id desc limit :n) union "
                + "(select h.id from household h where h.id <> :self and h.phone_index = :phone order by h.created_at desc limit :n) union "
                + "(select h.id from household h where h.id <> :self and h.address_index = :address order by h.created_at desc limit :n)"
                + ") x";
        return getSession().chain(s -> s.createNativeQuery(sql, String.class)
                .setParameter("self", self)
                .setParameter("ids", idIndexes.isEmpty() ? List.of(NO_KEY) : idIndexes)
                .setParameter("nb", nameBirthIndexes.isEmpty() ? List.of(NO_KEY) : nameBirthIndexes)
                .setParameter("phone", phoneIndex == null ? NO_KEY : phoneIndex)
                .setParameter("address", addressIndex == null ? NO_KEY : addressIndex)
                .setParameter("n", limit)
                .getResultList())
                .map(rows -> rows.stream().map(UUID::fromString).toList());
    }

    /** Of these files, the ids of those in the subtree at {@code unitPath} (the queue shows more of a file only to staff it belongs to). */
    Uni<List<UUID>> inSubtreeAmong(Collection<UUID> ids, String unitPath) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : getSession().chain(s -> s.createSelectionQuery("select h.id from Household h where h.id in :ids and "
                                + org.weiyuan.common.db.Subtree.hql("h.unitId"), UUID.class)
                        .setParameter("ids", ids).setParameter(org.weiyuan.common.db.Subtree.PARAM,
                                org.weiyuan.common.db.Subtree.pattern(unitPath)).getResultList());
    }

    Uni<List<Household>> households(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : getSession().chain(s -> s.createSelectionQuery("from Household h where h.id in :ids", Household.class)
                        .setParameter("ids", ids).getResultList());
    }

    Uni<List<HouseholdMember>> members(Collection<UUID> householdIds) {
        return householdIds.isEmpty() ? Uni.createFrom().item(List.of())
                : getSession().chain(s -> s.createSelectionQuery(
                                "from HouseholdMember m where m.householdId in :ids order by m.householdId, m.position", HouseholdMember.class)
                        .setParameter("ids", householdIds).getResultList());
    }

    /** Open candidates of a file go before a rescan; decided ones stay. */
    Uni<Long> deleteOpenOf(UUID householdId) {
        return delete("(householdId = ?1 or otherHouseholdId = ?1) and status = ?2", householdId, DuplicateCandidate.Status.OPEN);
    }

    /** Inserts unless the pair already has a candidate for this reason (open or decided). */
    Uni<Integer> insertIfNew(DuplicateCandidate c) {
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(
                        "insert into duplicate_candidate (id, household_id, other_household_id, reason, detail, status, created_at) "
                                + "values (:id, :h, :o, :reason, :detail, 'OPEN', :at) on conflict do nothing")
                .setParameter("id", c.id).setParameter("h", c.householdId).setParameter("o", c.otherHouseholdId)
                .setParameter("reason", c.reason.name()).setParameter("detail", c.detail).setParameter("at", c.createdAt)
                .executeUpdate()));
    }

    Uni<Long> confirmedFor(UUID householdId) {
        return count("(householdId = ?1 or otherHouseholdId = ?1) and status = ?2", householdId, DuplicateCandidate.Status.DUPLICATE);
    }

    /** Candidates where either file lies in the subtree at {@code pathPrefix}, oldest first. */
    Uni<List<DuplicateCandidate>> inSubtree(String pathPrefix, DuplicateCandidate.Status status, UUID householdId, int limit) {
        String inTree = "(select h.id from Household h where " + Subtree.hql("h.unitId") + ")";
        StringBuilder q = new StringBuilder("from DuplicateCandidate c where (c.householdId in " + inTree
                + " or c.otherHouseholdId in " + inTree + ")");
        Map<String, Object> params = new HashMap<>();
        params.put(Subtree.PARAM, Subtree.pattern(pathPrefix));
        if (status != null) {
            q.append(" and c.status = :status");
            params.put("status", status);
        }
        if (householdId != null) {
            q.append(" and (c.householdId = :household or c.otherHouseholdId = :household)");
            params.put("household", householdId);
        }
        q.append(" order by c.createdAt, c.id");
        return find(q.toString(), params).range(0, limit - 1).list();
    }

    <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return Panache.withTransaction(work);
    }

    <T> Uni<T> inSession(Supplier<Uni<T>> work) {
        return Panache.withSession(work);
    }
}
