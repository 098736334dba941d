package org.weiyuan.mutualaid;

import org.junit.jupiter.api.Test;
import org.weiyuan.mutualaid.BenefitCalculator.Assessment;
import org.weiyuan.mutualaid.BenefitCalculator.Claim;
import org.weiyuan.mutualaid.BenefitCalculator.History;
import org.weiyuan.mutualaid.BenefitCalculator.Kind;
import org.weiyuan.mutualaid.BenefitCalculator.Line;
import org.weiyuan.mutualaid.BenefitCalculator.Member;
import org.weiyuan.mutualaid.PlanRules.ContributionTier;
import org.weiyuan.mutualaid.PlanRules.MemberTier;
import org.weiyuan.mutualaid.PlanRules.Payer;
import org.weiyuan.mutualaid.PlanRules.Share;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benefit rules at every edge: deductible, ratio, caps per claim and per year, lump sum once, waiting period. */
class BenefitCalculatorTest {

    static final long YUAN = 100;
    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    /** Sinan-like: worker 100 + county union 60 + county government 100 per member; above 5,000 yuan at 50/70/80%, capped. */
    static PlanRules plan(int waitingDays) {
        return new PlanRules(waitingDays,
                List.of(new ContributionTier(MemberTier.ORDINARY, List.of(new Share(Payer.WORKER, 100 * YUAN),
                                new Share(Payer.UNION, 60 * YUAN), new Share(Payer.GOVERNMENT, 100 * YUAN))),
                        new ContributionTier(MemberTier.HARDSHIP, List.of(new Share(Payer.WORKER, 60 * YUAN), new Share(Payer.UNION, 100 * YUAN))),
                        new ContributionTier(MemberTier.EXTREME_HARDSHIP, List.of(new Share(Payer.UNION, 160 * YUAN)))),
                new PlanRules.Inpatient(5_000 * YUAN, Map.of(MemberTier.ORDINARY, 50, MemberTier.HARDSHIP, 70, MemberTier.EXTREME_HARDSHIP, 80),
                        60_000 * YUAN, 100_000 * YUAN),
                new PlanRules.CriticalIllness(List.of("尿毒症", "恶性肿瘤"), 12_000 * YUAN),
                new PlanRules.Pharmacy(1_000 * YUAN));
    }

    static final History NOTHING_YET = new History(0, 0, Set.of(), Long.MAX_VALUE);

    static Member member(MemberTier tier) {
        return new Member(tier, JAN1, 2026);
    }

    static Claim inpatient(long selfPaidFen) {
        return new Claim(Kind.INPATIENT, LocalDate.of(2026, 6, 1), null, selfPaidFen * 3, selfPaidFen * 2, selfPaidFen);
    }

    static List<String> codes(Assessment a) {
        return a.lines().stream().map(Line::code).toList();
    }

    @Test
    void contributionTierSumsItsCoFundingShares() {
        assertThat(plan(0).tier(MemberTier.ORDINARY).totalFen()).isEqualTo(260 * YUAN);
        assertThat(plan(0).tier(MemberTier.HARDSHIP).totalFen()).isEqualTo(160 * YUAN);
    }

    @Test
    void selfPaidAtOrBelowTheDeductiblePaysNothing() {
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.ORDINARY), inpatient(5_000 * YUAN), NOTHING_YET).payableFen()).isZero();
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.ORDINARY), inpatient(4_999 * YUAN), NOTHING_YET).payableFen()).isZero();
    }

    @Test
    void oneFenAboveTheDeductibleAtFiftyPercentRoundsDown() {
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.ORDINARY), inpatient(5_000 * YUAN + 1), NOTHING_YET).payableFen()).isZero();
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.ORDINARY), inpatient(5_000 * YUAN + 2), NOTHING_YET).payableFen()).isEqualTo(1);
    }

    @Test
    void ratioDependsOnTheMemberTier() {
        Claim c = inpatient(15_000 * YUAN); // 10,000 above the deductible
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.ORDINARY), c, NOTHING_YET).payableFen()).isEqualTo(5_000 * YUAN);
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.HARDSHIP), c, NOTHING_YET).payableFen()).isEqualTo(7_000 * YUAN);
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.EXTREME_HARDSHIP), c, NOTHING_YET).payableFen()).isEqualTo(8_000 * YUAN);
    }

    @Test
    void perClaimCapStopsExactlyAtTheCap() {
        // 80% of (80,000 − 5,000) = 60,000: exactly at the cap, no cap line
        Assessment at = BenefitCalculator.assess(plan(0), member(MemberTier.EXTREME_HARDSHIP), inpatient(80_000 * YUAN), NOTHING_YET);
        assertThat(at.payableFen()).isEqualTo(60_000 * YUAN);
        assertThat(codes(at)).doesNotContain("CLAIM_CAP");
        Assessment over = BenefitCalculator.assess(plan(0), member(MemberTier.EXTREME_HARDSHIP), inpatient(80_000 * YUAN + 200), NOTHING_YET);
        assertThat(over.payableFen()).isEqualTo(60_000 * YUAN);
        assertThat(codes(over)).contains("CLAIM_CAP");
    }

    @Test
    void perYearCapCountsWhatWasAlreadyPaid() {
        History paid = new History(95_000 * YUAN, 0, Set.of(), Long.MAX_VALUE);
        Assessment a = BenefitCalculator.assess(plan(0), member(MemberTier.HARDSHIP), inpatient(15_000 * YUAN), paid);
        assertThat(a.payableFen()).isEqualTo(5_000 * YUAN);
        assertThat(codes(a)).contains("PAID_THIS_YEAR", "YEAR_CAP");
        History full = new History(100_000 * YUAN, 0, Set.of(), Long.MAX_VALUE);
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.HARDSHIP), inpatient(15_000 * YUAN), full).payableFen()).isZero();
    }

    @Test
    void lumpSumOncePerMemberPerIllness() {
        Claim c = new Claim(Kind.CRITICAL_ILLNESS, LocalDate.of(2026, 3, 1), "尿毒症", 0, 0, 0);
        Assessment first = BenefitCalculator.assess(plan(0), member(MemberTier.ORDINARY), c, NOTHING_YET);
        assertThat(first.payableFen()).isEqualTo(12_000 * YUAN);
        Assessment again = BenefitCalculator.assess(plan(0), member(MemberTier.ORDINARY), c, new History(0, 0, Set.of("尿毒症"), Long.MAX_VALUE));
        assertThat(again.payableFen()).isZero();
        assertThat(codes(again)).containsExactly("ALREADY_PAID_ILLNESS");
        Claim other = new Claim(Kind.CRITICAL_ILLNESS, LocalDate.of(2026, 3, 1), "恶性肿瘤", 0, 0, 0);
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.ORDINARY), other, new History(0, 0, Set.of("尿毒症"), Long.MAX_VALUE))
                .payableFen()).isEqualTo(12_000 * YUAN);
        Claim unlisted = new Claim(Kind.CRITICAL_ILLNESS, LocalDate.of(2026, 3, 1), "感冒", 0, 0, 0);
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.ORDINARY), unlisted, NOTHING_YET).eligible()).isFalse();
    }

    @Test
    void pharmacyAllowanceOnlyForExtremeHardshipAndCappedPerYear() {
        Claim c = new Claim(Kind.PHARMACY, LocalDate.of(2026, 3, 1), null, 600 * YUAN, 0, 600 * YUAN);
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.HARDSHIP), c, NOTHING_YET).payableFen()).isZero();
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.EXTREME_HARDSHIP), c, NOTHING_YET).payableFen()).isEqualTo(600 * YUAN);
        Assessment second = BenefitCalculator.assess(plan(0), member(MemberTier.EXTREME_HARDSHIP), c, new History(0, 600 * YUAN, Set.of(), Long.MAX_VALUE));
        assertThat(second.payableFen()).isEqualTo(400 * YUAN);
        assertThat(codes(second)).contains("YEAR_CAP");
    }

    @Test
    void waitingPeriodEdgeIsTheFirstCoveredDay() {
        PlanRules rules = plan(90);
        Member m = new Member(MemberTier.ORDINARY, LocalDate.of(2026, 1, 1), 2026);
        Claim dayBefore = new Claim(Kind.INPATIENT, LocalDate.of(2026, 3, 31), null, 30_000 * YUAN, 15_000 * YUAN, 15_000 * YUAN);
        Claim firstDay = new Claim(Kind.INPATIENT, LocalDate.of(2026, 4, 1), null, 30_000 * YUAN, 15_000 * YUAN, 15_000 * YUAN);
        Assessment refused = BenefitCalculator.assess(rules, m, dayBefore, NOTHING_YET);
        assertThat(refused.eligible()).isFalse();
        assertThat(codes(refused)).containsExactly("WAITING_PERIOD");
        assertThat(BenefitCalculator.assess(rules, m, firstDay, NOTHING_YET).payableFen()).isEqualTo(5_000 * YUAN);
    }

    @Test
    void eventOutsideThePlanYearIsNotCovered() {
        Claim c = new Claim(Kind.INPATIENT, LocalDate.of(2025, 12, 31), null, 30_000 * YUAN, 15_000 * YUAN, 15_000 * YUAN);
        assertThat(BenefitCalculator.assess(plan(0), member(MemberTier.ORDINARY), c, NOTHING_YET).eligible()).isFalse();
    }

    @Test
    void fundBalanceLimitsThePayment() {
        Assessment a = BenefitCalculator.assess(plan(0), member(MemberTier.HARDSHIP), inpatient(15_000 * YUAN),
                new History(0, 0, Set.of(), 1_000 * YUAN));
        assertThat(a.payableFen()).isEqualTo(1_000 * YUAN);
        assertThat(codes(a)).endsWith("FUND_LIMIT");
    }

    @Test
    void inconsistentAmountsAndRulesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new Claim(Kind.INPATIENT, JAN1, null, 100, 50, 60))
                .isInstanceOfSatisfying(PlanRules.InvalidRules.class, e -> assertThat(e.field()).isEqualTo("selfPaidFen"));
        assertThatThrownBy(() -> new PlanRules.Inpatient(0, Map.of(MemberTier.ORDINARY, 101), 1, 1))
                .isInstanceOfSatisfying(PlanRules.InvalidRules.class, e -> assertThat(e.field()).isEqualTo("inpatient.ratioPercent"));
        assertThatThrownBy(() -> new PlanRules.Inpatient(0, Map.of(MemberTier.ORDINARY, 50), 10, 5))
                .isInstanceOfSatisfying(PlanRules.InvalidRules.class, e -> assertThat(e.field()).isEqualTo("inpatient.perYearCapFen"));
        assertThatThrownBy(() -> new PlanRules(0, List.of(new ContributionTier(MemberTier.ORDINARY, List.of(new Share(Payer.WORKER, 1)))),
                new PlanRules.Inpatient(0, Map.of(MemberTier.HARDSHIP, 50), 10, 10), null, null))
                .isInstanceOfSatisfying(PlanRules.InvalidRules.class, e -> assertThat(e.field()).isEqualTo("inpatient.ratioPercent"));
    }

    /**
     * Seed 001, 申旭 (尿毒症, hardship worker of 水电九局): 991,600 yuan of costs, 864,400 paid by medical
     * insurance, 127,200 self-paid; mutual aid paid 88,400, leaving 38,800. The article gives no rule;
     * this test assumes a plan with a deductible (起付线) of 16,700 yuan, 80% for hardship workers, a
     * per-claim cap of 100,000 and a yearly cap of 100,000 yuan: (127,200 − 16,700) × 80% = 88,400.
     */
    @Test
    void seed001ShenXuIsReproducedToTheFen() {
        PlanRules rules = new PlanRules(0,
                List.of(new ContributionTier(MemberTier.HARDSHIP, List.of(new Share(Payer.WORKER, 60 * YUAN), new Share(Payer.UNION, 100 * YUAN)))),
                new PlanRules.Inpatient(16_700 * YUAN, Map.of(MemberTier.HARDSHIP, 80), 100_000 * YUAN, 100_000 * YUAN), null, null);
        Claim claim = new Claim(Kind.INPATIENT, LocalDate.of(2026, 5, 10), "尿毒症", 991_600 * YUAN, 864_400 * YUAN, 127_200 * YUAN);
        Assessment a = BenefitCalculator.assess(rules, member(MemberTier.HARDSHIP), claim, new History(0, 0, Set.of(), 1_000_000 * YUAN));
        assertThat(a.payableFen()).isEqualTo(88_400 * YUAN);
        assertThat(a.lines()).extracting(Line::code)
                .containsExactly("TOTAL_COST", "INSURANCE_PAID", "SELF_PAID", "DEDUCTIBLE", "RATIO", "PAYABLE");
        assertThat(a.lines()).extracting(Line::zh).containsExactly(
                "医疗总费用 991,600 元", "基本医疗保险已支付 864,400 元", "个人自付 127,200 元",
                "扣除起付线 16,700 元,可报销部分 110,500 元", "按困难职工报销比例 80%:88,400 元",
                "互助金支付 88,400 元,个人仍需负担 38,800 元");
        assertThat(a.lines().get(a.lines().size() - 1).en()).isEqualTo("mutual aid pays ¥88,400; the member still bears ¥38,800");
    }
}
