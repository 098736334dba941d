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

    /** How often a replica looks for an import job to run ({@code off} turns the runner off). */
    @WithDefault("1s")
    String importEvery();

    /** Sheet rows enrolled per transaction of an import job (its progress is committed with each batch). */
    @WithDefault("1000")
    int importBatchRows();

    /** How long a replica holds an import job without renewing it; past it another replica resumes the job. */
    @WithDefault("PT2M")
    java.time.Duration importLease();

    /** Claims of one job (a replica dying under it) before it is failed visibly instead of resumed again. */
    @WithDefault("3")
    int importMaxAttempts();

    /** A gateway payment still pending after this long expires: nothing is posted and its shares can be paid again. */
    @WithDefault("PT30M")
    java.time.Duration paymentExpiresAfter();

    /** How often pending payments are checked for expiry ({@code off} turns the job off). */
    @WithDefault("1m")
    String paymentExpiryEvery();
}
