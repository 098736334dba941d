package org.weiyuan.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Sealing and checkpoints of the audit chain (审计链), from configuration ({@code weiyuan.audit.*}). */
@ConfigMapping(prefix = "weiyuan.audit")
public interface AuditConfig {

    /** How often a replica tries to seal ("off" in tests, which trigger {@link AuditSealer} directly). */
    @WithDefault("1s")
    String sealEvery();

    /** Most entries linked in one sealing transaction. */
    @WithDefault("5000")
    int sealBatch();

    /**
     * The promised bound on an entry's time unsealed; verification says whether the oldest unsealed
     * entry is within it. Several sealing periods, so one missed round (a replica restarting) is not
     * a breach.
     */
    @WithDefault("PT1M")
    Duration maxUnsealedAge();

    /** When the daily checkpoint file is written ("off": never; the endpoint still answers). */
    @WithDefault("0 5 0 * * ?")
    String checkpointCron();

    /** Directory the daily checkpoint files go to; without it the scheduled export is skipped. */
    Optional<String> checkpointDir();

    /** Ed25519 private key signing checkpoints, PKCS#8 DER in Base64. */
    Optional<String> checkpointPrivateKey();

    /** Its public key, X.509 DER in Base64, printed in every checkpoint so anyone can check it. */
    Optional<String> checkpointPublicKey();
}
