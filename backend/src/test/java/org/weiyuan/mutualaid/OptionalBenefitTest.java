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
import org.weiyuan.mutualaid.PlanRules.Option;
import org.weiyuan.mutualaid.PlanRules.Payer;
import org.weiyuan.mutualaid.PlanRules.Share;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 自选计划 (issue 16): optional benefits with their own fee, paid only to members who opted in, at every edge. */
class OptionalBenefitTest {

    static final long YUAN = 100;
    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    static final LocalDate MARCH1 = LocalDate.of(2026, 3, 1);

    /** Zunyi-like: a 10-yuan fee opens each optional plan; no other benefit, and a 30-day waiting period. */
    static PlanRules plan() {
        return new PlanRules(30, List.of(new ContributionTier(MemberTier.ORDINARY, List.of(new Share(Payer.WORKER, 50 * YUAN)))),
                null, null, null, List.of(new Option("ACCIDENT", "意外伤害", 10 * YUAN, 2_000 * YUAN),
                new Option("CRITICAL", "重大疾病", 10 * YUAN, 3_000 * YUAN)));
    }

    static Member member(Map<String, LocalDate> options) {
        return new Member(MemberTier.ORDINARY, JAN1, 2026, options);
    }

    static Claim claim(String option, LocalDate on) {
        return new Claim(Kind.OPTIONAL, on, null, 0, 0, 0, option);
    }

    static History history(Set<String> optionsPaid, long fund) {
        return new History(0, 0, Set.of(), fund, optionsPaid);
    }

    static String last(Assessment a) {
        List<Line> lines = a.lines();
        return lines.get(lines.size() - 1).code();
    }

    @Test
    void aMemberWhoDidNotOptInIsRefusedWithTheReason() {
        Assessment a = BenefitCalculator.assess(plan(), member(Map.of()), claim("ACCIDENT", LocalDate.of(2026, 6, 1)),
                history(Set.of(), Long.MAX_VALUE));
        assertThat(a.eligible()).isFalse();
        assertThat(a.payableFen()).isZero();
        assertThat(last(a)).isEqualTo("NOT_OPTED_IN");
        assertThat(a.lines().get(0).zh()).contains("意外伤害").contains("10 元");
        // opting into one option covers that one only
        Assessment other = BenefitCalculator.assess(plan(), member(Map.of("ACCIDENT", MARCH1)), claim("CRITICAL", LocalDate.of(2026, 6, 1)),
                history(Set.of(), Long.MAX_VALUE));
        assertThat(last(other)).isEqualTo("NOT_OPTED_IN");
    }

    @Test
    void theWaitingPeriodRunsFromTheDayOfOptingIn() {
        Member m = member(Map.of("ACCIDENT", MARCH1));
        // opted in 1 March, 30 days: covered from 31 March, not the day before
        Assessment before = BenefitCalculator.assess(plan(), m, claim("ACCIDENT", LocalDate.of(2026, 3, 30)), history(Set.of(), Long.MAX_VALUE));
        assertThat(last(before)).isEqualTo("OPTION_WAITING_PERIOD");
        assertThat(before.payableFen()).isZero();
        Assessment on = BenefitCalculator.assess(plan(), m, claim("ACCIDENT", LocalDate.of(2026, 3, 31)), history(Set.of(), Long.MAX_VALUE));
        assertThat(on.eligible()).isTrue();
        assertThat(on.payableFen()).isEqualTo(2_000 * YUAN);
        assertThat(on.lines()).extracting(Line::code).containsExactly("OPTION_LUMP_SUM");
        // the plan's own waiting period from coverage still applies first
        Assessment early = BenefitCalculator.assess(plan(), m, claim("ACCIDENT", LocalDate.of(2026, 1, 20)), history(Set.of(), Long.MAX_VALUE));
        assertThat(last(early)).isEqualTo("WAITING_PERIOD");
    }

    @Test
    void anOptionPaysOnceAPlanYearAndNeverMoreThanTheFundHolds() {
        Member m = member(Map.of("ACCIDENT", JAN1));
        LocalDate june = LocalDate.of(2026, 6, 1);
        assertThat(last(BenefitCalculator.assess(plan(), m, claim("ACCIDENT", june), history(Set.of("ACCIDENT"), Long.MAX_VALUE))))
                .isEqualTo("ALREADY_PAID_OPTION");
        // another option's payment does not use this one up
        assertThat(BenefitCalculator.assess(plan(), m, claim("ACCIDENT", june), history(Set.of("CRITICAL"), Long.MAX_VALUE)).payableFen())
                .isEqualTo(2_000 * YUAN);
        Assessment shortFund = BenefitCalculator.assess(plan(), m, claim("ACCIDENT", june), history(Set.of(), 500 * YUAN));
        assertThat(shortFund.payableFen()).isEqualTo(500 * YUAN);
        assertThat(last(shortFund)).isEqualTo("FUND_LIMIT");
        assertThat(last(BenefitCalculator.assess(plan(), m, claim("FLOOD", june), history(Set.of(), Long.MAX_VALUE)))).isEqualTo("NOT_COVERED");
        assertThat(last(BenefitCalculator.assess(plan(), m, claim("ACCIDENT", LocalDate.of(2027, 1, 2)), history(Set.of(), Long.MAX_VALUE))))
                .isEqualTo("OUTSIDE_PLAN_YEAR");
    }

    @Test
    void optionsAreDataValidatedOnConstruction() {
        List<ContributionTier> tiers = List.of(new ContributionTier(MemberTier.ORDINARY, List.of(new Share(Payer.WORKER, 50 * YUAN))));
        // a plan of optional benefits only is a plan; one without any benefit is not
        assertThat(plan().option("CRITICAL").amountFen()).isEqualTo(3_000 * YUAN);
        assertThat(plan().option("FLOOD")).isNull();
        assertThat(new PlanRules(0, tiers, null, null, new PlanRules.Pharmacy(100)).options()).isEmpty();
        assertThatThrownBy(() -> new PlanRules(0, tiers, null, null, null, List.of()))
                .isInstanceOfSatisfying(PlanRules.InvalidRules.class, e -> assertThat(e.field()).isEqualTo("benefits"));
        assertThatThrownBy(() -> new PlanRules(0, tiers, null, null, null, List.of(new Option("A", "甲", 1, 1), new Option("A", "乙", 1, 1))))
                .isInstanceOfSatisfying(PlanRules.InvalidRules.class, e -> assertThat(e.field()).isEqualTo("options.code"));
        assertThatThrownBy(() -> new Option("accident", "意外", 1, 1))
                .isInstanceOfSatisfying(PlanRules.InvalidRules.class, e -> assertThat(e.field()).isEqualTo("options.code"));
        assertThatThrownBy(() -> new Option("ACCIDENT", "意外", 0, 1))
                .isInstanceOfSatisfying(PlanRules.InvalidRules.class, e -> assertThat(e.field()).isEqualTo("options.feeFen"));
        assertThatThrownBy(() -> new Option("ACCIDENT", "意外", 1, 0))
                .isInstanceOfSatisfying(PlanRules.InvalidRules.class, e -> assertThat(e.field()).isEqualTo("options.amountFen"));
        assertThatThrownBy(() -> new Option("ACCIDENT", " ", 1, 1))
                .isInstanceOfSatisfying(PlanRules.InvalidRules.class, e -> assertThat(e.field()).isEqualTo("options.name"));
        assertThatThrownBy(() -> new Claim(Kind.OPTIONAL, JAN1, null, 0, 0, 0, null))
                .isInstanceOfSatisfying(PlanRules.InvalidRules.class, e -> assertThat(e.field()).isEqualTo("option"));
    }
}
