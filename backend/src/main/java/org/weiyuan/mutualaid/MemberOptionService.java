package org.weiyuan.mutualaid;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.funding.Accounts;
import org.weiyuan.funding.Ledger;
import org.weiyuan.funding.Posting;
import org.weiyuan.mutualaid.MutualAidEntities.Contribution;
import org.weiyuan.mutualaid.MutualAidEntities.MemberOption;
import org.weiyuan.mutualaid.MutualAidViews.MemberOptionView;
import org.weiyuan.mutualaid.MutualAidViews.OptInRequest;
import org.weiyuan.security.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 自选计划: a member opts into an optional benefit of their plan, at enrolment or later in the plan
 * year, and its fee (paid by the member, recorded by staff of the plan's subtree) is one balanced
 * entry into the plan's fund (专户 debit, 互助基金 credit) with its contribution row. Claims against
 * the option are paid only for members who opted in ({@link BenefitCalculator}).
 */
@ApplicationScoped
public class MemberOptionService {

    private final MutualAidRepository repo;
    private final PlanService plans;
    private final Ledger ledger;
    private final AuditLog audit;
    private final BusinessTime time;

    public MemberOptionService(MutualAidRepository repo, PlanService plans, Ledger ledger, AuditLog audit, BusinessTime time) {
        this.repo = repo;
        this.plans = plans;
        this.ledger = ledger;
        this.audit = audit;
        this.time = time;
    }

    @WithTransaction
    public Uni<MemberOptionView> optIn(Actor staff, UUID planId, UUID memberId, OptInRequest r) {
        LocalDate today = time.today();
        LocalDate on = r.optedOn() == null ? today : r.optedOn();
        String code = r.optionCode().strip();
        return plans.planInScope(staff, planId).chain(plan -> repo.member(memberId).chain(member -> {
            if (member == null || !member.planId.equals(plan.id)) {
                throw DomainException.notFound("member");
            }
            PlanRules.Option option = MutualAidMapper.rules(plan.rules).option(code);
            if (option == null) {
                throw DomainException.unprocessable("optionCode", "problem.mutual-aid.no-such-option", code);
            }
            if (on.isAfter(today)) {
                throw DomainException.unprocessable("optedOn", "problem.mutual-aid.opt-in-in-future");
            }
            if (on.getYear() != plan.planYear) {
                throw DomainException.unprocessable("optedOn", "problem.mutual-aid.opt-in-outside-year", String.valueOf(plan.planYear));
            }
            return repo.optionsOf(member.id).chain(opted -> {
                if (opted.containsKey(code)) {
                    throw DomainException.conflict("problem.mutual-aid.already-opted-in", option.name());
                }
                Posting posting = Posting.transfer("MUTUAL_AID_OPTION_FEE", "mutual-aid:option:" + member.id + ":" + code, null, null,
                        "自选计划 " + option.name() + " " + plan.planYear, Accounts.mutualAidBank(plan.id), Accounts.mutualAidFund(plan.id),
                        option.feeFen());
                Instant now = time.now();
                return ledger.post(posting).chain(entry -> {
                    Contribution c = EnrolmentService.contribution(plan.id, member.id, new PlanRules.Share(PlanRules.Payer.WORKER,
                            option.feeFen()), entry.id, staff.subject(), now);
                    c.optionCode = code;
                    MemberOption o = optedIn(member.id, plan.id, option, on, c.id, staff.subject(), now);
                    // the contribution first: the opt-in row refers to it
                    return repo.persistAll(List.of(c)).chain(() -> repo.persistAll(List.of(o)))
                            .call(() -> audit.record(staff, "MUTUAL_AID_OPTION_OPTED_IN", "mutual_aid_member", member.id, null,
                                    Map.of("planId", plan.id, "optionCode", code, "feeFen", option.feeFen(), "optedOn", on.toString(),
                                            "entryId", entry.id), null))
                            .map(x -> new MemberOptionView(member.id, code, option.name(), option.feeFen(), on, entry.id));
                });
            });
        }));
    }

    /**
     * 我要参加自选计划: a worker opts into an optional benefit of a plan they are a member of, from today (within
     * the plan year). The fee is due, not taken here: it is recorded with the member's contributions by the unit
     * (登记缴费), as a renewal's carried options are; until then the worker may still withdraw.
     */
    @WithTransaction
    public Uni<MemberOptionView> optInMine(Actor worker, UUID planId, String optionCode) {
        LocalDate today = time.today();
        String code = optionCode.strip();
        return ownMembership(worker, planId).chain(pm -> {
            PlanRules.Option option = MutualAidMapper.rules(pm.plan().rules).option(code);
            if (option == null) {
                throw DomainException.unprocessable("optionCode", "problem.mutual-aid.no-such-option", code);
            }
            if (today.getYear() != pm.plan().planYear) {
                throw DomainException.unprocessable("optionCode", "problem.mutual-aid.opt-in-outside-year", String.valueOf(pm.plan().planYear));
            }
            return repo.optionsOf(pm.member().id).chain(opted -> {
                if (opted.containsKey(code)) {
                    throw DomainException.conflict("problem.mutual-aid.already-opted-in", option.name());
                }
                MemberOption o = optedIn(pm.member().id, pm.plan().id, option, today, null, worker.subject(), time.now());
                return repo.persistAll(List.of(o))
                        .call(() -> audit.record(worker, "MUTUAL_AID_OPTION_CHOSEN", "mutual_aid_member", pm.member().id, null,
                                Map.of("planId", pm.plan().id, "optionCode", code, "feeFen", option.feeFen(), "optedOn", today.toString()), null))
                        .map(x -> new MemberOptionView(pm.member().id, code, option.name(), option.feeFen(), today, null));
            });
        });
    }

    /**
     * 退出自选计划: the worker withdraws from an optional benefit while its fee is still due and no claim was made
     * against it; once the fee is recorded the cover runs to the end of the plan year (a paid fee is not refunded,
     * the benefit is simply not renewed next year), and a claim against it keeps it too.
     */
    @WithTransaction
    public Uni<Void> optOutMine(Actor worker, UUID planId, String optionCode) {
        String code = optionCode.strip();
        return ownMembership(worker, planId).chain(pm -> repo.optionsOf(pm.member().id).chain(opted -> {
            PlanRules.Option option = MutualAidMapper.rules(pm.plan().rules).option(code);
            String name = option == null ? code : option.name();
            if (!opted.containsKey(code)) {
                throw DomainException.notFound("option");
            }
            return repo.claimsOf(pm.member().id).chain(claims -> {
                if (claims.stream().anyMatch(c -> code.equals(c.optionCode) && c.status != MutualAidEntities.ClaimStatus.REJECTED)) {
                    throw DomainException.conflict("problem.mutual-aid.option-claimed", name);
                }
                return repo.withdrawUnpaidOption(pm.member().id, code);
            }).chain(withdrawn -> {
                if (!withdrawn) {
                    throw DomainException.conflict("problem.mutual-aid.option-fee-paid", name);
                }
                return audit.record(worker, "MUTUAL_AID_OPTION_WITHDRAWN", "mutual_aid_member", pm.member().id, null,
                        Map.of("planId", pm.plan().id, "optionCode", code), null);
            });
        }));
    }

    private record PlanMember(MutualAidEntities.Plan plan, MutualAidEntities.Member member) { }

    /** The plan and the worker's own membership of it; a plan they are no member of is 404 (as no plan). */
    private Uni<PlanMember> ownMembership(Actor worker, UUID planId) {
        return repo.plan(planId).chain(plan -> plan == null ? Uni.createFrom().<PlanMember>nullItem()
                : repo.memberByWorker(planId, worker.subject()).map(m -> m == null ? null : new PlanMember(plan, m))).map(pm -> {
                    if (pm == null) {
                        throw DomainException.notFound("plan");
                    }
                    return pm;
                });
    }

    /** The opt-in row of a member to an option, its fee paid as contribution {@code contributionId}. */
    static MemberOption optedIn(UUID memberId, UUID planId, PlanRules.Option option, LocalDate on, UUID contributionId, UUID by, Instant at) {
        MemberOption o = new MemberOption();
        o.memberId = memberId;
        o.optionCode = option.code();
        o.planId = planId;
        o.optedOn = on;
        o.feeFen = option.feeFen();
        o.contributionId = contributionId;
        o.recordedBy = by;
        o.recordedAt = at;
        return o;
    }
}
