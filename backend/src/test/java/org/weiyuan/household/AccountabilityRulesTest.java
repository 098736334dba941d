package org.weiyuan.household;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccountabilityRulesTest {

    private static final String CITY = "/root/province/city/";
    private static final String DISTRICT = CITY + "district/";

    private static int status(Runnable r) {
        try {
            r.run();
            return 0;
        } catch (DomainException e) {
            return e.status();
        }
    }

    @Test
    void onlyAFileExitedAsIneligibleCallsForAccountability() {
        assertThat(status(() -> AccountabilityRules.requireIneligible(HouseholdStatus.EXITED, ExitReason.INELIGIBLE_ON_RECHECK))).isZero();
        assertThat(status(() -> AccountabilityRules.requireIneligible(HouseholdStatus.EXITED, ExitReason.RE_EMPLOYED))).isEqualTo(409);
        assertThat(status(() -> AccountabilityRules.requireIneligible(HouseholdStatus.APPROVED, null))).isEqualTo(409);
    }

    @Test
    void theFindingNamesSomeoneTheTraceShowsInThatRole() {
        UUID approver = UUID.randomUUID();
        assertThat(status(() -> AccountabilityRules.requireInTrace(approver, AccountabilityRole.APPROVED, Set.of(approver)))).isZero();
        assertThatField(() -> AccountabilityRules.requireInTrace(UUID.randomUUID(), AccountabilityRole.APPROVED, Set.of(approver)));
    }

    private static void assertThatField(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.fieldProblems().get(0).field()).isEqualTo("staffSubject");
            return;
        }
        throw new AssertionError("expected a 422");
    }

    @Test
    void theHigherLevelHoldsTheLowerToAccountNeverOneself() {
        UUID recorder = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        assertThat(status(() -> AccountabilityRules.requireRecorder(recorder, staff, CITY, DISTRICT))).isZero();
        assertThat(status(() -> AccountabilityRules.requireRecorder(recorder, staff, "/root/", DISTRICT))).isZero();
        assertThat(status(() -> AccountabilityRules.requireRecorder(staff, staff, CITY, DISTRICT))).isEqualTo(403);
        assertThat(status(() -> AccountabilityRules.requireRecorder(recorder, staff, DISTRICT, DISTRICT))).isEqualTo(403);
        assertThat(status(() -> AccountabilityRules.requireRecorder(recorder, staff, CITY + "other/", DISTRICT))).isEqualTo(403);
        assertThat(status(() -> AccountabilityRules.requireRecorder(recorder, staff, DISTRICT + "below/", DISTRICT))).isEqualTo(403);
    }
}
