package org.weiyuan.funding;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DonorMatchingRulesTest {

    private static final Instant AT = Instant.parse("2026-12-01T04:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static List<Instant> secondsBefore(long... seconds) {
        return java.util.Arrays.stream(seconds).mapToObj(AT::minusSeconds).toList();
    }

    @Test
    void fourInAMinuteIsAPersonFiveIsNot() {
        assertThat(DonorMatchingRules.tooFast(secondsBefore(0, 10, 20, 30), AT, 4, MINUTE)).isFalse();
        assertThat(DonorMatchingRules.tooFast(secondsBefore(0, 10, 20, 30, 59), AT, 4, MINUTE)).isTrue();
    }

    @Test
    void theWindowExcludesItsStartAndIgnoresLaterPledges() {
        // exactly a minute before is outside the window; a pledge after this one does not count against it
        assertThat(DonorMatchingRules.tooFast(secondsBefore(0, 10, 20, 30, 60), AT, 4, MINUTE)).isFalse();
        assertThat(DonorMatchingRules.tooFast(List.of(AT, AT.minusSeconds(1), AT.minusSeconds(2), AT.minusSeconds(3),
                AT.plusSeconds(1)), AT, 4, MINUTE)).isFalse();
        assertThat(DonorMatchingRules.tooFast(secondsBefore(0, 1), AT, 1, MINUTE)).isTrue();
    }

    @Test
    void theCapLeavesWhatIsNotYetDrawn() {
        assertThat(DonorMatchingRules.roomUnderCap(1_500L, 0)).isEqualTo(1_500);
        assertThat(DonorMatchingRules.roomUnderCap(1_500L, 1_000)).isEqualTo(500);
        assertThat(DonorMatchingRules.roomUnderCap(1_500L, 1_500)).isZero();
        assertThat(DonorMatchingRules.roomUnderCap(1_500L, 2_000)).isZero();
        assertThat(DonorMatchingRules.roomUnderCap(null, 1_000_000)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void theReasonNamesWhatHeldTheMatchBack() {
        assertThat(DonorMatchingRules.afterDraw(1_000, 1_000)).isNull();
        assertThat(DonorMatchingRules.afterDraw(1_000, 500)).isEqualTo(MatchRefusal.DONOR_CAP_REACHED);
        assertThat(DonorMatchingRules.afterDraw(1_000, 0)).isEqualTo(MatchRefusal.DONOR_CAP_REACHED);
        assertThat(DonorMatchingRules.afterDraw(0, 0)).isEqualTo(MatchRefusal.NO_POOL_LEFT);
    }
}
