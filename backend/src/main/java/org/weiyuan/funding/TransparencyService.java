package org.weiyuan.funding;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DomainException;
import org.weiyuan.org.UnionScope;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.org.UnionUnitRepository;
import org.weiyuan.security.Actor;

import java.util.List;
import java.util.UUID;

/**
 * 公开透明: money totals of published wishes per campaign, and per union unit rolled up its
 * subtree with a line for each child unit. Counts and sums only; nothing about any household.
 */
@ApplicationScoped
public class TransparencyService {

    /** The select list of a wish set's totals over {@code wish w}, in {@link Totals#of} order (the public unit page reuses it). */
    public static final String TOTALS = "count(w.id), cast(coalesce(sum(w.target_fen), 0) as bigint), "
            + "cast(coalesce(sum(w.paid_fen - w.matched_fen), 0) as bigint), cast(coalesce(sum(w.matched_fen), 0) as bigint), "
            + "cast(coalesce(sum(w.disbursed_fen), 0) as bigint), cast(coalesce(sum(w.returned_fen), 0) as bigint), "
            + "count(w.id) filter (where w.status in ('FUNDED', 'FULFILLING', 'FULFILLED', 'CLOSED')), "
            + "(select count(distinct p.donor_subject) from pledge p where p.status = 'PAID' and p.wish_id = any(array_agg(w.id)))";

    final UnionScope scope;
    final UnionUnitRepository units;

    TransparencyService(UnionScope scope, UnionUnitRepository units) {
        this.scope = scope;
        this.units = units;
    }

    /** Totals of a set of wishes. Donated excludes matches; held = donated + matched − disbursed − returned. */
    public record Totals(long wishes, long targetFen, long donatedFen, long matchedFen, long disbursedFen,
                         long returnedFen, long heldFen, long fundedWishes, long donors) {
        public static Totals of(Object[] r, int from) {
            long donated = n(r[from + 2]);
            long matched = n(r[from + 3]);
            long disbursed = n(r[from + 4]);
            long returned = n(r[from + 5]);
            return new Totals(n(r[from]), n(r[from + 1]), donated, matched, disbursed, returned,
                    donated + matched - disbursed - returned, n(r[from + 6]), n(r[from + 7]));
        }

        private static long n(Object o) {
            return o == null ? 0 : ((Number) o).longValue();
        }
    }

    public record UnitTotals(UUID unitId, String name, Totals totals, List<ChildTotals> children) { }

    public record ChildTotals(UUID unitId, String name, Totals totals) { }

    @WithSession
    public Uni<Totals> campaign(UUID campaignId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select " + TOTALS + " from wish w where w.campaign_id = :c and w.published_at is not null", Object[].class)
                .setParameter("c", campaignId).getSingleResult()).map(r -> Totals.of(r, 0));
    }

    /** A unit's totals over its whole subtree, and each direct child's. Staff: in their scope; admin: any. */
    @WithSession
    public Uni<UnitTotals> unit(Actor actor, UUID unitId) {
        Uni<UnionUnit> unit = actor.isAdmin()
                ? units.findById(unitId).onItem().ifNull().failWith(() -> DomainException.notFound("unit"))
                : scope.unitInStaffScope(actor, unitId);
        return unit.chain(u -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "select " + TOTALS + " from wish w join union_unit u on u.id = w.unit_id "
                                        + "where u.path like :prefix and w.published_at is not null", Object[].class)
                        .setParameter("prefix", u.path + "%").getSingleResult()
                        .chain(total -> s.createNativeQuery(
                                        "select cast(c.id as varchar), c.name, " + TOTALS + " from union_unit c "
                                                + "left join union_unit u on u.path like c.path || '%' "
                                                + "left join wish w on w.unit_id = u.id and w.published_at is not null "
                                                + "where c.parent_id = :parent group by c.id, c.name, c.path order by c.path", Object[].class)
                                .setParameter("parent", u.id).getResultList()
                                .map(rows -> new UnitTotals(u.id, u.name, Totals.of(total, 0), rows.stream()
                                        .map(r -> new ChildTotals(UUID.fromString((String) r[0]), (String) r[1], Totals.of(r, 2)))
                                        .toList())))));
    }
}
