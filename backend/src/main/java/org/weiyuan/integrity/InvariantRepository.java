package org.weiyuan.integrity;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.weiyuan.common.db.SessionRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The invariant checks' queries: the round's lease, the stored results, and for each check the rows
 * that break its invariant (counted, and a sample of their ids). The checks say which rows they want;
 * the SQL that finds them lives here.
 */
@ApplicationScoped
public class InvariantRepository extends SessionRepository {

    /** Pending deliveries overdue since {@code :due} or past {@code :max} attempts without being parked. */
    static final String STUCK_DELIVERIES = "from outbox_event where status = 'PENDING' and (next_attempt_at < :due or attempts >= :max)";

    /** Held pledges whose hold ran out before {@code :due}. */
    static final String OVERDUE_HOLDS = "from pledge where status = 'HELD' and hold_expires_at < :due";

    /** Wishes whose running totals disagree with their pledges and matches (see {@link WishTotalsCheck}). */
    static final String MISMATCHED_WISH_TOTALS = """
            select cast(w.id as varchar) from wish w
            left join (select wish_id,
                              sum(amount_fen) filter (where status in ('HELD', 'PAID', 'REFUNDED', 'MOVED_TO_FUND')) as pledged,
                              sum(amount_fen) filter (where status in ('PAID', 'REFUNDED', 'MOVED_TO_FUND')) as paid
                       from pledge group by wish_id) p on p.wish_id = w.id
            left join (select wish_id, sum(amount_fen) as matched from pool_match group by wish_id) m on m.wish_id = w.id
            where w.pledged_fen <> coalesce(p.pledged, 0) + coalesce(m.matched, 0)
               or w.paid_fen <> coalesce(p.paid, 0) + coalesce(m.matched, 0)
               or w.matched_fen <> coalesce(m.matched, 0)""";

    /** How many rows break an invariant, and the ids of the first few. */
    public record Breaking(long count, List<String> sampleIds) { }

    public Uni<Breaking> stuckDeliveries(Instant due, int maxAttempts, int sample) {
        Map<String, Object> params = Map.of("due", due, "max", maxAttempts);
        return breaking("select count(*) " + STUCK_DELIVERIES,
                "select cast(id as varchar) " + STUCK_DELIVERIES + " order by seq limit " + sample, params);
    }

    public Uni<Breaking> overdueHolds(Instant due, int sample) {
        return breaking("select count(*) " + OVERDUE_HOLDS,
                "select cast(id as varchar) " + OVERDUE_HOLDS + " order by hold_expires_at limit " + sample, Map.of("due", due));
    }

    public Uni<Breaking> mismatchedWishTotals(int sample) {
        return breaking("select count(*) from (" + MISMATCHED_WISH_TOTALS + ") x",
                MISMATCHED_WISH_TOTALS + " order by w.id limit " + sample, Map.of());
    }

    private static Uni<Breaking> breaking(String count, String sample, Map<String, Object> params) {
        return session(s -> bind(s.createNativeQuery(count, Long.class), params, q -> q.getSingleResult())
                .chain(n -> bind(s.createNativeQuery(sample, String.class), params, q -> q.getResultList())
                        .map(ids -> new Breaking(n, ids))));
    }

    private static <R, T> Uni<T> bind(Mutiny.SelectionQuery<R> query, Map<String, Object> params,
                                      Function<Mutiny.SelectionQuery<R>, Uni<T>> run) {
        params.forEach(query::setParameter);
        return run.apply(query);
    }

    /** Takes the round's lease for {@code replica} unless another holds it; in a transaction of its own. */
    public Uni<Boolean> takeLease(String replica, Instant now, Instant until) {
        return inTransaction(() -> session(s -> s.createNativeQuery(
                        "update invariant_lease set holder = :me, leased_until = :until where id = 1 and leased_until < :now")
                .setParameter("me", replica).setParameter("until", until).setParameter("now", now)
                .executeUpdate()))
                .map(n -> n == 1);
    }

    public Uni<List<InvariantRecord>> latest() {
        return session(s -> s.createSelectionQuery("from InvariantRecord r order by r.checkName", InvariantRecord.class).getResultList());
    }

    /**
     * The stored result of one check under its row lock (the row is created first if missing), so two
     * runs at once cannot both open the same episode and notify twice.
     */
    public Uni<InvariantRecord> lockedResult(String check, Instant now) {
        return session(s -> s.createNativeQuery("insert into invariant_result (check_name, status, violations, checked_at) "
                        + "values (:name, 'OK', 0, :now) on conflict (check_name) do nothing")
                .setParameter("name", check).setParameter("now", now).executeUpdate())
                .chain(() -> findForUpdate(InvariantRecord.class, check));
    }
}
