package org.weiyuan.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of evidence uploads ({@code weiyuan.documents.*}). */
@ConfigMapping(prefix = "weiyuan.documents")
public interface EvidenceConfig {

    /** Largest accepted document in bytes; below the HTTP body limit (1 MB), which answers 413 first. */
    @WithDefault("1000000")
    long maxBytes();

    /** Documents one file may hold. */
    @WithDefault("50")
    int maxPerHousehold();
}
