package org.weiyuan.wish;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The public feed's cache ({@code weiyuan.feed.*}). */
@ConfigMapping(prefix = "weiyuan.feed")
public interface FeedConfig {

    /**
     * How long a feed page or the district counts are served from memory at most: the staleness
     * bound when no signal comes (a lost NOTIFY, a replica not listening). 0: no cache.
     */
    @WithDefault("PT2S")
    Duration cacheTtl();

    /** Most cached pages (filters × sorts × cursors × limits) per replica. */
    @WithDefault("2000")
    int cacheEntries();

    /** How often a replica tells the others that its pledges moved progress figures (coalesced). */
    @WithDefault("250ms")
    String signalEvery();
}
