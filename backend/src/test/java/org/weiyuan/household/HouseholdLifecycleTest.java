package org.weiyuan.household;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.weiyuan.common.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weiyuan.household.HouseholdAction.*;
import static org.weiyuan.household.HouseholdStatus.*;

class HouseholdLifecycleTest {

    @Test
    void theHappyPath() {
        HouseholdStatus s = DRAFT;
        s = HouseholdLifecycle.next(s, SUBMIT);
        s = HouseholdLifecycle.next(s, ASK_QUESTION);
        assertThat(s).isEqualTo(NEEDS_INFO);
        s = HouseholdLifecycle.next(s, ANSWERS_COMPLETE);
        assertThat(s).isEqualTo(SUBMITTED);
        s = HouseholdLifecycle.next(s, START_VERIFICATION);
        s = HouseholdLifecycle.next(s, RECORD_VERIFICATION);
        s = HouseholdLifecycle.next(s, APPROVE);
        assertThat(s).isEqualTo(APPROVED);
        s = HouseholdLifecycle.next(s, EXIT);
        assertThat(s).isEqualTo(EXITED);
        assertThat(HouseholdLifecycle.next(s, REOPEN)).isEqualTo(SUBMITTED);
    }

    @ParameterizedTest
    @EnumSource(value = HouseholdStatus.class, names = {"UNDER_VERIFICATION"}, mode = EnumSource.Mode.EXCLUDE)
    void approvalOnlyFromVerification(HouseholdStatus from) {
        assertThatThrownBy(() -> HouseholdLifecycle.next(from, APPROVE))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.currentState()).isEqualTo(from.name());
                });
    }

    @Test
    void workersEditOnlyDraftsAndFilesWithQuestions() {
        for (HouseholdStatus s : HouseholdStatus.values()) {
            assertThat(HouseholdLifecycle.allowed(s, EDIT_BY_WORKER)).as(s.name()).isEqualTo(s == DRAFT || s == NEEDS_INFO);
        }
        assertThat(HouseholdLifecycle.allowed(APPROVED, EDIT_BY_STAFF)).isTrue();
        assertThat(HouseholdLifecycle.allowed(EXITED, EDIT_BY_STAFF)).isFalse();
    }

    @Test
    void closedFilesOnlyReopenOrAreRestoredOnAppeal() {
        for (HouseholdAction a : HouseholdAction.values()) {
            boolean reopen = a == REOPEN || a == REVERSE_ON_APPEAL;
            assertThat(HouseholdLifecycle.allowed(EXITED, a)).as(a.name()).isEqualTo(reopen);
            assertThat(HouseholdLifecycle.allowed(REJECTED, a)).as(a.name()).isEqualTo(reopen);
        }
    }

    @Test
    void aReversalOnAppealRestoresTheFile() {
        assertThat(HouseholdLifecycle.next(REJECTED, REVERSE_ON_APPEAL)).isEqualTo(SUBMITTED);
        assertThat(HouseholdLifecycle.next(EXITED, REVERSE_ON_APPEAL)).isEqualTo(APPROVED);
        assertThat(HouseholdLifecycle.allowed(APPROVED, REVERSE_ON_APPEAL)).isFalse();
    }
}
