package org.weiyuan.followup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Follow-up settings ({@code weiyuan.followup.*}); the scheduled jobs' period is {@code weiyuan.followup.jobs-every}. */
@ConfigMapping(prefix = "weiyuan.followup")
public interface FollowupConfig {

    /** How often the reminder and visit-task jobs run ("off" in tests, which call them directly). */
    @WithDefault("6h")
    String jobsEvery();

    /** The rule where no unit up the tree defines one: 3 × "1·2". */
    @WithDefault("2")
    int defaultMinHouseholds();

    @WithDefault("2")
    int defaultContactsPerQuarter();

    @WithDefault("2")
    int defaultVisitsPerYear();

    /** Days before a festival its visit task appears in the helper's queue. */
    @WithDefault("14")
    int festivalLeadDays();

    /** Days before a household head's birthday its visit task appears. */
    @WithDefault("7")
    int birthdayLeadDays();

    /** Days between two reminders about the same overdue household. */
    @WithDefault("7")
    int remindEveryDays();

    /** Days a new measure is given when the plan names no due date. */
    @WithDefault("90")
    int defaultMeasureDays();
}
