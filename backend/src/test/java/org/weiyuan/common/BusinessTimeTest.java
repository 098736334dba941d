package org.weiyuan.common;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessTimeTest {

    @Test
    void businessDatesAreBeijingDatesWhileInstantsStayUtc() {
        // 16:30 UTC on New Year's Eve is 00:30 on New Year's Day in Beijing
        BusinessTime time = new BusinessTime(Clock.fixed(Instant.parse("2026-12-31T16:30:00.123456789Z"), ZoneOffset.UTC));
        assertThat(time.today()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(time.year()).isEqualTo(2027);
        assertThat(time.now()).isEqualTo(Instant.parse("2026-12-31T16:30:00.123456Z"));
        assertThat(BusinessTime.dateOf(Instant.parse("2026-12-31T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(BusinessTime.startOf(LocalDate.of(2027, 1, 1)).toInstant()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    }
}
