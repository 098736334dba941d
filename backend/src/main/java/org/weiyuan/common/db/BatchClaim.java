package org.weiyuan.common.db;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Claims a batch of due rows with {@code FOR UPDATE SKIP LOCKED} and works through them one by one in
 * the caller's transaction: several replicas can run the same job at once and no row is handled twice.
 */
public final class BatchClaim {

    private BatchClaim() { }

    /**
     * @param selectDueIds a native query selecting {@code cast(id as varchar)} of the due rows, with its
     *                     {@code order by} (the limit and the lock are added here)
     * @return how many rows were handled
     */
    public static Uni<Integer> each(String selectDueIds, Map<String, Object> params, int batch, Function<UUID, Uni<?>> work) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(selectDueIds + " limit :batch for update skip locked", String.class);
            params.forEach(query::setParameter);
            return query.setParameter("batch", batch).getResultList();
        }).chain(ids -> {
            Uni<Integer> done = Uni.createFrom().item(0);
            for (String id : ids) {
                done = done.chain(n -> work.apply(UUID.fromString(id)).replaceWith(n + 1));
            }
            return done;
        });
    }
}
