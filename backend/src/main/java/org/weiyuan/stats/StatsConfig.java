package org.weiyuan.stats;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of dashboards and exports ({@code weiyuan.stats.*}). */
@ConfigMapping(prefix = "weiyuan.stats")
public interface StatsConfig {

    /** Longest month range a monthly chart answers (a request beyond it is refused, 400). */
    @WithDefault("36")
    int maxMonths();

    /** Months shown when the caller names no range: this month and the ones before it. */
    @WithDefault("12")
    int defaultMonths();

    /** Rows a work-list export reads from PostgreSQL at a time (a cursor, so memory stays flat). */
    @WithDefault("500")
    int exportFetchSize();

    /** Largest work-list export, in rows; the sheet ends with a note when it is cut there. */
    @WithDefault("200000")
    int exportMaxRows();
}
