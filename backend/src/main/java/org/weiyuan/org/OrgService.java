package org.weiyuan.org;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.org.OrgViews.CreateUnitRequest;
import org.weiyuan.org.OrgViews.StaffAssignmentRequest;
import org.weiyuan.security.Actor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Use cases of the union tree and staff assignments. Admin manages; staff see their subtree. */
@ApplicationScoped
public class OrgService {

    final BusinessTime time;

    final UnionUnitRepository units;
    final StaffMemberRepository staff;
    final UnionScope scope;
    final AuditLog audit;

    OrgService(BusinessTime time, UnionUnitRepository units, StaffMemberRepository staff, UnionScope scope, AuditLog audit) {
        this.time = time;
        this.units = units;
        this.staff = staff;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * Units the caller may see: admins and workers (who pick the union they belong to) see the
     * directory; staff see their own subtree.
     */
    @WithSession
    public Uni<List<UnionUnit>> visibleUnits(Actor actor) {
        if (actor.isAdmin() || actor.isWorker()) {
            return units.all();
        }
        return scope.staffUnit(actor).chain(units::subtree);
    }

    @WithSession
    public Uni<UnionUnit> visibleUnit(Actor actor, UUID id) {
        if (actor.isAdmin() || actor.isWorker()) {
            return units.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("unit"));
        }
        return scope.unitInStaffScope(actor, id);
    }

    @WithTransaction
    public Uni<UnionUnit> createUnit(Actor actor, CreateUnitRequest request) {
        return createUnit(actor, request, UUID.randomUUID());
    }

    /** With a given id: the demo seeder keeps unit ids stable so that seeds can refer to them. */
    @WithTransaction
    public Uni<UnionUnit> createUnit(Actor actor, CreateUnitRequest request, UUID id) {
        Uni<UnionUnit> parent = request.parentId() == null ? Uni.createFrom().nullItem()
                : units.findById(request.parentId()).onItem().ifNull().failWith(
                        () -> DomainException.unprocessable("parentId", "problem.unit.parent-missing"));
        return parent.chain(p -> {
            if (p != null && !request.level().canBeChildOf(p.level)) {
                throw DomainException.unprocessable("level", "problem.unit.level", request.level(), p.level);
            }
            UnionUnit unit = new UnionUnit();
            unit.id = id;
            unit.parentId = p == null ? null : p.id;
            unit.level = request.level();
            unit.name = request.name().trim();
            unit.path = UnionUnit.childPath(p, unit.id);
            unit.createdAt = time.now();
            return units.persist(unit)
                    .call(u -> audit.record(actor, "UNIT_CREATED", "union_unit", u.id, null, snapshot(u), u.name));
        });
    }

    @WithTransaction
    public Uni<UnionUnit> renameUnit(Actor actor, UUID id, String name) {
        return units.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("unit"))
                .call(u -> {
                    Object before = snapshot(u);
                    u.name = name.trim();
                    return audit.record(actor, "UNIT_RENAMED", "union_unit", u.id, before, snapshot(u), u.name);
                });
    }

    @WithSession
    public Uni<Long> unitCount() {
        return units.count();
    }

    @WithSession
    public Uni<List<StaffMember>> listStaff() {
        return staff.list("order by displayName");
    }

    @WithTransaction
    public Uni<StaffMember> assignStaff(Actor actor, UUID subject, StaffAssignmentRequest request) {
        return units.findById(request.unitId())
                .onItem().ifNull().failWith(() -> DomainException.unprocessable("unitId", "problem.unit.missing"))
                .chain(unit -> staff.findById(subject).chain(existing -> {
                    Instant now = time.now();
                    StaffMember member = existing != null ? existing : new StaffMember();
                    Object before = existing == null ? null : snapshot(existing);
                    member.subject = subject;
                    member.unitId = unit.id;
                    member.displayName = request.displayName().trim();
                    member.updatedAt = now;
                    if (existing == null) {
                        member.createdAt = now;
                    }
                    Uni<StaffMember> saved = existing == null ? staff.persist(member).replaceWith(member) : Uni.createFrom().item(member);
                    return saved.call(m -> audit.record(actor, "STAFF_ASSIGNED", "staff_member", m.subject,
                            before, snapshot(m), unit.name));
                }));
    }

    @WithTransaction
    public Uni<Void> removeStaff(Actor actor, UUID subject) {
        return staff.findById(subject).onItem().ifNull().failWith(() -> DomainException.notFound("staff"))
                .call(m -> audit.record(actor, "STAFF_REMOVED", "staff_member", m.subject, snapshot(m), null, null))
                .call(m -> staff.delete(m))
                .replaceWithVoid();
    }

    /** The unit a staff member is assigned to, or null. */
    @WithSession
    public Uni<UnionUnit> staffUnitView(UUID subject) {
        return staff.findById(subject).chain(m -> m == null ? Uni.createFrom().nullItem() : units.findById(m.unitId));
    }

    static Object snapshot(UnionUnit u) {
        return java.util.Map.of("id", u.id, "parentId", String.valueOf(u.parentId), "level", u.level, "name", u.name, "path", u.path);
    }

    static Object snapshot(StaffMember m) {
        return java.util.Map.of("subject", m.subject, "unitId", m.unitId, "displayName", m.displayName);
    }
}
