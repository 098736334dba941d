package org.weiyuan.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The platform's time (业务时间): instants in UTC, business dates (deadlines, expiry days, 年度) in
 * China Standard Time, both read from one {@link Clock} so that tests can move time by moving the clock.
 * Plain class: {@link Clocks} makes it a bean; unit tests build it on {@link Clock#fixed}.
 */
public final class BusinessTime {

    /** Dates in the business (deadlines, poverty-line years, report days) are Beijing dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    public BusinessTime(Clock clock) {
        this.clock = clock;
    }

    /** Now, to the microsecond: the database keeps microseconds, and the audit chain hashes what it gives back. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today's date in Beijing. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public int year() {
        return today().getYear();
    }

    /** The Beijing date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The first instant of a Beijing date. */
    public static ZonedDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZONE);
    }
}
