package org.weiyuan.funding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** 配捐防刷: the rate rule and the per-donor cap of {@link DonorMatchingRules}. */
@ConfigMapping(prefix = "weiyuan.matching")
public interface MatchingConfig {

    /** At most this many pledges of one donor in {@link #rateWindow()} are matched (腾讯公益: more than 5 a minute was not a person). */
    @WithDefault("4")
    int maxPledgesPerWindow();

    @WithDefault("PT1M")
    Duration rateWindow();

    /** What one donor may draw of a campaign's matching when the campaign states no cap (1,000 yuan). */
    @WithDefault("100000")
    long donorCapFen();
}
