package org.weiyuan.mutualaid;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Money;
import org.weiyuan.funding.Accounts;
import org.weiyuan.funding.Ledger;
import org.weiyuan.funding.Posting;
import org.weiyuan.mutualaid.BenefitCalculator.Assessment;
import org.weiyuan.mutualaid.MutualAidEntities.Claim;
import org.weiyuan.mutualaid.MutualAidEntities.ClaimStatus;
import org.weiyuan.mutualaid.MutualAidEntities.Flag;
import org.weiyuan.mutualaid.MutualAidEntities.FlagKind;
import org.weiyuan.mutualaid.MutualAidEntities.Member;
import org.weiyuan.mutualaid.MutualAidEntities.Plan;
import org.weiyuan.mutualaid.MutualAidViews.ClaimView;
import org.weiyuan.mutualaid.MutualAidViews.MembershipView;
import org.weiyuan.mutualaid.MutualAidViews.ReviewRequest;
import org.weiyuan.mutualaid.MutualAidViews.SubmitClaimRequest;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.security.Actor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 申领: a member (or staff for them) claims; the amount is computed by the plan's rules and explained
 * line by line. Staff review it; someone else approves (谁审核、谁不审批); above the configured
 * amount a third person approves too. The payout is one ledger entry out of the plan's fund,
 * recomputed under the plan's lock so the yearly caps and the fund hold whatever runs at once.
 */
@ApplicationScoped
public class ClaimService {

    private final MutualAidRepository repo;
    private final PlanService plans;
    private final EnrolmentService enrolment;
    private final Ledger ledger;
    private final Notifier notifier;
    private final AuditLog audit;
    private final MutualAidConfig config;
    private final MutualAidMapper mapper;
    private final Clock clock;

    public ClaimService(MutualAidRepository repo, PlanService plans, EnrolmentService enrolment, Ledger ledger, Notifier notifier,
                        AuditLog audit, MutualAidConfig config, MutualAidMapper mapper, @MutualAid Clock clock) {
        this.repo = repo;
        this.plans = plans;
        this.enrolment = enrolment;
        this.ledger = ledger;
        this.notifier = notifier;
        this.audit = audit;
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
    }

    private static String link(UUID claimId) {
        return "weiyuan://mutual-aid/claims/" + claimId;
    }

    @WithTransaction
    public Uni<ClaimView> submit(Actor actor, SubmitClaimRequest r) {
        BenefitCalculator.Claim input = new BenefitCalculator.Claim(r.kind(), r.eventDate(),
                r.illness() == null ? null : r.illness().trim(), r.totalFen(), r.insurancePaidFen(), r.selfPaidFen(),
                r.kind() == BenefitCalculator.Kind.OPTIONAL && r.option() != null ? r.option().trim() : null);
        String invoice = r.invoiceNo().trim();
        return memberFor(actor, r).chain(pm -> repo.optionsOf(pm.member.id).chain(options -> {
            return repo.history(pm.member.id, pm.plan.id).chain(history -> {
                // the fund is checked at payout; the preview shows what the rules give
                BenefitCalculator.History h = new BenefitCalculator.History(history.inpatientPaidThisYearFen(),
                        history.pharmacyPaidThisYearFen(), history.illnessesPaid(), Long.MAX_VALUE, history.optionsPaid());
                Assessment a = assess(pm.plan, pm.member, options, input, h);
                if (!a.eligible() || a.payableFen() == 0) {
                    String why = a.lines().get(a.lines().size() - 1).code();
                    throw DomainException.unprocessable("kind", "problem.mutual-aid.not-eligible", why);
                }
                Claim c = new Claim();
                c.id = UUID.randomUUID();
                c.planId = pm.plan.id;
                c.memberId = pm.member.id;
                c.kind = r.kind();
                c.illness = input.illness();
                c.optionCode = input.option();
                c.invoiceNo = invoice;
                c.eventDate = r.eventDate();
                c.totalFen = r.totalFen();
                c.insurancePaidFen = r.insurancePaidFen();
                c.selfPaidFen = r.selfPaidFen();
                c.computedFen = a.payableFen();
                c.explanation = MutualAidMapper.json(a.lines());
                c.status = ClaimStatus.SUBMITTED;
                c.submittedBy = actor.subject();
                c.createdAt = clock.instant();
                c.updatedAt = c.createdAt;
                return repo.persist(c)
                        .call(() -> flagSameInvoice(c))
                        .call(() -> audit.record(actor, "MUTUAL_AID_CLAIM_SUBMITTED", "mutual_aid_claim", c.id, null,
                                Map.of("planId", c.planId, "kind", c.kind, "computedFen", c.computedFen), c.invoiceNo))
                        .call(() -> notifyMember(pm.member, c, "已受理 submitted"))
                        .call(() -> notifier.notifyStaff(pm.plan.unitId, actor.subject(), NotificationKind.MUTUAL_AID_CLAIM_QUEUED,
                                link(c.id), c.invoiceNo, Money.yuan(c.computedFen), "审核 review"))
                        .chain(() -> view(actor, c));
            });
        }));
    }

    /**
     * 重复发票: an invoice number already on another claim (in any plan: the same invoice sent to two
     * units' plans is the case that matters) flags both claims for their reviewers. It is not refused:
     * a rejected claim may come back corrected; paying the same invoice twice is refused at payout.
     */
    private Uni<Void> flagSameInvoice(Claim c) {
        return repo.claimsWithInvoice(c.invoiceNo, c.id).chain(others -> {
            Uni<Void> out = Uni.createFrom().voidItem();
            for (UUID other : others) {
                out = out.chain(() -> repo.flag(c.id, FlagKind.SAME_INVOICE_NO, other, null, c.createdAt))
                        .chain(() -> repo.flag(other, FlagKind.SAME_INVOICE_NO, c.id, null, c.createdAt));
            }
            return out;
        });
    }

    /** The claim with its documents; staff also see its flags (a worker's view leaves them out: they are for review). */
    Uni<ClaimView> view(Actor actor, Claim c) {
        ClaimView base = mapper.toView(c);
        return repo.documentsOf(c.id).chain(docs -> (actor.isStaff() ? repo.flagsOf(c.id) : Uni.createFrom().item(List.<Flag>of()))
                .map(flags -> base.with(docs, flags.stream().map(mapper::toView).toList())));
    }

    private record PlanMember(Plan plan, Member member) { }

    /** Workers claim on their own membership; staff name the member, in a plan of their subtree. */
    private Uni<PlanMember> memberFor(Actor actor, SubmitClaimRequest r) {
        if (actor.isStaff()) {
            if (r.memberId() == null) {
                throw DomainException.unprocessable("memberId", "problem.mutual-aid.member-identity");
            }
            return plans.planInScope(actor, r.planId()).chain(plan -> repo.member(r.memberId()).map(m -> {
                if (m == null || !m.planId.equals(plan.id)) {
                    throw DomainException.notFound("member");
                }
                return new PlanMember(plan, m);
            }));
        }
        return repo.plan(r.planId()).chain(plan -> {
            if (plan == null) {
                throw DomainException.notFound("plan");
            }
            return repo.memberByWorker(plan.id, actor.subject()).map(m -> {
                if (m == null || (r.memberId() != null && !r.memberId().equals(m.id))) {
                    throw DomainException.forbidden("problem.mutual-aid.not-member");
                }
                return new PlanMember(plan, m);
            });
        });
    }

    private static Assessment assess(Plan plan, Member m, Map<String, java.time.LocalDate> options, BenefitCalculator.Claim input,
                                     BenefitCalculator.History h) {
        return BenefitCalculator.assess(MutualAidMapper.rules(plan.rules),
                new BenefitCalculator.Member(m.tier, m.coverageFrom, plan.planYear, options), input, h);
    }

    private Uni<Void> notifyMember(Member m, Claim c, String status) {
        return notifier.notify(m.workerSubject, NotificationKind.MUTUAL_AID_CLAIM_STATUS, link(c.id), status, c.invoiceNo,
                Money.yuan(c.status == ClaimStatus.PAID ? c.paidFen : c.computedFen));
    }

    /** A claim staff may act on (its plan in their subtree), locked; 404 otherwise. */
    private Uni<PlanMember> lockedInScope(Actor staff, UUID claimId, Claim[] out) {
        return repo.claim(claimId).chain(c -> {
            if (c == null) {
                throw DomainException.notFound("claim");
            }
            return plans.planInScope(staff, c.planId);
        }).chain(plan -> repo.lockPlan(plan.id)).chain(plan -> repo.lockClaim(claimId).chain(c -> {
            out[0] = c;
            return repo.member(c.memberId).map(m -> new PlanMember(plan, m));
        }));
    }

    /** 审核: the reviewer accepts the claim for approval or rejects it with a reason. */
    @WithTransaction
    public Uni<ClaimView> review(Actor staff, UUID claimId, ReviewRequest r) {
        Claim[] held = new Claim[1];
        return lockedInScope(staff, claimId, held).chain(pm -> {
            Claim c = held[0];
            if (c.status != ClaimStatus.SUBMITTED) {
                throw DomainException.illegalTransition("REVIEW", c.status);
            }
            c.reviewedBy = staff.subject();
            c.updatedAt = clock.instant();
            if (!r.accept()) {
                if (r.reason() == null || r.reason().isBlank()) {
                    throw DomainException.unprocessable("reason", "problem.mutual-aid.rule", "reason", "required to reject");
                }
                c.status = ClaimStatus.REJECTED;
                c.rejectionReason = r.reason().trim();
                return audit.record(staff, "MUTUAL_AID_CLAIM_REJECTED", "mutual_aid_claim", c.id, null, Map.of("status", c.status), c.rejectionReason)
                        .call(() -> notifyMember(pm.member, c, "未通过 rejected")).replaceWith(c);
            }
            c.status = ClaimStatus.REVIEWED;
            return passOn(staff, pm, c, "MUTUAL_AID_CLAIM_REVIEWED", "已审核 reviewed", "审批 approval");
        }).chain(c -> view(staff, c));
    }

    /**
     * 审批: someone other than the reviewer approves; above the threshold a third person approves
     * as well. The last approval pays.
     */
    @WithTransaction
    public Uni<ClaimView> approve(Actor staff, UUID claimId) {
        Claim[] held = new Claim[1];
        return lockedInScope(staff, claimId, held).chain(pm -> {
            Claim c = held[0];
            Set<UUID> earlier = new java.util.HashSet<>();
            if (c.reviewedBy != null) {
                earlier.add(c.reviewedBy);
            }
            if (c.approvedBy != null) {
                earlier.add(c.approvedBy);
            }
            if (c.status != ClaimStatus.REVIEWED && c.status != ClaimStatus.AWAITING_SECOND_APPROVAL) {
                throw DomainException.illegalTransition("APPROVE", c.status);
            }
            if (earlier.contains(staff.subject())) {
                throw DomainException.separationOfDuties("problem.mutual-aid.same-person");
            }
            c.updatedAt = clock.instant();
            if (c.status == ClaimStatus.REVIEWED) {
                c.approvedBy = staff.subject();
                if (c.computedFen > config.secondApprovalAboveFen()) {
                    c.status = ClaimStatus.AWAITING_SECOND_APPROVAL;
                    return passOn(staff, pm, c, "MUTUAL_AID_CLAIM_APPROVED", "待复核 awaiting a second approval", "复核 second approval");
                }
            } else {
                c.secondApprovedBy = staff.subject();
            }
            return pay(staff, pm, c);
        }).chain(c -> view(staff, c));
    }

    /** Recomputes under the plan's lock (other claims may have been paid since), then posts fund → 专户 for the member. */
    private Uni<Claim> pay(Actor staff, PlanMember pm, Claim c) {
        BenefitCalculator.Claim input = new BenefitCalculator.Claim(c.kind, c.eventDate, c.illness, c.totalFen, c.insurancePaidFen, c.selfPaidFen,
                c.optionCode);
        Map<String, java.time.LocalDate> options = new java.util.HashMap<>();
        return repo.paidDuplicate(c).chain(dup -> {
            if (dup != null) {
                throw DomainException.conflict("problem.mutual-aid.duplicate-paid", c.invoiceNo, dup.toString());
            }
            return repo.optionsOf(pm.member.id).invoke(options::putAll).chain(() -> repo.history(pm.member.id, pm.plan.id));
        }).chain(h -> {
            Assessment a = assess(pm.plan, pm.member, options, input, new BenefitCalculator.History(h.inpatientPaidThisYearFen(),
                    h.pharmacyPaidThisYearFen(), h.illnessesPaid(), Long.MAX_VALUE, h.optionsPaid()));
            if (!a.eligible() || a.payableFen() == 0) {
                throw DomainException.unprocessable("kind", "problem.mutual-aid.not-eligible", a.lines().get(a.lines().size() - 1).code());
            }
            if (a.payableFen() > h.fundBalanceFen()) {
                throw DomainException.conflict("problem.mutual-aid.fund-short", h.fundBalanceFen(), a.payableFen());
            }
            c.computedFen = a.payableFen();
            c.explanation = MutualAidMapper.json(a.lines());
            c.paidFen = a.payableFen();
            return ledger.post(Posting.transfer("MUTUAL_AID_PAYOUT", "mutual-aid:claim:" + c.id, null, null, "互助金 " + c.invoiceNo,
                            Accounts.mutualAidFund(pm.plan.id), Accounts.mutualAidBank(pm.plan.id), c.paidFen))
                    .chain(entry -> {
                        c.entryId = entry.id;
                        c.status = ClaimStatus.PAID;
                        return audit.record(staff, "MUTUAL_AID_CLAIM_PAID", "mutual_aid_claim", c.id, null,
                                Map.of("paidFen", c.paidFen, "entryId", entry.id), c.invoiceNo);
                    })
                    .call(() -> notifyMember(pm.member, c, "已支付 paid"))
                    .replaceWith(c);
        });
    }

    /** A claim for staff of its plan's subtree, or for the member it belongs to. */
    @WithSession
    public Uni<ClaimView> get(Actor actor, UUID claimId) {
        return claimFor(actor, claimId).chain(c -> view(actor, c));
    }

    /** The access rule of {@link #get}, for callers already in a session or transaction. */
    Uni<Claim> claimFor(Actor actor, UUID claimId) {
        return repo.claim(claimId).chain(c -> {
            if (c == null) {
                throw DomainException.notFound("claim");
            }
            if (actor.isStaff()) {
                return plans.planInScope(actor, c.planId).replaceWith(c);
            }
            return repo.member(c.memberId).map(m -> {
                if (m == null || !actor.subject().equals(m.workerSubject)) {
                    throw DomainException.notFound("claim");
                }
                return c;
            });
        });
    }

    /** The worker's own memberships, newest first, each with its plan and claims (unmasked: it is their own). */
    @WithSession
    public Uni<List<MembershipView>> mine(Actor worker) {
        return repo.membershipsOf(worker.subject()).chain(ms -> {
            Uni<List<MembershipView>> out = Uni.createFrom().item(new ArrayList<>());
            for (Member m : ms) {
                out = out.chain(list -> repo.plan(m.planId).chain(plan -> enrolment.view(m, false)
                        .chain(view -> repo.claimsOf(m.id).chain(cs -> {
                            Uni<List<ClaimView>> views = Uni.createFrom().item(new ArrayList<>());
                            for (Claim c : cs) {
                                views = views.chain(vs -> view(worker, c).map(v -> {
                                    vs.add(v);
                                    return vs;
                                }));
                            }
                            return views;
                        }).map(cvs -> {
                            list.add(new MembershipView(mapper.toView(plan), view, cvs));
                            return list;
                        }))));
            }
            return out;
        });
    }

    /** Records a step, tells the member, and queues the claim for the next staff member (never the one who acted). */
    private Uni<Claim> passOn(Actor staff, PlanMember pm, Claim c, String action,
                                       String memberNote, String nextStep) {
        return audit.record(staff, action, "mutual_aid_claim", c.id, null, Map.of("status", c.status), null)
                .call(() -> notifyMember(pm.member, c, memberNote))
                .call(() -> notifier.notifyStaff(pm.plan.unitId, staff.subject(), NotificationKind.MUTUAL_AID_CLAIM_QUEUED,
                        link(c.id), c.invoiceNo, Money.yuan(c.computedFen), nextStep))
                .replaceWith(c);
    }
}
