package org.weiyuan.common;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Bean Validation judges dates by Beijing's calendar, whatever the server's zone. */
class ValidationClockTest {

    record Visit(@PastOrPresent LocalDate visitedOn) { }

    @Test
    void aWorkersTodayIsNotTheFutureJustAfterMidnightInChina() {
        // 00:30 on 2 December in Beijing is still 1 December in UTC
        Clock utc = Clock.fixed(Instant.parse("2026-12-01T16:30:00Z"), ZoneOffset.UTC);
        Validator beijing = Validation.byDefaultProvider().configure().clockProvider(new Clocks().validationClock(utc))
                .buildValidatorFactory().getValidator();
        assertThat(beijing.validate(new Visit(LocalDate.of(2026, 12, 2)))).isEmpty();
        assertThat(beijing.validate(new Visit(LocalDate.of(2026, 12, 3)))).hasSize(1);

        // what the JVM's own clock in UTC would have said: the worker's today is in the future
        Validator server = Validation.byDefaultProvider().configure().clockProvider(() -> utc)
                .buildValidatorFactory().getValidator();
        assertThat(server.validate(new Visit(LocalDate.of(2026, 12, 2)))).hasSize(1);
    }

    /** The validator keeps the clock it was first given: the clock must still move (the next day's visit is not "future"). */
    @Test
    void theCalendarMovesOnAfterTheValidatorFirstRan() {
        java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2026-12-01T02:00:00Z"));
        Clock moving = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { throw new UnsupportedOperationException(); }
            @Override public Instant instant() { return now.get(); }
        };
        Validator validator = Validation.byDefaultProvider().configure().clockProvider(new Clocks().validationClock(moving))
                .buildValidatorFactory().getValidator();
        assertThat(validator.validate(new Visit(LocalDate.of(2026, 12, 2)))).hasSize(1);
        now.set(Instant.parse("2026-12-01T16:30:00Z")); // 00:30 on 2 December in Beijing
        assertThat(validator.validate(new Visit(LocalDate.of(2026, 12, 2)))).isEmpty();
    }
}
