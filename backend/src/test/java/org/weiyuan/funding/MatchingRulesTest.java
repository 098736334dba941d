package org.weiyuan.funding;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingRulesTest {

    @Test
    void ratioCapBudgetAndRoomEachLimitTheMatch() {
        assertThat(MatchingRules.match(8_000, 100, 5_000, 0, 100_000, 12_000)).isEqualTo(5_000);   // cap
        assertThat(MatchingRules.match(8_000, 50, 5_000, 0, 100_000, 12_000)).isEqualTo(4_000);    // 1:2
        assertThat(MatchingRules.match(8_000, 100, 50_000, 0, 3_000, 12_000)).isEqualTo(3_000);    // budget
        assertThat(MatchingRules.match(8_000, 100, 50_000, 0, 100_000, 1_000)).isEqualTo(1_000);   // wish room
        assertThat(MatchingRules.match(8_000, 100, 5_000, 5_000, 100_000, 12_000)).isZero();       // cap used up
        assertThat(MatchingRules.match(3, 50, 5_000, 0, 100_000, 12_000)).isEqualTo(1);            // rounds down
    }

    @Property
    void aMatchNeverBreaksALimit(@ForAll @LongRange(min = 1, max = 10_000_000) long pledge,
                                 @ForAll @IntRange(min = 1, max = 1000) int ratio,
                                 @ForAll @LongRange(min = 1, max = 10_000_000) long cap,
                                 @ForAll @LongRange(min = 0, max = 10_000_000) long already,
                                 @ForAll @LongRange(min = 0, max = 10_000_000) long budgetLeft,
                                 @ForAll @LongRange(min = 0, max = 10_000_000) long room) {
        long m = MatchingRules.match(pledge, ratio, cap, already, budgetLeft, room);
        assertThat(m).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(budgetLeft).isLessThanOrEqualTo(room)
                .isLessThanOrEqualTo(pledge * ratio / 100);
        assertThat(already + m).isLessThanOrEqualTo(Math.max(cap, already));
    }
}
