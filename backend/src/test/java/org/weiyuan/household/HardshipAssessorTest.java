package org.weiyuan.household;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.weiyuan.household.HardshipAssessor.Assessment;
import org.weiyuan.household.HardshipAssessor.Line;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Category and severity at and around every threshold edge (Harbin rule: 110% / 130%). */
class HardshipAssessorTest {

    /** 800 yuan per person per month. */
    private static final Line LINE = new Line(2026, 80_000, 110, 130);
    private static final Set<HardshipCause> ILLNESS = EnumSet.of(HardshipCause.ILLNESS);
    private static final Set<HardshipCause> ACCIDENT = EnumSet.of(HardshipCause.ACCIDENT_OR_DISASTER);

    private static Assessment perPerson(long fen, Set<HardshipCause> causes) {
        return HardshipAssessor.assess(fen * 3, 3, causes, LINE);
    }

    @Test
    void belowTheLineIsDibaoAndExtreme() {
        Assessment a = perPerson(79_999, ILLNESS);
        assertThat(a.category()).isEqualTo(HouseholdCategory.DIBAO);
        assertThat(a.severity()).isEqualTo(Severity.EXTREME_HARDSHIP);
        assertThat(a.perCapitaIncomeFen()).isEqualTo(79_999);
    }

    @Test
    void exactlyAtTheLineIsNoLongerDibao() {
        Assessment a = perPerson(80_000, ILLNESS);
        assertThat(a.category()).isEqualTo(HouseholdCategory.DIBAO_MARGINAL);
        assertThat(a.severity()).isEqualTo(Severity.EXTREME_HARDSHIP);
    }

    @Test
    void extremeThresholdIsInclusive() {
        assertThat(perPerson(88_000, ILLNESS).severity()).isEqualTo(Severity.EXTREME_HARDSHIP);
        assertThat(perPerson(88_001, ILLNESS).severity()).isEqualTo(Severity.HARDSHIP);
    }

    @Test
    void hardshipThresholdIsInclusive() {
        assertThat(perPerson(104_000, ILLNESS).severity()).isEqualTo(Severity.HARDSHIP);
        assertThat(perPerson(104_000, ILLNESS).category()).isEqualTo(HouseholdCategory.DIBAO_MARGINAL);
        assertThat(perPerson(104_001, ILLNESS).severity()).isEqualTo(Severity.NONE);
        assertThat(perPerson(104_001, ILLNESS).category()).isEqualTo(HouseholdCategory.NOT_ELIGIBLE);
    }

    @Test
    void comparisonIsExactWithoutRoundingThePerCapitaFigure() {
        // 3 people, 264,001 fen: per capita 88,000.33… is above 110% although it floors to 88,000.
        Assessment a = HardshipAssessor.assess(264_001, 3, ILLNESS, LINE);
        assertThat(a.perCapitaIncomeFen()).isEqualTo(88_000);
        assertThat(a.severity()).isEqualTo(Severity.HARDSHIP);
        assertThat(HardshipAssessor.assess(264_000, 3, ILLNESS, LINE).severity()).isEqualTo(Severity.EXTREME_HARDSHIP);
    }

    @Test
    void accidentAboveTheLineIsAccidentStrickenAndAtLeastHardship() {
        assertThat(perPerson(80_000, ACCIDENT).category()).isEqualTo(HouseholdCategory.ACCIDENT_STRICKEN);
        assertThat(perPerson(80_000, ACCIDENT).severity()).isEqualTo(Severity.EXTREME_HARDSHIP);
        assertThat(perPerson(500_000, ACCIDENT).category()).isEqualTo(HouseholdCategory.ACCIDENT_STRICKEN);
        assertThat(perPerson(500_000, ACCIDENT).severity()).isEqualTo(Severity.HARDSHIP);
        // below the line the income test wins: 低保户 first
        assertThat(perPerson(10_000, ACCIDENT).category()).isEqualTo(HouseholdCategory.DIBAO);
    }

    @Test
    void thresholdsAreData() {
        Line strict = new Line(2026, 80_000, 105, 120);
        assertThat(HardshipAssessor.assess(88_000, 1, ILLNESS, strict).severity()).isEqualTo(Severity.HARDSHIP);
        assertThat(HardshipAssessor.assess(97_000, 1, ILLNESS, strict).severity()).isEqualTo(Severity.NONE);
    }

    @Test
    void withoutALineNothingIsAssessed() {
        Assessment a = HardshipAssessor.assess(100, 1, ILLNESS, null);
        assertThat(a.category()).isNull();
        assertThat(a.severity()).isNull();
        assertThat(a.perCapitaIncomeFen()).isEqualTo(100);
    }

    @Test
    void refusesImpossibleHouseholds() {
        assertThatThrownBy(() -> HardshipAssessor.assess(1, 0, ILLNESS, LINE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HardshipAssessor.assess(-1, 1, ILLNESS, LINE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void moreIncomeNeverMakesAHouseholdMoreSevere(@ForAll @LongRange(min = 0, max = 10_000_000) long income,
                                                   @ForAll @LongRange(min = 1, max = 1_000_000) long raise,
                                                   @ForAll @IntRange(min = 1, max = 12) int members,
                                                   @ForAll boolean accident) {
        Set<HardshipCause> causes = accident ? ACCIDENT : ILLNESS;
        Assessment before = HardshipAssessor.assess(income, members, causes, LINE);
        Assessment after = HardshipAssessor.assess(income + raise, members, causes, LINE);
        assertThat(after.severity().ordinal()).isGreaterThanOrEqualTo(before.severity().ordinal());
    }

    @Property
    void severityMatchesTheIncomeRuleForNonAccidentHouseholds(@ForAll @LongRange(min = 0, max = 5_000_000) long income,
                                                              @ForAll @IntRange(min = 1, max = 12) int members) {
        Assessment a = HardshipAssessor.assess(income, members, ILLNESS, LINE);
        double perCapita = (double) income / members;
        if (perCapita < 80_000 - 0.01) {
            assertThat(a.category()).isEqualTo(HouseholdCategory.DIBAO);
        }
        if (perCapita > 104_000 + 0.01) {
            assertThat(a.severity()).isEqualTo(Severity.NONE);
            assertThat(a.category()).isEqualTo(HouseholdCategory.NOT_ELIGIBLE);
        }
        if (perCapita < 88_000 - 0.01) {
            assertThat(a.severity()).isEqualTo(Severity.EXTREME_HARDSHIP);
        }
    }
}
