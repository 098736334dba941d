package org.weiyuan.household;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weiyuan.household.HouseholdCategory.DIBAO;
import static org.weiyuan.household.HouseholdCategory.DIBAO_MARGINAL;
import static org.weiyuan.household.HouseholdCategory.NOT_ELIGIBLE;
import static org.weiyuan.household.Recheck.Result.CONFIRMED;
import static org.weiyuan.household.Recheck.Result.CORRECTED;
import static org.weiyuan.household.Recheck.Result.INELIGIBLE;
import static org.weiyuan.household.Severity.EXTREME_HARDSHIP;
import static org.weiyuan.household.Severity.HARDSHIP;
import static org.weiyuan.household.Severity.NONE;

class RecheckRulesTest {

    @Test
    void aFileIsDueOnItsDateAndAfterButNotBefore() {
        LocalDate approved = LocalDate.of(2025, 3, 1);
        LocalDate due = RecheckRules.nextDue(approved, 365);
        assertThat(due).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(RecheckRules.isDue(due, due.minusDays(1))).isFalse();
        assertThat(RecheckRules.isDue(due, due)).isTrue();
        assertThat(RecheckRules.isDue(due, due.plusDays(30))).isTrue();
        assertThatThrownBy(() -> RecheckRules.nextDue(approved, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyResultNeedsTheSignedCommitment() {
        for (Recheck.Result r : Recheck.Result.values()) {
            assertThatThrownBy(() -> RecheckRules.check(r, false, DIBAO, EXTREME_HARDSHIP, DIBAO_MARGINAL, HARDSHIP))
                    .isInstanceOf(DomainException.class);
        }
        RecheckRules.check(CONFIRMED, true, DIBAO, EXTREME_HARDSHIP, null, null);
        RecheckRules.check(INELIGIBLE, true, DIBAO, EXTREME_HARDSHIP, null, null);
    }

    @Test
    void aCorrectionNamesANewQualifyingCategoryAndSeverity() {
        RecheckRules.check(CORRECTED, true, DIBAO, EXTREME_HARDSHIP, DIBAO_MARGINAL, HARDSHIP);
        assertThatThrownBy(() -> RecheckRules.check(CORRECTED, true, DIBAO, EXTREME_HARDSHIP, null, HARDSHIP))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RecheckRules.check(CORRECTED, true, DIBAO, EXTREME_HARDSHIP, DIBAO, EXTREME_HARDSHIP))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RecheckRules.check(CORRECTED, true, DIBAO, EXTREME_HARDSHIP, NOT_ELIGIBLE, NONE))
                .isInstanceOf(DomainException.class);
    }
}
