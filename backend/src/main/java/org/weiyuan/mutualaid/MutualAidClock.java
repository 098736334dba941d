package org.weiyuan.mutualaid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The clock mutual aid reads "today" from (UTC). Minimal and local to this package until the
 * platform has one producer for all features; tests may replace it with an alternative bean.
 */
@ApplicationScoped
public class MutualAidClock {

    @Produces
    @ApplicationScoped
    @MutualAid
    Clock clock() {
        return Clock.systemUTC();
    }
}
