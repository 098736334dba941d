package org.weiyuan.followup;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A minimal {@link Clock} producer until the platform-wide one lands (issue 12): a
 * {@code @DefaultBean}, so any other {@code Clock} producer replaces it without ambiguity.
 */
@ApplicationScoped
public class FollowupClock {

    /** Business time: dates (quarters, due days, festivals) are China dates. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(BUSINESS_ZONE));
    }
}
