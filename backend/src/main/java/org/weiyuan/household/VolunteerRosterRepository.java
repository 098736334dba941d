package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.Subtree;

import java.util.List;
import java.util.UUID;

/** The volunteer roster (志愿者名册, V170). */
@ApplicationScoped
public class VolunteerRosterRepository implements PanacheRepositoryBase<RosterVolunteer, UUID> {

    static final int MAX = 500;

    /** The roster of the units in the subtree at {@code path}, optionally active ones only, by unit and name. */
    Uni<List<RosterVolunteer>> under(String path, Boolean active) {
        String where = Subtree.hql("unitId") + (active == null ? "" : " and active = :active");
        var params = io.quarkus.panache.common.Parameters.with(Subtree.PARAM, Subtree.pattern(path));
        if (active != null) {
            params.and("active", active);
        }
        return find(where + " order by unitId, name, id", params).range(0, MAX - 1).list();
    }

    /** The active volunteers of the unit at {@code path} and of every unit above it, by name: who may visit a file there. */
    Uni<List<RosterVolunteer>> activeAtOrAbove(String path) {
        return find("active = true and unitId in (select u.id from UnionUnit u where " + Subtree.ancestorsOf("u.path", ":path") + ")"
                + " order by name, id", io.quarkus.panache.common.Parameters.with("path", path)).range(0, MAX - 1).list();
    }
}
