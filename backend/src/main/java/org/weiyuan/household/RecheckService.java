package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.RecheckViews.DueView;
import org.weiyuan.household.RecheckViews.RecheckRequest;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 复核: staff review approved files when due (yearly, or after a change of data) and record what
 * they found: confirmed, corrected (new category/severity), or ineligible, which exits the file
 * with the finding and so freezes its wishes ({@link HouseholdDepartures}).
 */
@ApplicationScoped
public class RecheckService {

    private final BusinessTime time;
    private final RecheckRepositories.Rechecks rechecks;
    private final RecheckRepositories.Schedules schedules;
    private final Repositories.Households households;
    private final ReviewScheduler scheduler;
    private final HouseholdService files;
    private final UnionScope scope;
    private final AuditLog audit;
    private final RecheckConfig config;
    private final ReverseCheckRepository reverseChecks;

    RecheckService(BusinessTime time, RecheckRepositories.Rechecks rechecks, RecheckRepositories.Schedules schedules, Repositories.Households households, ReviewScheduler scheduler, HouseholdService files,
                   UnionScope scope, AuditLog audit, RecheckConfig config, ReverseCheckRepository reverseChecks) {
        this.reverseChecks = reverseChecks;
        this.time = time;
        this.rechecks = rechecks;
        this.schedules = schedules;
        this.households = households;
        this.scheduler = scheduler;
        this.files = files;
        this.scope = scope;
        this.audit = audit;
        this.config = config;
    }

    /** Approved files in the staff member's subtree whose re-check is due or overdue, oldest due first. */
    @WithSession
    public Uni<List<DueView>> due(Actor staff) {
        return scope.staffUnit(staff).chain(unit -> schedules.dueUnder(unit.path, time.today(), config.maxQueue()))
                .map(rows -> rows.stream().map(d -> {
                    Household h = d.household();
                    ReviewSchedule r = d.schedule();
                    return new DueView(h.id, h.unitId, h.district, h.category, h.severity, r.dueOn, r.reason);
                }).toList());
    }

    @WithSession
    public Uni<List<Recheck>> of(Actor staff, UUID householdId) {
        return inScope(staff, householdId, false).chain(h -> rechecks.ofHousehold(h.id));
    }

    @WithTransaction
    public Uni<Recheck> record(Actor staff, UUID householdId, RecheckRequest r) {
        return record(staff, householdId, r, null);
    }

    /** As {@link #record(Actor, UUID, RecheckRequest)}, for a given reason (a spot check's). */
    @WithTransaction
    public Uni<Recheck> record(Actor staff, UUID householdId, RecheckRequest r, Recheck.Reason reason) {
        return inScope(staff, householdId, true).chain(h -> {
            if (h.status != HouseholdStatus.APPROVED) {
                throw DomainException.illegalTransition("RECHECK", h.status);
            }
            RecheckRules.check(r.result(), Boolean.TRUE.equals(r.commitmentSigned()), h.category, h.severity,
                    r.category(), r.severity());
            return scheduler.of(h.id).chain(schedule -> {
                Recheck c = new Recheck();
                c.id = UUID.randomUUID();
                c.householdId = h.id;
                c.reviewCycle = h.reviewCycle;
                c.reason = reason != null ? reason : schedule == null ? Recheck.Reason.ANNUAL : schedule.reason;
                c.result = r.result();
                c.visitedOn = r.visitedOn();
                c.finding = r.finding().trim();
                c.categoryBefore = h.category;
                c.severityBefore = h.severity;
                c.investigatorSubject = staff.subject();
                c.commitmentSigned = true;
                c.recordedAt = time.now();
                Map<String, Object> before = h.snapshot();
                if (r.result() == Recheck.Result.CORRECTED) {
                    h.category = r.category();
                    h.severity = r.severity();
                    h.updatedAt = c.recordedAt;
                }
                c.categoryAfter = h.category;
                c.severityAfter = h.severity;
                Uni<Void> outcome = r.result() == Recheck.Result.INELIGIBLE
                        ? files.exitIneligibleOnRecheck(staff, h.id, truncate("复核不符合条件: " + c.finding, 500)).replaceWithVoid()
                        : scheduler.reviewed(h);
                return rechecks.persist(c)
                        // 倒查: this re-check answers the payments' reverse checks waiting on the file
                        .chain(() -> rechecks.flush()).chain(() -> reverseChecks.answer(h.id, c.id))
                        .chain(() -> audit.record(staff, "HOUSEHOLD_RECHECKED", "household", h.id, before, snapshot(c), c.result.name()))
                        .chain(() -> outcome)
                        .replaceWith(c);
            });
        });
    }

    /** Demo seeds only: the file's re-check fell due on {@code dueOn} (as if approved over a year back). */
    @WithTransaction
    public Uni<Void> setDueForDemo(UUID householdId, java.time.LocalDate dueOn) {
        return scheduler.of(householdId).invoke(s -> s.dueOn = dueOn).replaceWithVoid();
    }

    private Uni<Household> inScope(Actor staff, UUID householdId, boolean lock) {
        Uni<Household> found = lock ? households.findById(householdId, LockModeType.PESSIMISTIC_WRITE) : households.findById(householdId);
        return found.onItem().ifNull().failWith(() -> DomainException.notFound("household"))
                .call(h -> scope.covers(staff, h.unitId).invoke(covered -> {
                    if (!covered) {
                        throw DomainException.notFound("household");
                    }
                }));
    }

    private static Map<String, Object> snapshot(Recheck c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("result", c.result);
        s.put("reason", c.reason);
        s.put("categoryAfter", c.categoryAfter);
        s.put("severityAfter", c.severityAfter);
        return s;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
