package org.weiyuan.notify;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuietHoursTest {

    private static final ZoneId SHANGHAI = QuietHours.CHINA;

    private static Instant at(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 22, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    @Test
    void aNightWindowSpansMidnightInTheUsersZone() {
        QuietHours night = QuietHours.parse("22:00-07:00", SHANGHAI);
        assertThat(night.covers(at(23, 30))).isTrue();
        assertThat(night.covers(at(2, 0))).isTrue();
        assertThat(night.covers(at(22, 0))).isTrue();
        assertThat(night.covers(at(7, 0))).isFalse();
        assertThat(night.covers(at(12, 0))).isFalse();
        assertThat(night.covers(at(21, 59))).isFalse();
    }

    @Test
    void aDayWindowAndNoWindow() {
        QuietHours nap = QuietHours.parse("12:00-14:00", SHANGHAI);
        assertThat(nap.covers(at(13, 0))).isTrue();
        assertThat(nap.covers(at(14, 0))).isFalse();
        assertThat(nap.covers(at(11, 59))).isFalse();
        assertThat(QuietHours.parse("none", SHANGHAI).covers(at(3, 0))).isFalse();
    }

    @Test
    void theZoneDecidesWhatNightIs() {
        // 23:30 in Shanghai is 15:30 in London: quiet for one, not for the other
        assertThat(QuietHours.parse("22:00-07:00", ZoneId.of("Europe/London")).covers(at(23, 30))).isFalse();
    }

    @Test
    void malformedWindowsAreRefused() {
        assertThatThrownBy(() -> QuietHours.parse("22:00", SHANGHAI)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void anHourIsQuietExactlyWhenItIsInsideTheWindow(@ForAll @IntRange(max = 23) int from, @ForAll @IntRange(max = 23) int until,
                                                   @ForAll @IntRange(max = 23) int hour) {
        QuietHours q = new QuietHours(LocalTime.of(from, 0), LocalTime.of(until, 0), SHANGHAI);
        boolean inside = from == until || (from < until ? hour >= from && hour < until : hour >= from || hour < until);
        assertThat(q.covers(at(hour, 30))).isEqualTo(inside);
    }
}
