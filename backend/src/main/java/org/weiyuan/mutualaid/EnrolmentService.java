package org.weiyuan.mutualaid;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Messages;
import org.weiyuan.funding.Accounts;
import org.weiyuan.funding.Ledger;
import org.weiyuan.funding.Posting;
import org.weiyuan.household.IdNumbers;
import org.weiyuan.mutualaid.MutualAidEntities.Contribution;
import org.weiyuan.mutualaid.MutualAidEntities.Member;
import org.weiyuan.mutualaid.MutualAidEntities.MemberOption;
import org.weiyuan.mutualaid.MutualAidEntities.Plan;
import org.weiyuan.mutualaid.MutualAidViews.ContributionResult;
import org.weiyuan.mutualaid.MutualAidViews.EnrolRequest;
import org.weiyuan.mutualaid.MutualAidViews.MemberView;
import org.weiyuan.mutualaid.MutualAidViews.RowError;
import org.weiyuan.security.Actor;
import org.weiyuan.security.Masking;
import org.weiyuan.security.PiiCipher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

    /**
     * One row of an import sheet, as read (1-based row number of the sheet); {@code options}: the
     * optional plans (自选计划) it names, by code or name, as written.
     */
    public record ImportRow(int row, EnrolRequest request, List<String> options, RowError unreadable) {
        public ImportRow {
            options = options == null ? List.of() : List.copyOf(options);
        }

        static ImportRow bad(int row, RowError error) {
            return new ImportRow(row, null, List.of(), error);
        }
    }

    /**
     * What one batch of an import did, by row: members added, rows of a member already there who chose a new option,
     * rows of a member already there as they were; and the rows refused.
     */
    public record BatchResult(int enrolled, int updated, int unchanged, int optionsChosen, List<RowError> errors) { }

    /** A row that reads as a member, with the options it names. */
    private record Candidate(ImportRow row, Member member, List<PlanRules.Option> chosen) { }

    /**
     * Enrols every good row of one batch of an import (the caller's transaction; the job runner commits
     * batch by batch); a bad row is reported back with its field and reason and the others still go in.
     * A person already in the plan (same account or same ID number, enrolled before or earlier in the
     * sheet) is counted, not added. The optional plans a row names are opted into (from the coverage day
     * for a new member, from today for one already enrolled) unless the member holds them already, so a
     * re-import changes nothing; their fees are one balanced entry into the plan's fund, recorded as paid
     * by the unit. A name that is no option of the plan fails its row.
     */
    public Uni<BatchResult> importBatch(Actor staff, Plan plan, List<ImportRow> rows) {
        PlanRules rules = MutualAidMapper.rules(plan.rules);
        List<RowError> errors = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> bidxs = new HashSet<>();
        Set<UUID> workers = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.unreadable() != null) {
                errors.add(row.unreadable());
                continue;
            }
            try {
                Member m = newMember(plan, staff, row.request());
                candidates.add(new Candidate(row, m, chosenOptions(rules, row.options())));
                if (m.workerSubject != null) {
                    workers.add(m.workerSubject);
                } else {
                    bidxs.add(m.idNumberBidx);
                }
            } catch (DomainException e) {
                errors.add(rowError(row.row(), e));
            }
        }
        return repo.memberIndexes(plan.id, bidxs).chain(indexes -> repo.memberWorkers(plan.id, workers).chain(known -> {
            Set<UUID> existingIds = new HashSet<>(indexes.values());
            existingIds.addAll(known.values());
            return repo.optionsAmong(existingIds).chain(held -> enrolBatch(staff, plan, candidates, errors, indexes, known, held));
        }));
    }

    private Uni<BatchResult> enrolBatch(Actor staff, Plan plan, List<Candidate> candidates, List<RowError> errors, Map<String, UUID> seenIds,
                                        Map<UUID, UUID> seenWorkers, Map<UUID, Set<String>> held) {
        LocalDate today = BusinessTime.dateOf(clock.instant());
        List<Member> fresh = new ArrayList<>();
        List<OptIn> optIns = new ArrayList<>();
        int already = 0;
        int changed = 0;
        for (Candidate c : candidates) {
            Member m = c.member();
            UUID existing = m.workerSubject != null ? seenWorkers.putIfAbsent(m.workerSubject, m.id) : seenIds.putIfAbsent(m.idNumberBidx, m.id);
            UUID memberId = existing != null ? existing : m.id;
            LocalDate from = existing != null ? (today.isAfter(m.coverageFrom) ? today : m.coverageFrom) : m.coverageFrom;
            Set<String> has = held.computeIfAbsent(memberId, k -> new java.util.TreeSet<>());
            List<PlanRules.Option> added = c.chosen().stream().filter(o -> !has.contains(o.code())).toList();
            if (!added.isEmpty() && from.getYear() != plan.planYear) {
                String year = String.valueOf(plan.planYear);
                errors.add(new RowError(c.row().row(), "options", Messages.get(Messages.CHINESE, "problem.mutual-aid.opt-in-outside-year", year)
                        + " / " + Messages.get(Locale.ENGLISH, "problem.mutual-aid.opt-in-outside-year", year)));
                if (existing == null) {
                    // the row is refused whole: the person is not enrolled by it
                    if (m.workerSubject != null) {
                        seenWorkers.remove(m.workerSubject);
                    } else {
                        seenIds.remove(m.idNumberBidx);
                    }
                }
                continue;
            }
            added.forEach(o -> {
                has.add(o.code());
                optIns.add(new OptIn(memberId, o, from));
            });
            if (existing == null) {
                fresh.add(m);
            } else if (!added.isEmpty()) {
                changed++;
            } else {
                already++;
            }
        }
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        int unchanged = already;
        int updated = changed;
        return repo.persistAll(fresh)
                .chain(() -> optInAll(staff, plan, optIns))
                .map(x -> new BatchResult(fresh.size(), updated, unchanged, optIns.size(), errors));
    }

    private static RowError rowError(int row, DomainException e) {
        var fp = e.fieldProblems().isEmpty() ? null : e.fieldProblems().get(0);
        return new RowError(row, fp == null ? null : fp.field(),
                Messages.get(Messages.CHINESE, e.messageKey(), e.args()) + " / " + Messages.get(Locale.ENGLISH, e.messageKey(), e.args()));
    }

    /** The plan's options a row names, by code or by name; a name that is none of them is a 422 on {@code options}. */
    static List<PlanRules.Option> chosenOptions(PlanRules rules, List<String> named) {
        List<PlanRules.Option> out = new ArrayList<>();
        for (String n : named) {
            PlanRules.Option o = rules.options().stream()
                    .filter(x -> x.code().equalsIgnoreCase(n) || x.name().equals(n)).findFirst()
                    .orElseThrow(() -> DomainException.unprocessable("options", "problem.mutual-aid.no-such-option", n));
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    /** An opt-in an import makes. */
    private record OptIn(UUID memberId, PlanRules.Option option, LocalDate on) { }

    /** The opt-ins of one import: their fees in one balanced entry (专户 → 互助基金), a contribution row and an opt-in row each. */
    private Uni<Void> optInAll(Actor staff, Plan plan, List<OptIn> optIns) {
        if (optIns.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        long fen = optIns.stream().mapToLong(o -> o.option().feeFen()).reduce(0, Math::addExact);
        Posting posting = Posting.transfer("MUTUAL_AID_OPTION_FEE", "mutual-aid:option-import:" + UUID.randomUUID(), null, null,
                "自选计划 " + plan.planYear + " × " + optIns.size(), Accounts.mutualAidBank(plan.id), Accounts.mutualAidFund(plan.id), fen);
        Instant now = clock.instant();
        return ledger.post(posting).chain(entry -> {
            List<Contribution> fees = new ArrayList<>();
            List<MemberOption> rows = new ArrayList<>();
            for (OptIn o : optIns) {
                Contribution c = contribution(plan.id, o.memberId(), new PlanRules.Share(PlanRules.Payer.WORKER, o.option().feeFen()),
                        entry.id, staff.subject(), now);
                c.optionCode = o.option().code();
                fees.add(c);
                MemberOption row = MemberOptionService.optedIn(o.memberId(), plan.id, o.option(), o.on(), c.id, staff.subject(), now);
                rows.add(row);
            }
            // the contributions first: the opt-in rows refer to them
            return repo.persistAll(fees).chain(() -> repo.persistAll(rows));
        });
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
        return repo.contributedFen(m.id).chain(fen -> repo.optionsOf(m.id).map(opts -> new MemberView(m.id, m.planId, m.workerSubject,
                masked ? Masking.name(name) : name, id == null ? null : Masking.idNumber(id), m.tier, m.coverageFrom, fen, m.createdAt,
                opts.keySet().stream().sorted().toList())));
    }

    /**
     * Records the listed members' contributions as paid by the unit: every payer's share of each
     * member's tier not recorded yet (a share the member paid through the gateway is left out).
     * The unit's payment is one balanced entry (专户 debit, 互助基金 credit) for the whole batch, and
     * every contribution row names it. Recording again is harmless: a member with nothing due is
     * counted and skipped. The fees of optional plans a renewal carried over are recorded with them.
     */
    @WithTransaction
    public Uni<ContributionResult> recordContributions(Actor staff, UUID planId, List<UUID> memberIds) {
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(memberIds));
        // under the plan's lock, as a gateway payment's confirmation: a share is recorded once, by one of them
        return plans.planInScope(staff, planId).chain(p -> repo.lockPlan(p.id)).chain(plan -> repo.membersOf(planId, ids).chain(found -> {
            requireAll(ids, found, "problem.not-found");
            return repo.recordedShares(ids).chain(recorded -> repo.unpaidOptions(ids).chain(unpaidOptions -> {
                PlanRules rules = MutualAidMapper.rules(plan.rules);
                Map<UUID, List<PlanRules.Share>> dueShares = new java.util.LinkedHashMap<>();
                long total = 0;
                for (Member m : found) {
                    List<PlanRules.Share> due = ContributionShares.due(rules.tier(m.tier), recorded.getOrDefault(m.id, Set.of()));
                    if (!due.isEmpty()) {
                        dueShares.put(m.id, due);
                        total = Math.addExact(total, ContributionShares.total(due));
                    }
                }
                Set<UUID> paying = new HashSet<>(dueShares.keySet());
                for (MemberOption o : unpaidOptions) {
                    total = Math.addExact(total, o.feeFen);
                    paying.add(o.memberId);
                }
                int already = found.size() - paying.size();
                if (paying.isEmpty()) {
                    return Uni.createFrom().item(new ContributionResult(0, already, 0));
                }
                long fen = total;
                Posting posting = Posting.transfer("MUTUAL_AID_CONTRIBUTION", "mutual-aid:contributions:" + UUID.randomUUID(), null, null,
                        "互助会费 " + plan.planYear + " × " + dueShares.size(), Accounts.mutualAidBank(planId), Accounts.mutualAidFund(planId), fen);
                Instant now = clock.instant();
                return ledger.post(posting).chain(entry -> {
                    List<Contribution> rows = new ArrayList<>();
                    dueShares.forEach((memberId, shares) -> shares.forEach(share ->
                            rows.add(contribution(planId, memberId, share, entry.id, staff.subject(), now))));
                    // an optional plan carried over by a renewal: its fee for the new year, now recorded
                    for (MemberOption o : unpaidOptions) {
                        Contribution c = contribution(planId, o.memberId, new PlanRules.Share(PlanRules.Payer.WORKER, o.feeFen), entry.id,
                                staff.subject(), now);
                        c.optionCode = o.optionCode;
                        rows.add(c);
                        o.contributionId = c.id;
                    }
                    return repo.persistAll(rows)
                            .call(() -> audit.record(staff, "MUTUAL_AID_CONTRIBUTIONS_RECORDED", "mutual_aid_plan", planId, null,
                                    Map.of("recorded", paying.size(), "amountFen", fen, "entryId", entry.id, "optionFees", unpaidOptions.size()), null))
                            .map(x -> new ContributionResult(paying.size(), already, fen));
                });
            }));
        }));
    }

    /** One payer's share of a member's contribution, posted in {@code entryId}. */
    static Contribution contribution(UUID planId, UUID memberId, PlanRules.Share share, UUID entryId, UUID recordedBy, Instant at) {
        Contribution c = new Contribution();
        c.id = UUID.randomUUID();
        c.planId = planId;
        c.memberId = memberId;
        c.payer = share.payer();
        c.amountFen = share.fen();
        c.entryId = entryId;
        c.recordedBy = recordedBy;
        c.recordedAt = at;
        return c;
    }

    /** Every listed id is a member found in the plan; otherwise a 422 on {@code memberIds} naming the first that is not. */
    static void requireAll(List<UUID> ids, List<Member> found, String messageKey) {
        if (found.size() != ids.size()) {
            Set<UUID> known = new HashSet<>();
            found.forEach(m -> known.add(m.id));
            UUID missing = ids.stream().filter(id -> !known.contains(id)).findFirst().orElseThrow();
            throw DomainException.unprocessable("memberIds", messageKey, missing.toString());
        }
    }
}
