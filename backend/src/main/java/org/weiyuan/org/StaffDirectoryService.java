package org.weiyuan.org;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.security.Actor;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 工作人员名录: the names of the colleagues whose subjects a staff member meets in the records they see
 * (who prepared a list, who decided, who visited), so the console shows a name instead of "another staff
 * member". Only staff of the caller's own unit, the units below it and the units above it (the people who
 * can have acted on what the caller sees); anyone else is simply left out, as if unknown.
 */
@ApplicationScoped
public class StaffDirectoryService {

    /** At most this many subjects in one look-up (a page of a work list). */
    public static final int MAX_SUBJECTS = 50;

    private final UnionScope scope;
    private final StaffMemberRepository staff;
    private final UnionUnitRepository units;

    StaffDirectoryService(UnionScope scope, StaffMemberRepository staff, UnionUnitRepository units) {
        this.scope = scope;
        this.staff = staff;
        this.units = units;
    }

    /** The names the caller may see, in name order; 403 for staff without a unit. */
    @WithSession
    public Uni<List<OrgViews.StaffNameView>> names(Actor actor, Set<UUID> subjects) {
        return scope.staffUnit(actor).chain(own -> subjects.isEmpty() ? Uni.createFrom().item(List.<OrgViews.StaffNameView>of())
                : staff.list("subject in ?1", subjects).chain(members -> {
                    Set<UUID> unitIds = members.stream().map(m -> m.unitId).collect(Collectors.toSet());
                    Uni<List<UnionUnit>> found = unitIds.isEmpty() ? Uni.createFrom().item(List.of()) : units.list("id in ?1", unitIds);
                    return found.map(list -> {
                        Map<UUID, UnionUnit> byId = list.stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
                        return members.stream()
                                .filter(m -> visible(own, byId.get(m.unitId)))
                                .map(m -> new OrgViews.StaffNameView(m.subject, m.displayName, m.unitId, byId.get(m.unitId).name))
                                .sorted(Comparator.comparing(OrgViews.StaffNameView::displayName))
                                .toList();
                    });
                }));
    }

    /** A colleague's unit is the caller's own, below it, or above it: never a sibling's or another city's. */
    static boolean visible(UnionUnit own, UnionUnit theirs) {
        return theirs != null && (own.contains(theirs) || theirs.contains(own));
    }
}
