package org.weiyuan.followup;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.followup.FollowupEntities.ContactEntry;
import org.weiyuan.followup.FollowupEntities.HelperAssignment;
import org.weiyuan.followup.FollowupEntities.PlanReview;
import org.weiyuan.followup.FollowupViews.ContactLog;
import org.weiyuan.followup.FollowupViews.ContactRequest;
import org.weiyuan.followup.FollowupViews.ContactView;
import org.weiyuan.followup.FollowupViews.HelperRequest;
import org.weiyuan.followup.FollowupViews.HelperView;
import org.weiyuan.followup.FollowupViews.MeasureTask;
import org.weiyuan.followup.FollowupViews.MyTasks;
import org.weiyuan.followup.FollowupViews.OverdueContact;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 帮扶责任人 and the contact log: pairing a household with a helper (结对), logging contacts, the helper's queue. */
@ApplicationScoped
public class HelperService {

    private final FollowupRepository repository;
    private final HouseholdAccess access;
    private final ContactRuleLookup rules;
    private final FollowupMapper mapper;
    private final AuditLog audit;
    private final FollowupConfig config;
    private final Clock clock;

    public HelperService(FollowupRepository repository, HouseholdAccess access, ContactRuleLookup rules, FollowupMapper mapper,
                         AuditLog audit, FollowupConfig config, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.rules = rules;
        this.mapper = mapper;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** Names (or replaces) the household's helper; the pairing date is today (China time). */
    @WithTransaction
    public Uni<HelperView> assign(Actor actor, UUID householdId, HelperRequest request) {
        return access.inStaffScope(actor, householdId).chain(h -> {
            if (h.status != HouseholdStatus.APPROVED) {
                throw DomainException.illegalTransition("ASSIGN_HELPER", h.status);
            }
            LocalDate today = FollowupClock.today(clock);
            if (request.assignedOn() != null && request.assignedOn().isAfter(today)) {
                throw DomainException.unprocessable("assignedOn", "problem.followup.assigned-in-future");
            }
            return access.staffFor(h, request.helperSubject(), "helperSubject").chain(member -> repository.assignment(h.id).chain(a -> {
                UUID before = a == null ? null : a.helperSubject;
                HelperAssignment target = a == null ? new HelperAssignment() : a;
                if (a == null || !a.helperSubject.equals(request.helperSubject())) {
                    target.householdId = h.id;
                    target.helperSubject = request.helperSubject();
                    target.assignedOn = today; // a new helper's clock starts on the pairing day
                    target.lastRemindedOn = null;
                }
                if (request.assignedOn() != null) {
                    target.assignedOn = request.assignedOn();
                }
                target.assignedBy = actor.subject();
                target.updatedAt = Instant.now(clock);
                Uni<Void> save = a == null ? repository.persist(target) : Uni.createFrom().voidItem();
                return save.chain(() -> audit.record(actor, "followup.helper.assign", "household", h.id,
                                before == null ? null : Map.of("helper", before), Map.of("helper", target.helperSubject), null))
                        .chain(() -> helperView(h, target));
            }));
        });
    }

    /** The helper and the contact log (audited: it describes a household's situation). */
    @WithTransaction
    public Uni<ContactLog> contacts(Actor actor, UUID householdId) {
        return access.inStaffScope(actor, householdId)
                .call(h -> audit.record(actor, "followup.contacts.read", "household", h.id, null, null, null))
                .chain(h -> repository.assignment(h.id)
                .chain(a -> (a == null ? Uni.createFrom().<HelperView>nullItem() : helperView(h, a))
                        .chain(helper -> repository.contactsOf(h.id)
                                .map(list -> new ContactLog(helper, list.stream().map(mapper::toView).toList())))));
    }

    /**
     * Logs a contact made by the caller. A VISIT to a household with a plan reviews the plan
     * (the review is required) and closes festival or birthday visit tasks due around that day.
     */
    @WithTransaction
    public Uni<ContactView> log(Actor actor, UUID householdId, ContactRequest request) {
        LocalDate today = FollowupClock.today(clock);
        LocalDate on = request.contactedOn() == null ? today : request.contactedOn();
        if (on.isAfter(today)) {
            throw DomainException.unprocessable("contactedOn", "problem.followup.contact-in-future");
        }
        return access.inStaffScope(actor, householdId).chain(h -> repository.planOf(h.id).chain(plan -> {
            boolean visit = request.kind() == ContactCompliance.Kind.VISIT;
            if (visit && plan != null && (request.planReview() == null || request.planReview().isBlank())) {
                throw DomainException.unprocessable("planReview", "problem.followup.plan-review-required");
            }
            ContactEntry c = new ContactEntry();
            c.id = UUID.randomUUID();
            c.householdId = h.id;
            c.staffSubject = actor.subject();
            c.kind = request.kind();
            c.contactedOn = on;
            c.summary = request.summary().strip();
            c.nextStep = request.nextStep() == null || request.nextStep().isBlank() ? null : request.nextStep().strip();
            c.recordedAt = Instant.now(clock);
            Uni<Void> chain = repository.persist(c);
            if (visit && plan != null) {
                PlanReview r = new PlanReview();
                r.id = UUID.randomUUID();
                r.planId = plan.id;
                r.contactId = c.id;
                r.reviewedOn = on;
                r.note = request.planReview().strip();
                r.reviewedBy = actor.subject();
                r.createdAt = c.recordedAt;
                if (plan.lastReviewedOn == null || on.isAfter(plan.lastReviewedOn)) {
                    plan.lastReviewedOn = on;
                }
                chain = chain.chain(() -> repository.persist(r));
            }
            if (visit) {
                chain = chain.chain(() -> repository.closeTasks(h.id, on, Math.max(config.festivalLeadDays(), config.birthdayLeadDays()))
                        .replaceWithVoid());
            }
            return chain.chain(() -> audit.record(actor, "followup.contact.log", "household", h.id, null,
                            Map.of("kind", c.kind, "contactedOn", on.toString()), null))
                    .replaceWith(() -> mapper.toView(c));
        }));
    }

    /** The caller's queue: overdue contacts with the households they help, open visit tasks, open measures they own. */
    @WithTransaction
    public Uni<MyTasks> myTasks(Actor actor) {
        LocalDate today = FollowupClock.today(clock);
        return access.ownUnit(actor).chain(unit -> rules.at(unit.id, unit.path).chain(ruleView -> {
            ContactCompliance.Rule rule = ContactRuleLookup.rule(ruleView);
            return repository.pairings(List.of(actor.subject())).chain(pairings -> {
                List<OverdueContact> overdue = new ArrayList<>();
                for (FollowupRepository.PairingRow p : pairings) {
                    LocalDate due = ContactCompliance.nextContactDue(rule, p.assignedOn(), p.lastContact());
                    if (ContactCompliance.overdue(due, today)) {
                        overdue.add(new OverdueContact(p.householdId(), p.lastContact(), due, ContactCompliance.daysOverdue(due, today)));
                    }
                }
                overdue.sort((a, b) -> a.due().compareTo(b.due()));
                return repository.openTasksOf(actor.subject()).chain(tasks -> repository.openMeasuresOwnedBy(actor.subject())
                        .map(rows -> {
                            List<MeasureTask> measures = rows.stream().map(r -> {
                                FollowupEntities.HelpMeasure m = (FollowupEntities.HelpMeasure) r[0];
                                return new MeasureTask(m.planId, (UUID) r[1], m.id, m.kind, m.dueOn, today.isAfter(m.dueOn));
                            }).toList();
                            return new MyTasks(today, overdue, tasks.stream().map(mapper::toView).toList(), measures);
                        }));
            });
        }));
    }

    Uni<HelperView> helperView(Household h, HelperAssignment a) {
        return repository.staff(a.helperSubject).chain(s -> repository.unit(s.unitId)).chain(u -> rules.at(u.id, u.path))
                .chain(ruleView -> repository.pairings(List.of(a.helperSubject)).chain(rows -> repository.staff(a.helperSubject).map(s -> {
                    LocalDate last = rows.stream().filter(r -> r.householdId().equals(h.id)).map(FollowupRepository.PairingRow::lastContact)
                            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                    LocalDate due = ContactCompliance.nextContactDue(ContactRuleLookup.rule(ruleView), a.assignedOn, last);
                    return new HelperView(h.id, a.helperSubject, s.displayName, a.assignedOn, due,
                            ContactCompliance.overdue(due, FollowupClock.today(clock)));
                })));
    }
}
