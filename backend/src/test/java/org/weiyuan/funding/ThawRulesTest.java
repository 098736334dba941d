package org.weiyuan.funding;

import org.junit.jupiter.api.Test;
import org.weiyuan.household.HouseholdReinstatements.StillFrozenReason;
import org.weiyuan.wish.WishAction;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ThawRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aWishHandedOverGoesBackToItsHandOverWhateverElse() {
        assertThat(ThawRules.decide(true, 30_000, 0, 25_000, TODAY.minusDays(5), TODAY).action())
                .isEqualTo(WishAction.UNFREEZE_HANDED_OVER);
    }

    @Test
    void aWishWhoseDonorsWereRefundedOrMovedStaysFrozen() {
        ThawRules.Decision d = ThawRules.decide(true, 5_000, 5_000, 0, TODAY.plusDays(5), TODAY);
        assertThat(d.action()).isNull();
        assertThat(d.stays()).isEqualTo(StillFrozenReason.DONORS_SETTLED);
        assertThat(ThawRules.decide(true, 1, 0, 0, TODAY.plusDays(5), TODAY).stays()).isEqualTo(StillFrozenReason.DONORS_SETTLED);
    }

    @Test
    void anUntouchedWishReturnsToTheFeedUnlessItsDeadlinePassedAndAnUnpublishedOneToTheDraft() {
        assertThat(ThawRules.decide(true, 0, 0, 0, TODAY, TODAY).action()).isEqualTo(WishAction.UNFREEZE_TO_FEED);
        assertThat(ThawRules.decide(true, 0, 0, 0, TODAY.minusDays(1), TODAY).stays()).isEqualTo(StillFrozenReason.DEADLINE_PASSED);
        assertThat(ThawRules.decide(false, 0, 0, 0, TODAY.minusDays(1), TODAY).action()).isEqualTo(WishAction.UNFREEZE_TO_DRAFT);
    }
}
