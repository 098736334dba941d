package org.weiyuan.stats;

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
 * Which unit a report is about and which children it breaks down into. Staff report on their own
 * unit or a unit in its subtree (anything else is 404, as for every scoped read); an admin on any
 * unit, by default the root of the tree.
 */
@ApplicationScoped
public class ReportScope {

    /** The reported unit and its direct children, in path order. */
    public record Subtree(UnionUnit unit, List<UnionUnit> children) { }

    private final UnionScope scope;
    private final UnionUnitRepository units;

    public ReportScope(UnionScope scope, UnionUnitRepository units) {
        this.scope = scope;
        this.units = units;
    }

    /** Call inside a session. {@code unitId} null = the caller's own unit (admin: the root). */
    public Uni<Subtree> resolve(Actor actor, UUID unitId) {
        Uni<UnionUnit> unit;
        if (actor.isAdmin()) {
            unit = unitId == null
                    // Several parentless units may exist (a union registered before it is placed in
                    // the tree); the admin's default is the highest of them, the national union.
                    ? units.list("parentId is null order by path")
                            .map(roots -> roots.stream().min(java.util.Comparator.comparing((UnionUnit r) -> r.level))
                                    .orElse(null))
                            .onItem().ifNull().failWith(() -> DomainException.notFound("unit"))
                    : units.findById(unitId).onItem().ifNull().failWith(() -> DomainException.notFound("unit"));
        } else if (actor.isStaff()) {
            unit = unitId == null ? scope.staffUnit(actor) : scope.unitInStaffScope(actor, unitId);
        } else {
            unit = Uni.createFrom().failure(DomainException.forbidden("problem.staff-only"));
        }
        return unit.chain(u -> units.list("parentId = ?1 order by path", u.id).map(children -> new Subtree(u, children)));
    }

    /** For staff-only work lists: the caller's unit or one in their subtree, never an admin's whole tree. */
    public Uni<UnionUnit> staffUnit(Actor actor, UUID unitId) {
        if (!actor.isStaff()) {
            return Uni.createFrom().failure(DomainException.forbidden("problem.staff-only"));
        }
        return unitId == null ? scope.staffUnit(actor) : scope.unitInStaffScope(actor, unitId);
    }
}
