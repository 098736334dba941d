package org.weiyuan.funding;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundRulesTest {

    @Test
    void aFundGivesOnlyWhatItHolds() {
        assertThat(RefundRules.bookable(10_000, 7_000, 0)).isEqualTo(7_000);
        assertThat(RefundRules.bookable(2_000, 7_000, 0)).isEqualTo(2_000);
        assertThat(RefundRules.bookable(9_000, 7_000, 5_000)).isEqualTo(2_000);
        assertThat(RefundRules.bookable(0, 7_000, 0)).isZero();
        assertThat(RefundRules.bookable(-300, 7_000, 0)).isZero(); // an overdrawn fund (from before V176) gives nothing
        assertThat(RefundRules.bookable(5_000, 7_000, 7_000)).isZero();
    }

    @Test
    void theRefundsStateFollowsItsAmounts() {
        assertThat(RefundRules.status(0, 0, 0)).isNull();
        assertThat(RefundRules.status(7_000, 2_000, 0)).isEqualTo(Recovery.RefundStatus.AWAITING_FUNDS);
        assertThat(RefundRules.status(7_000, 7_000, 2_000)).isEqualTo(Recovery.RefundStatus.PAYABLE);
        assertThat(RefundRules.status(7_000, 7_000, 7_000)).isEqualTo(Recovery.RefundStatus.PAID);
    }

    @Test
    void aPayoutIsAtMostWhatIsOwedLessWhatIsPaidOrPending() {
        RefundRules.checkPayout(3_000, 7_000, 2_000, 2_000);
        assertThatThrownBy(() -> RefundRules.checkPayout(3_001, 7_000, 2_000, 2_000)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(422));
        assertThatThrownBy(() -> RefundRules.checkPayout(0, 7_000, 0, 0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(422));
        assertThatThrownBy(() -> RefundRules.checkPayout(1, 7_000, 7_000, 0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> RefundRules.checkPayout(1, 0, 0, 0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void anApprovedPayoutIsPaidOnlyFromWhatIsBooked() {
        RefundRules.checkPayable(2_000, 7_000, 5_000);
        assertThatThrownBy(() -> RefundRules.checkPayable(2_001, 7_000, 5_000)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(409));
    }
}
