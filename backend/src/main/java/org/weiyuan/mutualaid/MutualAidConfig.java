package org.weiyuan.mutualaid;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of workers' medical mutual aid ({@code weiyuan.mutual-aid.*}). */
@ConfigMapping(prefix = "weiyuan.mutual-aid")
public interface MutualAidConfig {

    /** A claim paying more than this (fen) needs a second approver besides the first (default 50,000 yuan). */
    @WithDefault("5000000")
    long secondApprovalAboveFen();

    /** Largest XLSX enrolment import, in rows. */
    @WithDefault("100000")
    int importMaxRows();

    /** Largest claim document (image or PDF), in bytes; under the HTTP body limit so the answer names the field. */
    @WithDefault("1000000")
    int documentMaxBytes();

    /** Documents one claim may hold. */
    @WithDefault("20")
    int documentsPerClaim();
}
