package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.VolunteerViews.RosterVolunteerRequest;
import org.weiyuan.household.VolunteerViews.RosterVolunteerUpdate;
import org.weiyuan.household.VolunteerViews.RosterVolunteerView;
import org.weiyuan.org.UnionScope;
import org.weiyuan.org.UnionUnitRepository;
import org.weiyuan.security.Actor;
import org.weiyuan.security.Masking;
import org.weiyuan.security.PiiCipher;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 志愿者名册: each unit's volunteers (义工) who go on home visits — name, phone (encrypted, shown masked),
 * skills, active. Staff keep the roster of their subtree; the home-visit form of a file offers the active
 * volunteers of the file's unit and the units above it ({@link VolunteerRosterRules#mayVisit}).
 */
@ApplicationScoped
public class VolunteerRosterService {

    private final VolunteerRosterRepository roster;
    private final UnionUnitRepository units;
    private final UnionScope scope;
    private final HouseholdService files;
    private final PiiCipher cipher;
    private final AuditLog audit;
    private final BusinessTime time;

    VolunteerRosterService(VolunteerRosterRepository roster, UnionUnitRepository units, UnionScope scope, HouseholdService files,
                           PiiCipher cipher, AuditLog audit, BusinessTime time) {
        this.roster = roster;
        this.units = units;
        this.scope = scope;
        this.files = files;
        this.cipher = cipher;
        this.audit = audit;
        this.time = time;
    }

    /** The roster of a unit of the caller's subtree (404 outside it), or of the whole subtree; optionally active ones only. */
    @WithSession
    public Uni<List<RosterVolunteerView>> list(Actor actor, UUID unitId, Boolean active) {
        Uni<org.weiyuan.org.UnionUnit> unit = unitId == null ? scope.staffUnit(actor) : scope.unitInStaffScope(actor, unitId);
        return unit.chain(u -> roster.under(u.path, active)).map(all -> all.stream().map(this::view).toList());
    }

    /** Who may be named on a home visit of the file (staff in its scope, 404 otherwise): the active roster at or above its unit. */
    @WithSession
    public Uni<List<RosterVolunteerView>> forHousehold(Actor actor, UUID householdId) {
        return files.inStaffScope(actor, householdId).chain(h -> units.findById(h.unitId))
                .chain(u -> roster.activeAtOrAbove(u.path)).map(all -> all.stream().map(this::view).toList());
    }

    @WithTransaction
    public Uni<RosterVolunteerView> create(Actor actor, RosterVolunteerRequest r) {
        String[] skills = skills(r.skills());
        return scope.unitInStaffScope(actor, r.unitId()).chain(unit -> {
            RosterVolunteer v = new RosterVolunteer();
            v.id = UUID.randomUUID();
            v.unitId = unit.id;
            v.name = r.name().strip();
            v.phoneEnc = cipher.encrypt(r.phone());
            v.skills = skills;
            v.active = true;
            v.createdBy = actor.subject();
            v.createdAt = time.now();
            v.updatedAt = v.createdAt;
            return roster.persist(v).call(() -> audit.record(actor, "VOLUNTEER_ROSTER_ADDED", "volunteer", v.id, null, facts(v), null))
                    .map(this::view);
        });
    }

    @WithTransaction
    public Uni<RosterVolunteerView> update(Actor actor, UUID id, RosterVolunteerUpdate r) {
        String[] skills = skills(r.skills());
        return roster.findById(id).chain(v -> {
            if (v == null) {
                throw DomainException.notFound("volunteer");
            }
            return scope.covers(actor, v.unitId).map(covered -> {
                if (!covered) {
                    throw DomainException.notFound("volunteer");
                }
                return v;
            });
        }).chain(v -> {
            Map<String, Object> before = facts(v);
            v.name = r.name().strip();
            if (r.phone() != null) {
                v.phoneEnc = cipher.encrypt(r.phone());
            }
            v.skills = skills;
            v.active = r.active();
            v.updatedAt = time.now();
            return audit.record(actor, "VOLUNTEER_ROSTER_CHANGED", "volunteer", v.id, before, facts(v), null).replaceWith(view(v));
        });
    }

    private static String[] skills(List<String> given) {
        String[] skills = VolunteerRosterRules.skills(given);
        if (skills == null) {
            throw DomainException.unprocessable("skills", "problem.volunteer-roster.skills", VolunteerRosterRules.MAX_SKILLS,
                    VolunteerRosterRules.MAX_SKILL_LENGTH);
        }
        return skills;
    }

    /** What the audit keeps of an entry: never the phone. */
    private static Map<String, Object> facts(RosterVolunteer v) {
        return Map.of("unitId", v.unitId, "name", v.name, "skills", String.join("、", v.skills), "active", v.active);
    }

    private RosterVolunteerView view(RosterVolunteer v) {
        return new RosterVolunteerView(v.id, v.unitId, v.name, Masking.phone(cipher.decrypt(v.phoneEnc)),
                v.skills == null ? List.of() : Arrays.asList(v.skills), v.active, v.createdAt, v.updatedAt);
    }
}
