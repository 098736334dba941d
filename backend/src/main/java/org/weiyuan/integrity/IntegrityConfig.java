package org.weiyuan.integrity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every setting of the invariant checks (对账自检) in one place, with its default. Unknown names under
 * {@code weiyuan.invariants} fail the start. The two schedules are read by the scheduler itself, so
 * their values stay in application.properties (per profile: {@code off} in tests).
 */
@ConfigMapping(prefix = "weiyuan.invariants")
public interface IntegrityConfig {

    /** When a round runs (Quartz syntax, China time, {@code off} to disable); set in application.properties. */
    String cron();

    /** How often every replica reads the stored results into its metrics; set in application.properties. */
    String refreshEvery();

    /** How long the replica that took a round holds it; a crashed holder's lease simply runs out. */
    @WithDefault("PT10M")
    Duration lease();

    /** A pending push delivery due longer than this means no replica dispatches. */
    @WithDefault("PT15M")
    Duration outboxStuckAfter();

    /** A pledge still held this long after its hold ran out means the hold releaser stopped. */
    @WithDefault("PT10M")
    Duration holdReleaseGrace();

    /** Administrators (Keycloak subjects) told of a violation besides the operators; they have no staff row. */
    Optional<List<UUID>> admins();
}
