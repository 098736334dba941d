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
}
