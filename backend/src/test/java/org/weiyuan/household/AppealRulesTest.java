package org.weiyuan.household;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.weiyuan.common.DomainException;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppealRulesTest {

    private static final String CITY = "/root/province/city/";
    private static final String DISTRICT = CITY + "district/";
    private static final String SIBLING = CITY + "other-district/";
    private static final Instant DECIDED = Instant.parse("2026-11-01T08:00:00Z");

    private static int status(Runnable r) {
        try {
            r.run();
            return 0;
        } catch (DomainException e) {
            return e.status();
        }
    }

    @Test
    void onlyRejectedAndExitedFilesAppeal() {
        assertThat(AppealRules.decisionOf(HouseholdStatus.REJECTED)).isEqualTo(AppealedDecision.REJECTED);
        assertThat(AppealRules.decisionOf(HouseholdStatus.EXITED)).isEqualTo(AppealedDecision.EXITED);
    }

    @ParameterizedTest
    @EnumSource(value = HouseholdStatus.class, names = {"REJECTED", "EXITED"}, mode = EnumSource.Mode.EXCLUDE)
    void anyOtherStateIsAConflictNamingIt(HouseholdStatus s) {
        assertThatThrownBy(() -> AppealRules.decisionOf(s)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.currentState()).isEqualTo(s.name());
        });
    }

    @Test
    void theDeadlineCountsFromTheDecisionAndItsLastMomentStillCounts() {
        Instant deadline = AppealRules.deadline(DECIDED, 30);
        assertThat(deadline).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(AppealRules.requireInTime(DECIDED, deadline, 30)).isEqualTo(deadline);
        assertThat(status(() -> AppealRules.requireInTime(DECIDED, deadline.plusNanos(1000), 30))).isEqualTo(409);
        assertThat(status(() -> AppealRules.requireInTime(null, deadline, 30))).isEqualTo(409);
        assertThatThrownBy(() -> AppealRules.deadline(DECIDED, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDeciderNeverReviewsAndTheReviewerSitsAboveTheDecidingUnit() {
        UUID decider = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        assertThat(status(() -> AppealRules.requireReviewer(other, decider, CITY, DISTRICT, false))).isZero();
        assertThat(status(() -> AppealRules.requireReviewer(other, decider, "/root/", DISTRICT, false))).isZero();
        // the decider, even from a unit above
        assertThat(status(() -> AppealRules.requireReviewer(decider, decider, CITY, DISTRICT, false))).isEqualTo(403);
        // a colleague of the same unit, a sibling, someone below
        assertThat(status(() -> AppealRules.requireReviewer(other, decider, DISTRICT, DISTRICT, false))).isEqualTo(403);
        assertThat(status(() -> AppealRules.requireReviewer(other, decider, SIBLING, DISTRICT, false))).isEqualTo(403);
        assertThat(status(() -> AppealRules.requireReviewer(other, decider, DISTRICT + "community/", DISTRICT, false))).isEqualTo(403);
        // at the top of the tree there is no unit above: another staff member of that unit reviews
        assertThat(status(() -> AppealRules.requireReviewer(other, decider, "/root/", "/root/", true))).isZero();
        assertThat(status(() -> AppealRules.requireReviewer(decider, decider, "/root/", "/root/", true))).isEqualTo(403);
        // an unknown decider (decisions older than appeals) only needs the level
        assertThat(status(() -> AppealRules.requireReviewer(other, null, CITY, DISTRICT, false))).isZero();
    }

    @Test
    void whoFiledTheAppealForTheHouseholdDoesNotDecideIt() {
        UUID filer = UUID.randomUUID();
        assertThat(status(() -> AppealRules.requireNotFiler(UUID.randomUUID(), filer))).isZero();
        assertThat(status(() -> AppealRules.requireNotFiler(filer, filer))).isEqualTo(403);
    }

    @Test
    void anAppealIsDecidedOnceAndAReversalNeedsTheFileStillUnderTheAppealedDecision() {
        assertThat(status(() -> AppealRules.requirePending(AppealStatus.PENDING))).isZero();
        assertThat(status(() -> AppealRules.requirePending(AppealStatus.UPHELD))).isEqualTo(409);
        assertThat(status(() -> AppealRules.requirePending(AppealStatus.REVERSED))).isEqualTo(409);

        assertThat(status(() -> AppealRules.requireStillDecided(DECIDED, DECIDED, HouseholdStatus.EXITED, AppealedDecision.EXITED))).isZero();
        // reopened and decided again since: a newer decision, not the appealed one
        assertThat(status(() -> AppealRules.requireStillDecided(DECIDED, DECIDED.plusSeconds(60), HouseholdStatus.EXITED,
                AppealedDecision.EXITED))).isEqualTo(409);
        // reopened and under review now
        assertThat(status(() -> AppealRules.requireStillDecided(DECIDED, null, HouseholdStatus.SUBMITTED,
                AppealedDecision.REJECTED))).isEqualTo(409);
        assertThat(status(() -> AppealRules.requireStillDecided(DECIDED, DECIDED, HouseholdStatus.REJECTED,
                AppealedDecision.EXITED))).isEqualTo(409);
    }
}
