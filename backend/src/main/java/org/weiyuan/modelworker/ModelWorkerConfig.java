package org.weiyuan.modelworker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Model-worker care settings ({@code weiyuan.model-workers.*}). */
@ConfigMapping(prefix = "weiyuan.model-workers")
public interface ModelWorkerConfig {

    /** How often the visit-task job runs ("off" in tests, which call it directly). */
    @WithDefault("6h")
    String jobsEvery();

    /** Days before a festival (五一, 重阳, 春节, …) its visit task appears. */
    @WithDefault("14")
    int festivalLeadDays();

    /** Days before a model worker's birthday its visit task appears. */
    @WithDefault("7")
    int birthdayLeadDays();

    /** A visit closes open visit tasks due within this many days of it. */
    @WithDefault("14")
    int visitClosesTasksWithinDays();
}
