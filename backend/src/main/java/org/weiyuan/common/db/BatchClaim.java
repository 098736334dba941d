package org.weiyuan.common.db;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Claims a batch of due rows with {@code FOR UPDATE SKIP LOCKED} in the caller's transaction: several
 * replicas can run the same job at once and no row is handled twice. {@link #each} works through the
 * claimed rows one by one; {@link #keys} hands them back for a caller that leases them and commits.
 */
public final class BatchClaim {

    private BatchClaim() { }

    /**
     * The keys of up to {@code batch} due rows, locked until the caller's transaction ends; rows another
     * transaction holds are skipped, not waited for.
     *
     * @param selectDueKeys a native query selecting the key of the due rows, with its {@code order by}
     *                      (the limit and the lock are added here)
     */
    public static <K> Uni<List<K>> keys(String selectDueKeys, Map<String, Object> params, int batch, Class<K> keyType) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(selectDueKeys + " limit :batch for update skip locked", keyType);
            params.forEach(query::setParameter);
            return query.setParameter("batch", batch).getResultList();
        });
    }

    /**
     * @param selectDueIds a native query selecting {@code cast(id as varchar)} of the due rows, with its
     *                     {@code order by} (the limit and the lock are added here)
     * @return how many rows were handled
     */
    public static Uni<Integer> each(String selectDueIds, Map<String, Object> params, int batch, Function<UUID, Uni<?>> work) {
        return keys(selectDueIds, params, batch, String.class).chain(ids -> {
            Uni<Integer> done = Uni.createFrom().item(0);
            for (String id : ids) {
                done = done.chain(n -> work.apply(UUID.fromString(id)).replaceWith(n + 1));
            }
            return done;
        });
    }
}
