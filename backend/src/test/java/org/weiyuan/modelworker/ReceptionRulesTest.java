package org.weiyuan.modelworker;

import org.junit.jupiter.api.Test;
import org.weiyuan.modelworker.ModelWorkerPolicy.ServiceType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReceptionRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void receptionDaysFallOnTheirWeekdayFromTodayOn() {
        assertThat(ReceptionRules.upcoming(DayOfWeek.TUESDAY, MONDAY, 3, Set.of()))
                .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 15));
        // today itself, when it is the day
        assertThat(ReceptionRules.upcoming(DayOfWeek.MONDAY, MONDAY, 1, Set.of())).containsExactly(MONDAY);
    }

    @Test
    void daysOffAreSkippedAndTheCountStillMet() {
        Set<LocalDate> off = Set.of(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 15));
        assertThat(ReceptionRules.upcoming(DayOfWeek.TUESDAY, MONDAY, 3, off))
                .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29));
    }

    @Test
    void theListIsCappedAndNeverNegative() {
        assertThat(ReceptionRules.upcoming(DayOfWeek.TUESDAY, MONDAY, 1000, Set.of())).hasSize(ReceptionRules.MAX_UPCOMING);
        assertThat(ReceptionRules.upcoming(DayOfWeek.TUESDAY, MONDAY, -1, Set.of())).isEmpty();
    }

    @Test
    void aDayOffMustBeAReceptionDay() {
        assertThat(ReceptionRules.offDayRefusal(DayOfWeek.TUESDAY, LocalDate.of(2026, 12, 8))).isNull();
        assertThat(ReceptionRules.offDayRefusal(DayOfWeek.TUESDAY, LocalDate.of(2026, 12, 9)))
                .isEqualTo("problem.model-worker.reception-off-weekday");
    }

    @Test
    void hoursRunForward() {
        assertThat(ReceptionRules.hoursValid(LocalTime.of(9, 0), LocalTime.of(11, 30))).isTrue();
        assertThat(ReceptionRules.hoursValid(LocalTime.of(9, 0), LocalTime.of(9, 0))).isFalse();
        assertThat(ReceptionRules.hoursValid(LocalTime.of(14, 0), LocalTime.of(9, 0))).isFalse();
    }

    @Test
    void onlyConsentingDemonstrationModelWorkersAreOnTheHonourBoard() {
        LocalDate consent = LocalDate.of(2026, 5, 1);
        assertThat(ReceptionRules.onHonourBoard(ServiceType.DEMONSTRATION, consent)).isTrue();
        assertThat(ReceptionRules.onHonourBoard(ServiceType.DEMONSTRATION, null)).isFalse();
        assertThat(ReceptionRules.onHonourBoard(ServiceType.ASSISTANCE, consent)).isFalse();
        assertThat(ReceptionRules.onHonourBoard(ServiceType.CARE, consent)).isFalse();
    }
}
