package org.weiyuan.seed;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.followup.FollowupViews;
import org.weiyuan.followup.HelpPlanService;
import org.weiyuan.followup.PlanExitRules;
import org.weiyuan.household.ExitReason;
import org.weiyuan.household.RecommendedHelp;
import org.weiyuan.modelworker.ModelWorkerBoardService;
import org.weiyuan.modelworker.ModelWorkerService;
import org.weiyuan.modelworker.ModelWorkerViews;
import org.weiyuan.mutualaid.BenefitCalculator;
import org.weiyuan.mutualaid.ClaimService;
import org.weiyuan.mutualaid.EnrolmentService;
import org.weiyuan.mutualaid.MutualAidViews;
import org.weiyuan.mutualaid.PlanRules;
import org.weiyuan.mutualaid.PlanService;
import org.weiyuan.security.Actor;
import org.weiyuan.unionaid.FundService;
import org.weiyuan.unionaid.UnionAidViews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Demo data of the session-7 programmes (branch prog4): a help plan closed with its outcomes, a union
 * fund transfer prepared and approved, model workers on the honour board and a reception day, and a
 * medical mutual-aid plan with each benefit, enrolled demo workers and claims in every state. Each part
 * goes through the services, as staff and workers would through the API.
 */
@ApplicationScoped
class ProgrammeDemoSeeds {

    record SeedTransfer(String from, String to, long amountFen, String reference, UUID preparedBy, UUID approvedBy) { }

    record SeedReception(String unit, UUID setBy, ModelWorkerViews.ReceptionRequest reception) { }

    /** {@code options}: the optional plans (自选计划) the member chose, by code (none when absent). */
    record SeedMember(String key, UUID worker, String name, String idNumber, PlanRules.MemberTier tier, List<String> options) { }

    record SeedClaim(String note, String member, UUID submittedBy, BenefitCalculator.Kind kind, String illness, String invoiceNo,
                     long totalFen, long insurancePaidFen, long selfPaidFen, List<String> flow) { }

    record SeedMutualAidPlan(String unit, UUID createdBy, String name, PlanRules rules, List<SeedMember> members, UUID contributionsBy,
                             List<SeedClaim> claims) { }

    record SeedMutualAid(String note, List<SeedMutualAidPlan> plans) { }

    private final HelpPlanService plans;
    private final FundService funds;
    private final ModelWorkerService modelWorkers;
    private final ModelWorkerBoardService board;
    private final PlanService mutualAidPlans;
    private final EnrolmentService enrolment;
    private final ClaimService claims;
    private final org.weiyuan.mutualaid.MemberOptionService memberOptions;
    private final BusinessTime time;

    ProgrammeDemoSeeds(HelpPlanService plans, FundService funds, ModelWorkerService modelWorkers, ModelWorkerBoardService board,
                       PlanService mutualAidPlans, EnrolmentService enrolment, ClaimService claims,
                       org.weiyuan.mutualaid.MemberOptionService memberOptions, BusinessTime time) {
        this.memberOptions = memberOptions;
        this.plans = plans;
        this.funds = funds;
        this.modelWorkers = modelWorkers;
        this.board = board;
        this.mutualAidPlans = mutualAidPlans;
        this.enrolment = enrolment;
        this.claims = claims;
        this.time = time;
    }

    /**
     * 脱困退出 through the plan: a plan from the home visit's recommendations, closed with an outcome per
     * measure (the job found, the living aid no longer needed) as the household leaves the files.
     */
    Uni<Void> planExit(Actor staff, UUID householdId, ExitReason reason) {
        return plans.create(staff, householdId, new FollowupViews.PlanRequest("再就业，家庭收入稳定（演示数据）", null)).chain(plan -> {
            List<FollowupViews.MeasureOutcomeRequest> outcomes = plan.measures().stream().map(m -> m.kind() == RecommendedHelp.JOB_PLACEMENT
                    ? new FollowupViews.MeasureOutcomeRequest(m.id(), PlanExitRules.MeasureOutcome.ACHIEVED, "已在本地企业稳定就业（演示数据）")
                    : new FollowupViews.MeasureOutcomeRequest(m.id(), PlanExitRules.MeasureOutcome.NOT_NEEDED, "就业后收入稳定，不再需要（演示数据）"))
                    .toList();
            return plans.exit(staff, householdId, new FollowupViews.PlanExitRequest(reason, "脱困退出（演示数据）", outcomes));
        }).replaceWithVoid();
    }

    /** 资金划转: prepared by one staff member, approved (and so posted) by another. */
    Uni<Void> transfers(List<SeedTransfer> seeds, Map<String, UUID> fundIds, Function<UUID, Actor> actors) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SeedTransfer t : seeds == null ? List.<SeedTransfer>of() : seeds) {
            chain = chain.chain(() -> funds.transfer(actors.apply(t.preparedBy()), new UnionAidViews.TransferRequest(fundIds.get(t.from()),
                            fundIds.get(t.to()), t.amountFen(), t.reference()))
                    .chain(r -> t.approvedBy() == null ? Uni.createFrom().voidItem()
                            : funds.approveTransfer(actors.apply(t.approvedBy()), r.transfer().id()).replaceWithVoid()));
        }
        return chain;
    }

    /** 光荣榜 consent for a model worker (recorded by the staff who serve them). */
    Uni<Void> boardConsent(Actor staff, UUID modelWorkerId) {
        return modelWorkers.boardConsent(staff, modelWorkerId, new ModelWorkerViews.BoardConsentRequest(true, time.today())).replaceWithVoid();
    }

    /** 劳模接待日 of the units named. */
    Uni<Void> receptions(List<SeedReception> seeds, Map<String, UUID> unitIds, Function<UUID, Actor> actors) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SeedReception r : seeds == null ? List.<SeedReception>of() : seeds) {
            chain = chain.chain(() -> board.setReception(actors.apply(r.setBy()), unitIds.get(r.unit()), r.reception()).replaceWithVoid());
        }
        return chain;
    }

    /**
     * 职工医疗互助: the plan of this plan year, its members (demo workers by account, others by name and
     * ID number) covered from 1 January, their contributions recorded, the optional plans they chose
     * opted into from 1 January (each fee one entry into the fund), then claims dated today (always in
     * the plan year) taken as far as their flow says: REVIEW, REJECT:reason, APPROVE (repeatable).
     */
    Uni<Void> mutualAid(SeedMutualAid seed, Map<String, UUID> unitIds, Function<UUID, Actor> actors) {
        LocalDate today = time.today();
        LocalDate coverageFrom = LocalDate.of(today.getYear(), 1, 1);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SeedMutualAidPlan p : seed.plans()) {
            Actor by = actors.apply(p.createdBy());
            UUID[] planId = new UUID[1];
            Map<String, UUID> memberIds = new HashMap<>();
            chain = chain.chain(() -> mutualAidPlans.create(by, new MutualAidViews.CreatePlanRequest(unitIds.get(p.unit()), today.getYear(),
                    p.name(), p.rules())).invoke(plan -> planId[0] = plan.id).replaceWithVoid());
            for (SeedMember m : p.members()) {
                chain = chain.chain(() -> enrolment.enrol(by, planId[0], new MutualAidViews.EnrolRequest(m.worker(), m.name(), m.idNumber(),
                        m.tier(), coverageFrom)).invoke(member -> memberIds.put(m.key(), member.id)).replaceWithVoid());
            }
            chain = chain.chain(() -> enrolment.recordContributions(actors.apply(p.contributionsBy()), planId[0],
                    new ArrayList<>(memberIds.values())).replaceWithVoid());
            for (SeedMember m : p.members()) {
                for (String code : m.options() == null ? List.<String>of() : m.options()) {
                    chain = chain.chain(() -> memberOptions.optIn(by, planId[0], memberIds.get(m.key()),
                            new MutualAidViews.OptInRequest(code, coverageFrom)).replaceWithVoid());
                }
            }
            for (SeedClaim c : p.claims()) {
                Actor submitter = actors.apply(c.submittedBy());
                chain = chain.chain(() -> claims.submit(submitter, new MutualAidViews.SubmitClaimRequest(planId[0],
                                submitter.isStaff() ? memberIds.get(c.member()) : null, c.kind(), c.illness(), c.invoiceNo(), today,
                                c.totalFen(), c.insurancePaidFen(), c.selfPaidFen(), null))
                        .chain(claim -> claimFlow(claim.id(), c.flow(), actors)));
            }
        }
        return chain;
    }

    private Uni<Void> claimFlow(UUID claimId, List<String> flow, Function<UUID, Actor> actors) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String step : flow) {
            String[] parts = step.split(":", 3);
            Actor staff = actors.apply(UUID.fromString(parts[1]));
            chain = chain.chain(() -> (switch (parts[0]) {
                case "REVIEW" -> claims.review(staff, claimId, new MutualAidViews.ReviewRequest(true, null));
                case "REJECT" -> claims.review(staff, claimId, new MutualAidViews.ReviewRequest(false, parts[2]));
                case "APPROVE" -> claims.approve(staff, claimId);
                default -> throw new IllegalArgumentException("Unknown mutual-aid seed step " + step);
            }).replaceWithVoid());
        }
        return chain;
    }
}
