package org.weiyuan.mutualaid;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Messages;
import org.weiyuan.funding.Accounts;
import org.weiyuan.funding.Ledger;
import org.weiyuan.funding.Posting;
import org.weiyuan.household.IdNumbers;
import org.weiyuan.mutualaid.MutualAidEntities.Contribution;
import org.weiyuan.mutualaid.MutualAidEntities.Member;
import org.weiyuan.mutualaid.MutualAidEntities.Plan;
import org.weiyuan.mutualaid.MutualAidViews.ContributionResult;
import org.weiyuan.mutualaid.MutualAidViews.EnrolRequest;
import org.weiyuan.mutualaid.MutualAidViews.ImportResult;
import org.weiyuan.mutualaid.MutualAidViews.MemberView;
import org.weiyuan.mutualaid.MutualAidViews.RowError;
import org.weiyuan.security.Actor;
import org.weiyuan.security.Masking;
import org.weiyuan.security.PiiCipher;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 入会: members enrolled one by one or by XLSX import (idempotent: a person already in the plan is
 * skipped, never duplicated), and their contributions recorded as paid by the unit, each one
 * balanced ledger entry into the plan's fund.
 */
@ApplicationScoped
public class EnrolmentService {

    private final MutualAidRepository repo;
    private final PlanService plans;
    private final PiiCipher cipher;
    private final Ledger ledger;
    private final AuditLog audit;
    private final Clock clock;

    public EnrolmentService(MutualAidRepository repo, PlanService plans, PiiCipher cipher, Ledger ledger, AuditLog audit,
                            @MutualAid Clock clock) {
        this.repo = repo;
        this.plans = plans;
        this.cipher = cipher;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Member> enrol(Actor staff, UUID planId, EnrolRequest r) {
        return plans.planInScope(staff, planId).chain(plan -> {
            Member m = newMember(plan, staff, r);
            Uni<Member> existing = m.workerSubject != null ? repo.memberByWorker(planId, m.workerSubject) : repo.memberByIdIndex(planId, m.idNumberBidx);
            return existing.chain(other -> {
                if (other != null) {
                    throw DomainException.conflict("problem.mutual-aid.already-member");
                }
                return repo.persist(m).call(() -> audit.record(staff, "MUTUAL_AID_MEMBER_ENROLLED", "mutual_aid_member", m.id, null,
                        Map.of("planId", planId, "tier", m.tier), null));
            });
        });
    }

    /** Builds a member from a request, or throws 422 naming the field. */
    private Member newMember(Plan plan, Actor staff, EnrolRequest r) {
        PlanRules rules = MutualAidMapper.rules(plan.rules);
        if (rules.tier(r.tier()) == null) {
            throw DomainException.unprocessable("tier", "problem.mutual-aid.tier-not-in-plan", r.tier());
        }
        boolean named = r.name() != null && !r.name().isBlank();
        boolean hasId = r.idNumber() != null && !r.idNumber().isBlank();
        if (r.workerSubject() == null && !(named && hasId)) {
            throw DomainException.unprocessable(named ? "idNumber" : "name", "problem.mutual-aid.member-identity");
        }
        if (hasId && !IdNumbers.isValid(r.idNumber().trim())) {
            throw DomainException.unprocessable("idNumber", "problem.mutual-aid.rule", "idNumber", "not a valid resident ID number");
        }
        if (r.coverageFrom().getYear() > plan.planYear) {
            throw DomainException.unprocessable("coverageFrom", "problem.mutual-aid.rule", "coverageFrom", "after the plan year");
        }
        Member m = new Member();
        m.id = UUID.randomUUID();
        m.planId = plan.id;
        m.workerSubject = r.workerSubject();
        m.nameEnc = cipher.encrypt(named ? r.name().trim() : "");
        if (hasId) {
            String id = IdNumbers.normalise(r.idNumber());
            m.idNumberEnc = cipher.encrypt(id);
            m.idNumberBidx = cipher.blindIndex(id);
        }
        m.tier = r.tier();
        m.coverageFrom = r.coverageFrom().getYear() < plan.planYear ? java.time.LocalDate.of(plan.planYear, 1, 1) : r.coverageFrom();
        m.enrolledBy = staff.subject();
        m.createdAt = clock.instant();
        return m;
    }

    /** One row of an import sheet, as read (1-based row number of the sheet). */
    public record ImportRow(int row, EnrolRequest request, RowError unreadable) { }

    /**
     * Enrols every good row; a bad row is reported back with its field and reason and the others
     * still go in. A person already in the plan (same account or same ID number) is counted, not added.
     */
    @WithTransaction
    public Uni<ImportResult> importRows(Actor staff, UUID planId, List<ImportRow> rows) {
        return plans.planInScope(staff, planId).chain(plan -> repo.memberIndexes(planId).chain(indexes -> repo.memberWorkers(planId).chain(workers -> {
            List<RowError> errors = new ArrayList<>();
            List<Member> fresh = new ArrayList<>();
            Set<String> seenIds = new HashSet<>(indexes);
            Set<UUID> seenWorkers = new HashSet<>(workers);
            int already = 0;
            for (ImportRow row : rows) {
                if (row.unreadable() != null) {
                    errors.add(row.unreadable());
                    continue;
                }
                Member m;
                try {
                    m = newMember(plan, staff, row.request());
                } catch (DomainException e) {
                    var fp = e.fieldProblems().isEmpty() ? null : e.fieldProblems().get(0);
                    errors.add(new RowError(row.row(), fp == null ? null : fp.field(),
                            Messages.get(Messages.CHINESE, e.messageKey(), e.args()) + " / " + Messages.get(Locale.ENGLISH, e.messageKey(), e.args())));
                    continue;
                }
                boolean dup = m.workerSubject != null ? !seenWorkers.add(m.workerSubject) : !seenIds.add(m.idNumberBidx);
                if (dup) {
                    already++;
                } else {
                    fresh.add(m);
                }
            }
            int skipped = already;
            return repo.persistAll(fresh)
                    .call(() -> audit.record(staff, "MUTUAL_AID_MEMBERS_IMPORTED", "mutual_aid_plan", planId, null,
                            Map.of("rows", rows.size(), "enrolled", fresh.size(), "errors", errors.size()), null))
                    .map(x -> new ImportResult(rows.size(), fresh.size(), skipped, errors));
        })));
    }

    /** Members of a plan, names and ID numbers masked; the read is audited (staff reads of personal data). */
    @WithTransaction
    public Uni<List<MemberView>> list(Actor staff, UUID planId, int limit) {
        return plans.planInScope(staff, planId).chain(plan -> repo.members(planId, limit))
                .call(ms -> audit.record(staff, "MUTUAL_AID_MEMBERS_READ", "mutual_aid_plan", planId, null, null, ms.size() + " members"))
                .chain(ms -> {
                    Uni<List<MemberView>> out = Uni.createFrom().item(new ArrayList<>());
                    for (Member m : ms) {
                        out = out.chain(list -> view(m, true).map(v -> {
                            list.add(v);
                            return list;
                        }));
                    }
                    return out;
                });
    }

    @WithSession
    public Uni<MemberView> viewMasked(Member m) {
        return view(m, true);
    }

    Uni<MemberView> view(Member m, boolean masked) {
        String name = cipher.decrypt(m.nameEnc);
        String id = m.idNumberEnc == null ? null : cipher.decrypt(m.idNumberEnc);
        return repo.contributedFen(m.id).map(fen -> new MemberView(m.id, m.planId, m.workerSubject,
                masked ? Masking.name(name) : name, id == null ? null : Masking.idNumber(id), m.tier, m.coverageFrom, fen, m.createdAt));
    }

    /**
     * Records the listed members' contributions as paid by the unit: every payer's share of each
     * member's tier. The unit's payment is one balanced entry (专户 debit, 互助基金 credit) for the
     * whole batch, and every contribution row names it. Recording again is harmless: a member
     * already recorded is counted and skipped.
     */
    @WithTransaction
    public Uni<ContributionResult> recordContributions(Actor staff, UUID planId, List<UUID> memberIds) {
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(memberIds));
        return plans.planInScope(staff, planId).chain(plan -> repo.membersOf(planId, ids).chain(found -> {
            if (found.size() != ids.size()) {
                Set<UUID> known = new HashSet<>();
                found.forEach(m -> known.add(m.id));
                UUID missing = ids.stream().filter(id -> !known.contains(id)).findFirst().orElseThrow();
                throw DomainException.unprocessable("memberIds", "problem.not-found", missing.toString());
            }
            return repo.contributedMembers(ids).chain(done -> {
                PlanRules rules = MutualAidMapper.rules(plan.rules);
                List<Member> due = found.stream().filter(m -> !done.contains(m.id)).toList();
                int already = found.size() - due.size();
                if (due.isEmpty()) {
                    return Uni.createFrom().item(new ContributionResult(0, already, 0));
                }
                long total = 0;
                for (Member m : due) {
                    total = Math.addExact(total, rules.tier(m.tier).totalFen());
                }
                long fen = total;
                Posting posting = Posting.transfer("MUTUAL_AID_CONTRIBUTION", "mutual-aid:contributions:" + UUID.randomUUID(), null, null,
                        "互助会费 " + plan.planYear + " × " + due.size(), Accounts.mutualAidBank(planId), Accounts.mutualAidFund(planId), fen);
                Instant now = clock.instant();
                return ledger.post(posting).chain(entry -> {
                    List<Contribution> rows = new ArrayList<>();
                    for (Member m : due) {
                        for (PlanRules.Share share : rules.tier(m.tier).shares()) {
                            Contribution c = new Contribution();
                            c.id = UUID.randomUUID();
                            c.planId = planId;
                            c.memberId = m.id;
                            c.payer = share.payer();
                            c.amountFen = share.fen();
                            c.entryId = entry.id;
                            c.recordedBy = staff.subject();
                            c.recordedAt = now;
                            rows.add(c);
                        }
                    }
                    return repo.persistAll(rows)
                            .call(() -> audit.record(staff, "MUTUAL_AID_CONTRIBUTIONS_RECORDED", "mutual_aid_plan", planId, null,
                                    Map.of("recorded", due.size(), "amountFen", fen, "entryId", entry.id), null))
                            .map(x -> new ContributionResult(due.size(), already, fen));
                });
            });
        }));
    }
}
