package org.weiyuan.support;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system clock plus an offset that a test moves forward to say
 * "this much time passed" (a hold ran out, a deadline went by, a retry came due). It replaces the
 * production {@code Clock} bean (a default bean) for every @QuarkusTest. A test that moves it puts it
 * back with {@link #reset()} so that the next test starts at the real time again.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application's clock is UTC; business dates go through BusinessTime");
    }
}
