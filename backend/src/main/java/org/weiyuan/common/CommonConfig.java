package org.weiyuan.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The shared kernel's settings in one place, with their defaults: limits on the request itself
 * ({@link HttpLimits}), the database outage probe ({@link DatabaseOutage}) and the benchmarks'
 * simulated latency ({@link org.weiyuan.common.db.SimulatedLatency}). Unknown names under
 * {@code weiyuan.server} fail the start.
 */
@ConfigMapping(prefix = "weiyuan.server")
public interface CommonConfig {

    Http http();

    Database database();

    Bench bench();

    interface Http {
        /** Longer addresses are answered 414 problem+json. */
        @WithDefault("8192")
        int maxUriLength();

        /** A request body still arriving this long after its headers is answered 408 and the connection closed. */
        @WithDefault("30S")
        Duration requestDeadline();
    }

    interface Database {
        /** While an outage lasts, how often the probe tries {@code select 1}. */
        @WithDefault("1s")
        Duration outageProbeEvery();
    }

    interface Bench {
        /** A benchmark's stand-in for network round trips inside a write transaction; 0 (off) unless a bench sets it. */
        @WithDefault("PT0S")
        Duration inTransactionDelay();
    }
}
