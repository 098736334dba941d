package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.AccountabilityViews.AccountabilityRequest;
import org.weiyuan.household.AccountabilityViews.TraceStepView;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.common.Messages;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 倒查与责任追究: from a file found ineligible back to everyone who registered, investigated,
 * approved or re-checked it (谁调查、谁登记、谁审核、谁负责), and findings against them recorded by
 * staff of a unit above theirs, listed by the units above. Traces and findings are audited.
 */
@ApplicationScoped
public class AccountabilityService {

    /** A file's handling, step by step, with the findings already recorded on it. */
    public record Trace(Household household, List<TraceStepView> steps, List<AccountabilityFinding> findings,
                        List<ReverseCheck> reverseChecks) { }

    private final BusinessTime time;
    private final AccountabilityRepository findings;
    private final HouseholdService files;
    private final UnionScope scope;
    private final AuditLog audit;
    private final AccountabilityConfig config;
    private final ReverseCheckRepository reverseChecks;
    private final Notifier notifier;

    AccountabilityService(BusinessTime time, AccountabilityRepository findings, HouseholdService files, UnionScope scope,
                          AuditLog audit, AccountabilityConfig config, ReverseCheckRepository reverseChecks, Notifier notifier) {
        this.reverseChecks = reverseChecks;
        this.notifier = notifier;
        this.time = time;
        this.findings = findings;
        this.files = files;
        this.scope = scope;
        this.audit = audit;
        this.config = config;
    }

    /** 倒查: the file's handling for staff in its scope; the read is audited. */
    @WithTransaction
    public Uni<Trace> trace(Actor staff, UUID householdId) {
        return files.inStaffScope(staff, householdId).chain(this::trace)
                .call(t -> audit.record(staff, "HOUSEHOLD_TRACED", "household", householdId, null, null, null));
    }

    /** 责任追究: a finding against a staff member the trace shows in the role, by staff of a unit above theirs. */
    @WithTransaction
    public Uni<AccountabilityFinding> record(Actor staff, UUID householdId, AccountabilityRequest r) {
        return files.inStaffScope(staff, householdId).chain(h -> {
            AccountabilityRules.requireIneligible(h.status, h.exitReason);
            return trace(h);
        }).chain(t -> {
            Set<UUID> inRole = new HashSet<>();
            t.steps().stream().filter(s -> s.role() == r.role() && s.staffSubject() != null).forEach(s -> inRole.add(s.staffSubject()));
            AccountabilityRules.requireInTrace(r.staffSubject(), r.role(), inRole);
            return scope.unitOf(r.staffSubject()).chain(theirs -> {
                if (theirs == null) {
                    throw DomainException.unprocessable("staffSubject", "problem.accountability.not-staff");
                }
                return scope.staffUnit(staff).chain(own -> {
                    AccountabilityRules.requireRecorder(staff.subject(), r.staffSubject(), own.path, theirs.path);
                    return findings.existing(householdId, r.staffSubject(), r.role());
                }).chain(existing -> {
                    if (existing != null) {
                        throw DomainException.conflict("problem.accountability.duplicate");
                    }
                    AccountabilityFinding f = new AccountabilityFinding();
                    f.id = UUID.randomUUID();
                    f.householdId = householdId;
                    f.staffSubject = r.staffSubject();
                    f.staffUnitId = theirs.id;
                    f.role = r.role();
                    f.reason = r.reason().trim();
                    f.recordedBy = staff.subject();
                    f.recordedAt = time.now();
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("findingId", f.id);
                    after.put("staffSubject", f.staffSubject);
                    after.put("role", f.role);
                    after.put("reason", f.reason);
                    return findings.persist(f).call(() -> audit.record(staff, "ACCOUNTABILITY_RECORDED", "household", householdId,
                            null, after, f.role + " " + f.staffSubject))
                            // the person held accountable hears of it, with the step and the reasons
                            .call(() -> notifier.notify(f.staffSubject, NotificationKind.STAFF_ACCOUNTABILITY_FINDING,
                                    Notifier.household(householdId), roleLabel(f.role), f.reason));
                });
            });
        });
    }

    /** Findings against staff of units below the caller's, newest first (the higher level's view). */
    @WithSession
    public Uni<List<AccountabilityFinding>> below(Actor staff) {
        return scope.staffUnit(staff).chain(unit -> findings.below(unit.path, config.maxList()));
    }

    /** The step's name in both languages (the notification is rendered in the recipient's). */
    private static String roleLabel(AccountabilityRole role) {
        return Messages.get(Messages.CHINESE, "accountability.role." + role) + " / "
                + Messages.get(java.util.Locale.ENGLISH, "accountability.role." + role);
    }

    private Uni<Trace> trace(Household h) {
        return findings.verifications(h.id).chain(visits -> findings.rechecks(h.id).chain(checks ->
                findings.ofHousehold(h.id).chain(recorded -> reverseChecks.ofHousehold(h.id).map(fromPayments -> {
                    List<TraceStepView> steps = new ArrayList<>();
                    steps.add(new TraceStepView(AccountabilityRole.REGISTERED, h.registeredBy, h.createdAt, null, null));
                    for (Verification v : visits) {
                        steps.add(new TraceStepView(AccountabilityRole.INVESTIGATED, v.investigatorSubject, v.recordedAt, v.visitedOn,
                                v.summary));
                    }
                    if (h.approvedBy != null) {
                        steps.add(new TraceStepView(AccountabilityRole.APPROVED, h.approvedBy, h.approvedAt, null, null));
                    }
                    // a re-check that let the file stand answers for it; the one that found it ineligible does not
                    for (Recheck c : checks) {
                        if (c.result != Recheck.Result.INELIGIBLE) {
                            steps.add(new TraceStepView(AccountabilityRole.RECHECKED, c.investigatorSubject, c.recordedAt, c.visitedOn,
                                    c.result.name()));
                        }
                    }
                    return new Trace(h, steps, recorded, fromPayments);
                }))));
    }
}
