package org.weiyuan.funding;

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

    final UnionScope scope;
    final UnionUnitRepository units;
    final FundingRepositories.Transparency totals;

    TransparencyService(UnionScope scope, UnionUnitRepository units, FundingRepositories.Transparency totals) {
        this.scope = scope;
        this.units = units;
        this.totals = totals;
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
        return totals.ofCampaign(campaignId);
    }

    /** A unit's totals over its whole subtree, and each direct child's. Staff: in their scope; admin: any. */
    @WithSession
    public Uni<UnitTotals> unit(Actor actor, UUID unitId) {
        Uni<UnionUnit> unit = actor.isAdmin()
                ? units.findById(unitId).onItem().ifNull().failWith(() -> DomainException.notFound("unit"))
                : scope.unitInStaffScope(actor, unitId);
        return unit.chain(u -> totals.ofSubtree(u.path).chain(total -> totals.ofChildren(u.id)
                .map(children -> new UnitTotals(u.id, u.name, total, children))));
    }
}
