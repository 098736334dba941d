package org.weiyuan.funding;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecoveryRulesTest {

    @Test
    void aRecoveryClaimsNoMoreThanWasHandedOverAndNotYetClaimed() {
        RecoveryRules.checkAmount(30_000, 50_000, 20_000);
        assertThatThrownBy(() -> RecoveryRules.checkAmount(30_001, 50_000, 20_000)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RecoveryRules.checkAmount(0, 50_000, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RecoveryRules.checkAmount(1, 0, 0)).isInstanceOf(DomainException.class);
    }

    @Test
    void anInstalmentIsAtMostWhatIsStillOwed() {
        RecoveryRules.checkInstalment(10_000, 30_000, 20_000);
        assertThatThrownBy(() -> RecoveryRules.checkInstalment(10_001, 30_000, 20_000)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RecoveryRules.checkInstalment(1, 30_000, 30_000)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RecoveryRules.checkInstalment(-5, 30_000, 0)).isInstanceOf(DomainException.class);
    }
}
