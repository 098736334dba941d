package org.weiyuan.org;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DomainException;
import org.weiyuan.security.Actor;

import java.util.UUID;

/**
 * Union scope: staff read and act only inside the subtree of the unit they are assigned to.
 * Something outside the caller's scope answers 404, exactly as if it did not exist, so that
 * staff of a sibling union cannot even learn which files exist there.
 */
@ApplicationScoped
public class UnionScope {

    final UnionUnitRepository units;
    final StaffMemberRepository staff;

    UnionScope(UnionUnitRepository units, StaffMemberRepository staff) {
        this.units = units;
        this.staff = staff;
    }

    /** The unit a staff member is assigned to; 403 when they have none yet. */
    public Uni<UnionUnit> staffUnit(Actor actor) {
        return staff.findById(actor.subject())
                .onItem().ifNull().failWith(() -> DomainException.forbidden("problem.staff-unassigned"))
                .chain(member -> units.findById(member.unitId));
    }

    /** The unit a subject is assigned to as staff, or null when they are not staff (or not assigned). */
    public Uni<UnionUnit> unitOf(UUID subject) {
        if (subject == null) {
            return Uni.createFrom().nullItem();
        }
        return staff.findById(subject).chain(member -> member == null ? Uni.createFrom().nullItem() : units.findById(member.unitId));
    }

    /** Loads a unit the staff caller may act in; 404 when missing or outside their subtree. */
    public Uni<UnionUnit> unitInStaffScope(Actor actor, UUID unitId) {
        return staffUnit(actor).chain(own -> units.findById(unitId).map(target -> {
            if (target == null || !own.contains(target)) {
                throw DomainException.notFound("unit");
            }
            return target;
        }));
    }

    /** Whether {@code unitId} lies in the staff caller's subtree (403 when they have no unit). */
    public Uni<Boolean> covers(Actor actor, UUID unitId) {
        return staffUnit(actor).chain(own -> units.findById(unitId).map(own::contains));
    }

    /** Throws 404 unless {@code unitId} lies in the staff caller's subtree. */
    public Uni<Void> requireInStaffScope(Actor actor, UUID unitId) {
        return unitInStaffScope(actor, unitId).replaceWithVoid();
    }
}
