package org.weiyuan.common;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one clock of the application. Production reads the system clock in UTC; tests replace the
 * {@link Clock} bean with a movable one (the producer is a {@link DefaultBean}).
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    BusinessTime businessTime(Clock clock) {
        return new BusinessTime(clock);
    }

    /**
     * The clock Bean Validation judges {@code @PastOrPresent} and {@code @Future} dates by: the
     * application's clock in Beijing time. With the JVM's zone (UTC on a server) a worker's "today"
     * was refused as a future date between midnight and 08:00 in China.
     */
    @Produces
    @Singleton
    jakarta.validation.ClockProvider validationClock(Clock clock) {
        // Hibernate Validator takes the clock once, when a constraint's validator is initialised, and
        // keeps it: a clock fixed at that instant would judge every later date by the first day's calendar.
        Clock live = new InZone(clock, BusinessTime.ZONE);
        return () -> live;
    }

    /** The application's clock read afresh on every call, in another zone (a test clock keeps moving). */
    static final class InZone extends Clock {
        private final Clock source;
        private final java.time.ZoneId zone;

        InZone(Clock source, java.time.ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public java.time.ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(java.time.ZoneId other) {
            return new InZone(source, other);
        }

        @Override
        public java.time.Instant instant() {
            return source.instant();
        }
    }
}
