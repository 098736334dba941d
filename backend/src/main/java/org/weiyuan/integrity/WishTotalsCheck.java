package org.weiyuan.integrity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 微愿金额对账: each wish's running totals agree with its pledges and matches.
 * <ul>
 *   <li>{@code pledged_fen} = pledges held, paid, refunded or moved to the fund + matches drawn
 *       (an expired wish keeps its pledged total: what went back is in {@code returned_fen});</li>
 *   <li>{@code paid_fen} = pledges paid, refunded or moved + matches drawn;</li>
 *   <li>{@code matched_fen} = matches drawn.</li>
 * </ul>
 * Released and credited pledges count for neither.
 */
@ApplicationScoped
public class WishTotalsCheck implements InvariantCheck {

    static final String MISMATCHED = """
            select cast(w.id as varchar) from wish w
            left join (select wish_id,
                              sum(amount_fen) filter (where status in ('HELD', 'PAID', 'REFUNDED', 'MOVED_TO_FUND')) as pledged,
                              sum(amount_fen) filter (where status in ('PAID', 'REFUNDED', 'MOVED_TO_FUND')) as paid
                       from pledge group by wish_id) p on p.wish_id = w.id
            left join (select wish_id, sum(amount_fen) as matched from pool_match group by wish_id) m on m.wish_id = w.id
            where w.pledged_fen <> coalesce(p.pledged, 0) + coalesce(m.matched, 0)
               or w.paid_fen <> coalesce(p.paid, 0) + coalesce(m.matched, 0)
               or w.matched_fen <> coalesce(m.matched, 0)""";

    @Override
    public String name() {
        return "wish-totals";
    }

    @Override
    @WithSession
    public Uni<CheckResult> run() {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select count(*) from (" + MISMATCHED + ") x", Long.class).getSingleResult()
                .chain(n -> s.createNativeQuery(MISMATCHED + " order by w.id limit " + SAMPLE, String.class).getResultList()
                        .map(ids -> new CheckResult(n, ids, n + " wishes whose pledged, paid or matched total disagrees with their pledges"))));
    }
}
