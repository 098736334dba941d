package org.weiyuan.wish;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** Limits on wishes, from configuration ({@code weiyuan.wishes.*}). */
@ConfigMapping(prefix = "weiyuan.wishes")
public interface WishConfig {

    /** How many wishes one household may have open at once. */
    @WithDefault("3")
    int maxOpenPerHousehold();

    /** Largest target per kind, in fen (kind name → fen). */
    Map<String, Long> maxTargetFen();

    /** How far ahead a deadline may be set. */
    @WithDefault("180")
    int maxDeadlineDays();

    default WishRules.Limits limits() {
        return new WishRules.Limits(maxOpenPerHousehold(), maxTargetFen(), maxDeadlineDays());
    }
}
