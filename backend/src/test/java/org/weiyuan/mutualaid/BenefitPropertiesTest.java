package org.weiyuan.mutualaid;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.weiyuan.mutualaid.BenefitCalculator.Assessment;
import org.weiyuan.mutualaid.BenefitCalculator.Claim;
import org.weiyuan.mutualaid.BenefitCalculator.History;
import org.weiyuan.mutualaid.BenefitCalculator.Kind;
import org.weiyuan.mutualaid.BenefitCalculator.Member;
import org.weiyuan.mutualaid.PlanRules.MemberTier;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** For any sequence of claims, what a member is paid in a year stays within the caps and the fund never goes below zero. */
class BenefitPropertiesTest {

    @Provide
    Arbitrary<List<Claim>> sequences() {
        return claims().list().ofMaxSize(40);
    }

    Arbitrary<Claim> claims() {
        Arbitrary<Kind> kind = Arbitraries.of(Kind.class);
        Arbitrary<Long> selfPaid = Arbitraries.longs().between(0, 50_000_000L);
        Arbitrary<Long> insurance = Arbitraries.longs().between(0, 50_000_000L);
        Arbitrary<String> illness = Arbitraries.of("尿毒症", "恶性肿瘤", "感冒");
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 364);
        return Combinators.combine(kind, selfPaid, insurance, illness, day).as((k, s, i, ill, d) ->
                new Claim(k, LocalDate.of(2026, 1, 1).plusDays(d), ill, s + i, i, s, k == Kind.OPTIONAL ? "ACCIDENT" : null));
    }

    @Property(tries = 300)
    void capsAndFundHold(@ForAll("sequences") List<Claim> sequence, @ForAll MemberTier tier,
                         @ForAll @LongRange(min = 0, max = 50_000_000L) long fundFen) {
        PlanRules rules = BenefitCalculatorTest.plan(30);
        Member member = new Member(tier, LocalDate.of(2026, 1, 1), 2026);
        long inpatient = 0;
        long pharmacy = 0;
        long lumpSums = 0;
        Set<String> illnesses = new HashSet<>();
        long fund = fundFen;
        for (Claim c : sequence) {
            Assessment a = BenefitCalculator.assess(rules, member, c, new History(inpatient, pharmacy, Set.copyOf(illnesses), fund));
            assertThat(a.payableFen()).isBetween(0L, fund);
            if (c.kind() == Kind.INPATIENT) {
                assertThat(a.payableFen()).isLessThanOrEqualTo(rules.inpatient().perClaimCapFen());
                inpatient += a.payableFen();
            } else if (c.kind() == Kind.PHARMACY) {
                pharmacy += a.payableFen();
            } else if (a.payableFen() > 0) {
                assertThat(illnesses.add(c.illness())).as("lump sum once per illness").isTrue();
                lumpSums += a.payableFen();
            }
            fund -= a.payableFen();
            assertThat(fund).isNotNegative();
            assertThat(inpatient).isLessThanOrEqualTo(rules.inpatient().perYearCapFen());
            assertThat(pharmacy).isLessThanOrEqualTo(rules.pharmacy().yearlyFen());
            assertThat(lumpSums).isLessThanOrEqualTo(rules.criticalIllness().amountFen() * rules.criticalIllness().illnesses().size());
        }
    }
}
