package org.weiyuan.followup;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.SessionRepository;
import org.hibernate.reactive.mutiny.Mutiny;
import org.weiyuan.common.db.Subtree;
import org.weiyuan.followup.FollowupEntities.ContactEntry;
import org.weiyuan.followup.FollowupEntities.ContactRuleRow;
import org.weiyuan.followup.FollowupEntities.HelpMeasure;
import org.weiyuan.followup.FollowupEntities.HelpPlan;
import org.weiyuan.followup.FollowupEntities.HelperAssignment;
import org.weiyuan.followup.FollowupEntities.PlanReview;
import org.weiyuan.followup.FollowupEntities.VisitTask;
import org.weiyuan.household.Household;
import org.weiyuan.household.Verification;
import org.weiyuan.org.StaffMember;
import org.weiyuan.org.UnionUnit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Every query of the follow-up feature (HQL and SQL live here only). */
@ApplicationScoped
public class FollowupRepository extends SessionRepository {

    /** A carrier's owner and state: the household (or worker) it belongs to and its status name. */
    public record Carrier(UUID householdId, UUID workerSubject, String status) { }

    /** A pairing with the last contact its helper made. */
    public record PairingRow(UUID householdId, UUID helperSubject, LocalDate assignedOn, LocalDate lastRemindedOn,
                             LocalDate lastContact, String unitPath) { }

    /** A festival day of the calendar. */
    public record Festival(String festival, LocalDate on, String nameZh, String nameEn) { }

    // ---- platform records the follow-up reads (looked up once, for the features that follow households up)

    private final PlatformRecordsRepository records;
    private final VisitTaskRepository tasks;

    public FollowupRepository(PlatformRecordsRepository records, VisitTaskRepository tasks) {
        this.records = records;
        this.tasks = tasks;
    }

    public Uni<Household> household(UUID id) {
        return records.household(id);
    }

    public Uni<Household> householdOfWorker(UUID subject) {
        return records.householdOfWorker(subject);
    }

    public Uni<UnionUnit> unit(UUID id) {
        return records.unit(id);
    }

    public Uni<StaffMember> staff(UUID subject) {
        return records.staff(subject);
    }

    public Uni<List<StaffMember>> staff(Collection<UUID> subjects) {
        return records.staff(subjects);
    }

    /** Staff assigned to a unit of the subtree at {@code path}, with their unit's path. */
    public Uni<List<Object[]>> staffInSubtree(String path) {
        return session(s -> s.createSelectionQuery("select m, u.path from StaffMember m, UnionUnit u where u.id = m.unitId"
                        + " and " + Subtree.pathIn("u.path", ":p") + " order by m.displayName, m.subject", Object[].class)
                .setParameter("p", Subtree.pattern(path)).getResultList());
    }

    /** The latest home visit of the household's current review cycle (its recommended help). */
    public Uni<Verification> latestVerification(UUID householdId, int cycle) {
        return session(s -> s.createSelectionQuery("from Verification where householdId = :h and reviewCycle = :c"
                        + " order by recordedAt desc", Verification.class)
                .setParameter("h", householdId).setParameter("c", cycle).setMaxResults(1).getResultList())
                .map(l -> l.isEmpty() ? null : l.get(0));
    }

    public Uni<Carrier> carrier(FollowupEntities.LinkKind kind, UUID id) {
        String hql = switch (kind) {
            case JOB_APPLICATION -> "select a.workerSubject, a.status from JobApplication a where a.id = :id";
            case SERVICE_ORDER -> "select o.householdId, o.status from ServiceOrder o where o.id = :id";
            case WISH -> "select w.householdId, w.status from Wish w where w.id = :id";
            case UNION_AID -> "select l.householdId, l.status from AidLine l where l.id = :id";
        };
        return session(s -> s.createSelectionQuery(hql, Object[].class).setParameter("id", id).getResultList())
                .map(l -> {
                    if (l.isEmpty()) {
                        return null;
                    }
                    Object[] r = l.get(0);
                    String status = r[1] instanceof Enum<?> e ? e.name() : String.valueOf(r[1]);
                    return kind == FollowupEntities.LinkKind.JOB_APPLICATION
                            ? new Carrier(null, (UUID) r[0], status) : new Carrier((UUID) r[0], null, status);
                });
    }

    // ---- plans

    /**
     * The household's current plan: its open one, else the latest closed one (a reopened household
     * keeps its earlier, closed plans; at most one is open, by the partial unique index of V147).
     */
    public Uni<HelpPlan> planOf(UUID householdId) {
        return session(s -> s.createSelectionQuery("from HelpPlan where householdId = :h"
                        + " order by case when closedOn is null then 0 else 1 end, createdAt desc, id", HelpPlan.class)
                .setParameter("h", householdId).setMaxResults(1).getResultList()).map(SessionRepository::first);
    }

    public Uni<List<HelpMeasure>> measures(UUID planId) {
        return session(s -> s.createSelectionQuery("from HelpMeasure where planId = :p order by dueOn, createdAt, id", HelpMeasure.class)
                .setParameter("p", planId).getResultList());
    }

    /** The measure by its id, when it is one of the plan's (null otherwise). */
    public Uni<HelpMeasure> measure(UUID planId, UUID measureId) {
        return find(HelpMeasure.class, measureId).map(m -> m != null && m.planId.equals(planId) ? m : null);
    }

    public Uni<List<PlanReview>> reviews(UUID planId) {
        return session(s -> s.createSelectionQuery("from PlanReview where planId = :p order by reviewedOn desc, createdAt desc", PlanReview.class)
                .setParameter("p", planId).getResultList());
    }

    /** Open measures the staff member owns, with their plan's household. */
    public Uni<List<Object[]>> openMeasuresOwnedBy(UUID subject) {
        return session(s -> s.createSelectionQuery("select m, p.householdId from HelpMeasure m, HelpPlan p where p.id = m.planId"
                        + " and m.ownerSubject = :s and m.status in :open order by m.dueOn, m.id", Object[].class)
                .setParameter("s", subject)
                .setParameter("open", List.of(MeasureLifecycle.Status.PLANNED, MeasureLifecycle.Status.IN_PROGRESS))
                .getResultList());
    }

    // ---- helpers and contacts

    public Uni<HelperAssignment> assignment(UUID householdId) {
        return find(HelperAssignment.class, householdId);
    }

    public Uni<List<ContactEntry>> contactsOf(UUID householdId) {
        return session(s -> s.createSelectionQuery("from ContactEntry where householdId = :h order by contactedOn desc, recordedAt desc",
                        ContactEntry.class).setParameter("h", householdId).getResultList());
    }

    /** The pairings of the helpers named, with the last contact each helper made with each household. */
    public Uni<List<PairingRow>> pairings(Collection<UUID> helpers) {
        if (helpers.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session(s -> s.createSelectionQuery("select a.householdId, a.helperSubject, a.assignedOn, a.lastRemindedOn,"
                        + " (select max(c.contactedOn) from ContactEntry c where c.householdId = a.householdId and c.staffSubject = a.helperSubject),"
                        + " u.path from HelperAssignment a, Household h, UnionUnit u where h.id = a.householdId and u.id = h.unitId"
                        + " and a.helperSubject in :s order by a.householdId", Object[].class)
                .setParameter("s", helpers).getResultList())
                .map(rows -> rows.stream().map(FollowupRepository::pairing).toList());
    }

    /** Every pairing (for the reminder job), with the helper's unit path for the rule lookup. */
    public Uni<List<PairingRow>> allPairings() {
        return session(s -> s.createSelectionQuery("select a.householdId, a.helperSubject, a.assignedOn, a.lastRemindedOn,"
                        + " (select max(c.contactedOn) from ContactEntry c where c.householdId = a.householdId and c.staffSubject = a.helperSubject),"
                        + " u.path from HelperAssignment a, StaffMember m, UnionUnit u where m.subject = a.helperSubject and u.id = m.unitId"
                        + " order by a.helperSubject, a.householdId", Object[].class).getResultList())
                .map(rows -> rows.stream().map(FollowupRepository::pairing).toList());
    }

    private static PairingRow pairing(Object[] r) {
        return new PairingRow((UUID) r[0], (UUID) r[1], (LocalDate) r[2], (LocalDate) r[3], (LocalDate) r[4], (String) r[5]);
    }

    /** Contacts by the helpers named between two business dates (inclusive). */
    public Uni<List<ContactEntry>> contactsBy(Collection<UUID> staff, LocalDate from, LocalDate to) {
        if (staff.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session(s -> s.createSelectionQuery("from ContactEntry where staffSubject in :s and contactedOn between :f and :t",
                        ContactEntry.class).setParameter("s", staff).setParameter("f", from).setParameter("t", to).getResultList());
    }

    /**
     * Sets the reminder date to {@code on} only if it is still {@code seen} (what the caller read):
     * true for the one job run that changed it, false for any other run that read the same row.
     */
    public Uni<Boolean> claimReminder(UUID householdId, LocalDate on, LocalDate seen) {
        return session(s -> {
            var update = s.createMutationQuery("update HelperAssignment set lastRemindedOn = :d where householdId = :h"
                    + (seen == null ? " and lastRemindedOn is null" : " and lastRemindedOn = :seen"))
                    .setParameter("d", on).setParameter("h", householdId);
            if (seen != null) {
                update.setParameter("seen", seen);
            }
            return update.executeUpdate();
        }).map(n -> n == 1);
    }

    // ---- contact rules

    /** The rule defined nearest up the tree from the unit at {@code path} (the unit's own first), or null. */
    public Uni<ContactRuleRow> ruleFor(String path) {
        return session(s -> s.createSelectionQuery("select r from ContactRuleRow r, UnionUnit u where u.id = r.unitId"
                        + " and " + Subtree.ancestorsOf("u.path", ":p") + " order by length(u.path) desc", ContactRuleRow.class)
                .setParameter("p", path).setMaxResults(1).getResultList()).map(SessionRepository::first);
    }

    public Uni<ContactRuleRow> ruleAt(UUID unitId) {
        return find(ContactRuleRow.class, unitId);
    }

    // ---- visit tasks

    public Uni<List<Festival>> festivalsBetween(LocalDate from, LocalDate to) {
        return session(s -> s.createNativeQuery("select festival, on_date, name_zh, name_en from festival_date"
                        + " where on_date between :f and :t order by on_date", Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultList())
                .map(rows -> rows.stream().map(r -> new Festival((String) r[0], toDate(r[1]), (String) r[2], (String) r[3])).toList());
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    /** Assigned households with the head's encrypted ID number (the birthday is in it). */
    public Uni<List<Object[]>> pairedHouseholdsWithIdNumber() {
        return session(s -> s.createSelectionQuery("select a.householdId, a.helperSubject, h.idNumberEnc from HelperAssignment a, Household h"
                + " where h.id = a.householdId and h.status = org.weiyuan.household.HouseholdStatus.APPROVED", Object[].class).getResultList());
    }

    public Uni<List<VisitTask>> openTasksOf(UUID helper) {
        return session(s -> s.createSelectionQuery("from VisitTask where helperSubject = :s and doneOn is null order by dueOn, id", VisitTask.class)
                .setParameter("s", helper).getResultList());
    }

    /** A visit closes the household's open visit tasks due within the lead window. */
    public Uni<Integer> closeTasks(UUID householdId, LocalDate visitedOn, int leadDays) {
        return tasks.closeNear(VisitTaskRound.Store.HOUSEHOLD, householdId, visitedOn, leadDays);
    }
}
