package org.weiyuan.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.weiyuan.matching.JobScorer;

/** Weights and thresholds of job matching (weiyuan.matching.*), tunable without a release. */
@ConfigMapping(prefix = "weiyuan.matching")
public interface MatchingConfig {

    Weights weights();

    /** A score at or above this (0–100) is a strong match: the worker is told of the new listing. */
    @WithDefault("80")
    double strongMatch();

    /** At most this many workers are told of one new listing (the best ones). */
    @WithDefault("50")
    int strongMatchNotices();

    interface Weights {
        @WithDefault("35") double skills();
        @WithDefault("15") double distance();
        @WithDefault("20") double wage();
        @WithDefault("15") double schedule();
        @WithDefault("5") double training();
        @WithDefault("10") double freshness();
        @WithDefault("30") double maxDistanceKm();
        @WithDefault("30") int freshnessDays();
        @WithDefault("10") double extremeHardshipLift();
        @WithDefault("5") double hardshipLift();
    }

    default JobScorer.Weights scorerWeights() {
        Weights w = weights();
        return new JobScorer.Weights(w.skills(), w.distance(), w.wage(), w.schedule(), w.training(), w.freshness(),
                w.maxDistanceKm(), w.freshnessDays(), w.extremeHardshipLift(), w.hardshipLift());
    }
}
