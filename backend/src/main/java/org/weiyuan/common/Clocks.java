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
        return () -> Clock.fixed(clock.instant(), BusinessTime.ZONE); // read each time: tests move the clock
    }
}
