package org.weiyuan.common.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long the answers to Idempotency-Keys of staff and worker actions are kept ({@code weiyuan.idempotency.*}). */
@ConfigMapping(prefix = "weiyuan.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key's answer is kept: longer than a phone stays offline with actions queued (a replay
     * after it runs the action again).
     */
    @WithDefault("P30D")
    Duration retention();

    /** How often a replica forgets the keys older than {@link #retention()} ("off" in tests, which call the purge). */
    @WithDefault("1h")
    String purgeEvery();
}
