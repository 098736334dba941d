package org.weiyuan.followup;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.followup.ContactCompliance.Contact;
import org.weiyuan.followup.ContactCompliance.Pairing;
import org.weiyuan.followup.ContactCompliance.Period;
import org.weiyuan.followup.FollowupEntities.ContactEntry;
import org.weiyuan.followup.FollowupEntities.ContactRuleRow;
import org.weiyuan.followup.FollowupViews.HelperCompliance;
import org.weiyuan.followup.FollowupViews.HouseholdCompliance;
import org.weiyuan.followup.FollowupViews.RuleRequest;
import org.weiyuan.followup.FollowupViews.RuleView;
import org.weiyuan.followup.FollowupViews.UnitCompliance;
import org.weiyuan.org.StaffMember;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The contact rule per unit and compliance with it, per helper and rolled up a unit's subtree. */
@ApplicationScoped
public class ComplianceService {

    private final FollowupRepository repository;
    private final HouseholdAccess access;
    private final ContactRuleLookup rules;
    private final AuditLog audit;
    private final Clock clock;

    public ComplianceService(FollowupRepository repository, HouseholdAccess access, ContactRuleLookup rules, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The period asked for: a quarter of {@code year}, the whole year without one; default this year (China time). */
    public Period period(Integer year, Integer quarter) {
        int y = year == null ? FollowupClock.today(clock).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw DomainException.badParameter("year", "problem.followup.year");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw DomainException.badParameter("quarter", "problem.followup.quarter");
        }
        return new Period(y, quarter == null ? 0 : quarter);
    }

    @WithSession
    public Uni<RuleView> rule(Actor actor, UUID unitId) {
        return access.unitInScope(actor, unitId).chain(u -> rules.at(u.id, u.path));
    }

    @WithTransaction
    public Uni<RuleView> setRule(Actor actor, UUID unitId, RuleRequest request) {
        return access.unitInScope(actor, unitId).chain(u -> repository.ruleAt(u.id).chain(existing -> {
            ContactRuleRow r = existing == null ? new ContactRuleRow() : existing;
            Map<String, Object> before = existing == null ? null
                    : Map.of("min", existing.minHouseholds, "contacts", existing.contactsPerQuarter, "visits", existing.visitsPerYear);
            r.unitId = u.id;
            r.minHouseholds = request.minHouseholds();
            r.contactsPerQuarter = request.contactsPerQuarter();
            r.visitsPerYear = request.visitsPerYear();
            r.updatedBy = actor.subject();
            r.updatedAt = Instant.now(clock);
            return (existing == null ? repository.persist(r) : Uni.createFrom().voidItem())
                    .chain(() -> audit.record(actor, "followup.rule.set", "union_unit", u.id, before,
                            Map.of("min", r.minHouseholds, "contacts", r.contactsPerQuarter, "visits", r.visitsPerYear), null))
                    .chain(() -> rules.at(u.id, u.path));
        }));
    }

    /** One helper's compliance; the helper must be assigned inside the caller's subtree (404 otherwise). */
    @WithSession
    public Uni<HelperCompliance> helper(Actor actor, UUID subject, Period period) {
        return access.ownUnit(actor).chain(own -> repository.staff(subject).chain(member -> {
            if (member == null) {
                throw DomainException.notFound("staff");
            }
            return repository.unit(member.unitId).chain(u -> {
                if (!own.contains(u)) {
                    throw DomainException.notFound("staff");
                }
                return figures(List.of(new Staffed(member, u)), period).map(l -> l.get(0));
            });
        }));
    }

    /** A unit's compliance: every staff member assigned in its subtree, each against the rule at their own unit. */
    @WithSession
    public Uni<UnitCompliance> unit(Actor actor, UUID unitId, Period period) {
        return access.unitInScope(actor, unitId).chain(u -> repository.staffInSubtree(u.path).chain(rows -> {
            List<Staffed> staff = rows.stream().map(r -> new Staffed((StaffMember) r[0], pathOnly((String) r[1], ((StaffMember) r[0]).unitId)))
                    .toList();
            return figures(staff, period).map(helpers -> {
                int compliant = 0;
                int households = 0;
                int met = 0;
                int contacts = 0;
                int visits = 0;
                for (HelperCompliance h : helpers) {
                    compliant += h.compliant() ? 1 : 0;
                    households += h.households();
                    met += h.householdsMet();
                    contacts += h.contacts();
                    visits += h.visits();
                }
                return new UnitCompliance(u.id, period.year(), period.isYear() ? null : period.quarter(), helpers.size(), compliant,
                        households, met, contacts, visits, helpers);
            });
        }));
    }

    private static UnionUnit pathOnly(String path, UUID id) {
        UnionUnit u = new UnionUnit();
        u.id = id;
        u.path = path;
        return u;
    }

    private record Staffed(StaffMember member, UnionUnit unit) { }

    private Uni<List<HelperCompliance>> figures(List<Staffed> staff, Period period) {
        List<UUID> subjects = staff.stream().map(s -> s.member().subject).toList();
        return repository.pairings(subjects).chain(pairings -> repository.contactsBy(subjects, period.start(), period.end())
                .chain(contacts -> Multi.createFrom().iterable(staff).onItem().transformToUniAndConcatenate(s ->
                        rules.at(s.unit().id, s.unit().path).map(ruleView -> {
                            UUID subject = s.member().subject;
                            List<Pairing> mine = pairings.stream().filter(p -> p.helperSubject().equals(subject))
                                    .map(p -> new Pairing(p.householdId(), p.assignedOn())).toList();
                            List<Contact> theirs = contacts.stream().filter(c -> c.staffSubject.equals(subject))
                                    .map(ComplianceService::contact).toList();
                            ContactCompliance.HelperFigures f = ContactCompliance.helper(ContactRuleLookup.rule(ruleView), period, mine, theirs);
                            return new HelperCompliance(subject, s.member().displayName, s.member().unitId, period.year(),
                                    period.isYear() ? null : period.quarter(), ruleView, f.households(), f.contacts(), f.visits(),
                                    f.householdsMet(), f.enoughHouseholds(), f.compliant(),
                                    f.perHousehold().stream().map(x -> new HouseholdCompliance(x.householdId(), x.contacts(), x.visits(),
                                            x.contactsOwed(), x.visitsOwed(), x.met())).toList());
                        })).collect().asList()));
    }

    private static Contact contact(ContactEntry c) {
        return new Contact(c.householdId, c.kind, c.contactedOn);
    }
}
