package org.weiyuan.integrity;

import io.smallrye.mutiny.Uni;

/**
 * One named invariant of the platform's data (对账自检), checked on a schedule and on demand.
 * {@link #run()} reads only; it counts the rows that break the invariant and names a few of them.
 */
public interface InvariantCheck {

    /** How many offending ids a result carries at most. */
    int SAMPLE = 10;

    /** Stable, kebab-case: the metric tag, the health check's name and the API's {@code check}. */
    String name();

    Uni<CheckResult> run();
}
