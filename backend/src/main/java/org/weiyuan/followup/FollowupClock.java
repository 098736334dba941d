package org.weiyuan.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.weiyuan.common.BusinessTime;

/** Business dates of the follow-up work (quarters, due days, festivals): China dates from the platform's clock. */
final class FollowupClock {

    /** Business time: dates (quarters, due days, festivals) are China dates. */
    public static final ZoneId BUSINESS_ZONE = BusinessTime.ZONE;

    private FollowupClock() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), BUSINESS_ZONE);
    }
}
