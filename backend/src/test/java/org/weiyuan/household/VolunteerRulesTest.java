package org.weiyuan.household;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VolunteerRulesTest {

    private final UUID volunteer = UUID.randomUUID();

    @Test
    void onlyAFileUnderVerificationTakesAVolunteerAndNeverItsOwnWorkerOrRegistrar() {
        VolunteerRules.checkAssignable(HouseholdStatus.UNDER_VERIFICATION, volunteer, UUID.randomUUID(), UUID.randomUUID());
        for (HouseholdStatus s : HouseholdStatus.values()) {
            if (s != HouseholdStatus.UNDER_VERIFICATION) {
                assertThatThrownBy(() -> VolunteerRules.checkAssignable(s, volunteer, null, UUID.randomUUID()))
                        .isInstanceOf(DomainException.class);
            }
        }
        assertThatThrownBy(() -> VolunteerRules.checkAssignable(HouseholdStatus.UNDER_VERIFICATION, volunteer, volunteer, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> VolunteerRules.checkAssignable(HouseholdStatus.UNDER_VERIFICATION, volunteer, null, volunteer))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aVisitIsOpenOnlyWhileNotClosedInTheFilesCycleAndTheFileUnderVerification() {
        assertThat(VolunteerRules.open(VolunteerVisit.Status.OPEN, 1, HouseholdStatus.UNDER_VERIFICATION, 1)).isTrue();
        assertThat(VolunteerRules.open(VolunteerVisit.Status.DONE, 1, HouseholdStatus.UNDER_VERIFICATION, 1)).isFalse();
        assertThat(VolunteerRules.open(VolunteerVisit.Status.CANCELLED, 1, HouseholdStatus.UNDER_VERIFICATION, 1)).isFalse();
        assertThat(VolunteerRules.open(VolunteerVisit.Status.OPEN, 1, HouseholdStatus.UNDER_VERIFICATION, 2)).isFalse();
        assertThat(VolunteerRules.open(VolunteerVisit.Status.OPEN, 1, HouseholdStatus.APPROVED, 1)).isFalse();
    }
}
