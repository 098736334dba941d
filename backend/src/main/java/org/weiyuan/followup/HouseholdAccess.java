package org.weiyuan.followup;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.Household;
import org.weiyuan.org.StaffMember;
import org.weiyuan.org.UnionScope;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.security.Actor;

import java.util.UUID;

/** Union scope for follow-up: a household outside the caller's subtree is 404, as everywhere. */
@ApplicationScoped
public class HouseholdAccess {

    private final UnionScope scope;
    private final FollowupRepository repository;

    public HouseholdAccess(UnionScope scope, FollowupRepository repository) {
        this.scope = scope;
        this.repository = repository;
    }

    /** The household, when the staff caller's subtree holds it (403 for staff without a unit). */
    public Uni<Household> inStaffScope(Actor actor, UUID householdId) {
        return scope.staffUnit(actor).chain(own -> repository.household(householdId).chain(h -> {
            if (h == null) {
                throw DomainException.notFound("household");
            }
            return repository.unit(h.unitId).map(u -> {
                if (!own.contains(u)) {
                    throw DomainException.notFound("household");
                }
                return h;
            });
        }));
    }

    /** The caller's own unit (403 when unassigned). */
    public Uni<UnionUnit> ownUnit(Actor actor) {
        return scope.staffUnit(actor);
    }

    /** A unit in the caller's subtree (404 otherwise). */
    public Uni<UnionUnit> unitInScope(Actor actor, UUID unitId) {
        return scope.unitInStaffScope(actor, unitId);
    }

    /**
     * A staff member who may serve the household: assigned to a unit whose subtree holds it
     * (a helper or measure owner must be able to open the file). 422 on {@code field} otherwise.
     */
    public Uni<StaffMember> staffFor(Household h, UUID subject, String field) {
        return repository.staff(subject).chain(member -> {
            if (member == null) {
                throw DomainException.unprocessable(field, "problem.followup.staff-out-of-scope");
            }
            return repository.unit(member.unitId).chain(helperUnit -> repository.unit(h.unitId).map(fileUnit -> {
                if (helperUnit == null || !helperUnit.contains(fileUnit)) {
                    throw DomainException.unprocessable(field, "problem.followup.staff-out-of-scope");
                }
                return member;
            }));
        });
    }
}
