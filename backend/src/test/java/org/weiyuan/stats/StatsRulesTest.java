package org.weiyuan.stats;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;

import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatsRulesTest {

    static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    void monthRangeDefaultsToTheLastMonthsEndingNow() {
        MonthRange r = MonthRange.parse(null, null, NOW, 12, 36);
        assertThat(r.from()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(r.months()).hasSize(12).startsWith("2026-01").endsWith("2026-12");
        assertThat(MonthRange.parse(null, "2025-06", NOW, 12, 36).from()).isEqualTo(YearMonth.of(2024, 7));
    }

    @Test
    void monthRangeIsBoundedOrderedAndReadable() {
        assertThat(MonthRange.parse("2024-01", "2026-12", NOW, 12, 36).months()).hasSize(36);
        assertThatThrownBy(() -> MonthRange.parse("2023-12", "2026-12", NOW, 12, 36))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.messageKey()).isEqualTo("problem.stats.month-range");
                });
        assertThatThrownBy(() -> MonthRange.parse("2026-05", "2026-04", NOW, 12, 36))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("problem.stats.month-order"));
        for (String bad : new String[] {"2026-13", "May", "2026/01", "1999-12", "2026-1"}) {
            assertThatThrownBy(() -> MonthRange.parse(bad, null, NOW, 12, 36)).as(bad)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("from"));
        }
    }

    @Test
    void monthsAreChinaTimeMonths() {
        MonthRange r = MonthRange.parse("2026-01", "2026-01", NOW, 12, 36);
        // 1 January 00:00 in Beijing is 31 December 16:00 UTC
        assertThat(r.start()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
        assertThat(r.end()).isEqualTo(Instant.parse("2026-01-31T16:00:00Z"));
    }

    @Test
    void yuanFromFenIsExact() {
        assertThat(Yuan.text(123_456)).isEqualTo("1234.56");
        assertThat(Yuan.text(5)).isEqualTo("0.05");
        assertThat(Yuan.text(-5)).isEqualTo("-0.05");
        assertThat(Yuan.text(0)).isEqualTo("0.00");
        assertThat(Yuan.text(Long.MAX_VALUE)).isEqualTo("92233720368547758.07");
        // a sum that floating point gets wrong (0.1 + 0.2) stays exact in fen
        assertThat(Yuan.of(10 + 20)).isEqualByComparingTo("0.30");
        assertThat(Yuan.of(100).scale()).isEqualTo(2);
    }

    @Test
    void ageBucketsAgreeWithTheirSql() {
        assertThat(AgeBucket.of(0)).isEqualTo(AgeBucket.DAYS_0_7);
        assertThat(AgeBucket.of(-1)).isEqualTo(AgeBucket.DAYS_0_7);
        assertThat(AgeBucket.of(7)).isEqualTo(AgeBucket.DAYS_0_7);
        assertThat(AgeBucket.of(8)).isEqualTo(AgeBucket.DAYS_8_30);
        assertThat(AgeBucket.of(30)).isEqualTo(AgeBucket.DAYS_8_30);
        assertThat(AgeBucket.of(31)).isEqualTo(AgeBucket.DAYS_31_90);
        assertThat(AgeBucket.of(90)).isEqualTo(AgeBucket.DAYS_31_90);
        assertThat(AgeBucket.of(91)).isEqualTo(AgeBucket.DAYS_OVER_90);
        assertThat(AgeBucket.sqlCase("d")).isEqualTo("case when d <= 7 then 'DAYS_0_7' when d <= 30 then 'DAYS_8_30'"
                + " when d <= 90 then 'DAYS_31_90' else 'DAYS_OVER_90' end");
    }

    @Test
    void everyKeyHasAChineseAndEnglishLabel() {
        for (HouseholdDimension d : HouseholdDimension.values()) {
            for (String key : d.keys()) {
                StatsLabels.Label l = StatsLabels.of(key);
                assertThat(l.zh()).as(key).isNotEqualTo(key);
                assertThat(l.en()).as(key).isNotBlank();
            }
        }
        for (Enum<?> e : org.weiyuan.wish.WishStatus.values()) {
            assertThat(StatsLabels.of(e.name()).zh()).as(e.name()).isNotEqualTo(e.name());
        }
        for (Enum<?> e : org.weiyuan.services.ServiceCategory.values()) {
            assertThat(StatsLabels.of(e.name()).zh()).as(e.name()).isNotEqualTo(e.name());
        }
        assertThat(StatsLabels.of("DIBAO").both()).isEqualTo("低保户 Dibao household");
    }
}
