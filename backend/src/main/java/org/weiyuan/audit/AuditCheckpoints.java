package org.weiyuan.audit;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DatabaseOutage;
import org.weiyuan.common.DomainException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * Exports the chain's head as a signed checkpoint: on request (admins), and once a day as a file in
 * {@code weiyuan.audit.checkpoint-dir} for the operator to copy out of the cluster. Everything
 * committed before the request is sealed first, so the checkpoint covers it.
 */
@ApplicationScoped
public class AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class);

    private final AuditSealer sealer;
    private final AuditRepository repository;
    private final AuditConfig config;
    private final BusinessTime time;
    private final CheckpointSigner signer;
    private final DatabaseOutage outage;

    AuditCheckpoints(AuditSealer sealer, AuditRepository repository, AuditConfig config, BusinessTime time, DatabaseOutage outage) {
        this.outage = outage;
        this.sealer = sealer;
        this.repository = repository;
        this.config = config;
        this.time = time;
        this.signer = config.checkpointPrivateKey().isPresent() && config.checkpointPublicKey().isPresent()
                ? new CheckpointSigner(config.checkpointPrivateKey().get(), config.checkpointPublicKey().get())
                : null;
    }

    /** A checkpoint of the head as of now (503 without a signing key). */
    public Uni<AuditCheckpoint> current() {
        if (signer == null) {
            return Uni.createFrom().failure(DomainException.unavailable("problem.audit.checkpoint-key"));
        }
        return sealer.sealPending(true).chain(repository::lastSeal).map(seal -> {
            Instant now = time.now();
            String statement = seal == null
                    ? CheckpointSigner.statement(time.today(), 0, AuditChain.GENESIS, now, now)
                    : CheckpointSigner.statement(time.today(), seal.lastPosition(), seal.headHash(), seal.sealedAt(), now);
            return signer.sign(statement);
        });
    }

    /** Writes today's checkpoint file; only one replica's file matters, each writes the same head or a later one. */
    @Scheduled(cron = "${weiyuan.audit.checkpoint-cron}", timeZone = "Asia/Shanghai",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> daily() {
        if (config.checkpointDir().isEmpty() || signer == null) {
            return Uni.createFrom().voidItem();
        }
        return outage.backgroundRound(writeFile(Path.of(config.checkpointDir().get())), LOG, "Cannot write the daily audit checkpoint");
    }

    /** Writes {@code audit-checkpoint-<day>.json} into {@code dir} (atomically replaced) and returns its path. */
    public Uni<Path> writeFile(Path dir) {
        return current().emitOn(Infrastructure.getDefaultWorkerPool()).map(c -> {
            try {
                Files.createDirectories(dir);
                Path target = dir.resolve("audit-checkpoint-" + time.today() + ".json");
                Path partial = dir.resolve(target.getFileName() + ".partial");
                Files.writeString(partial, json(c), StandardCharsets.UTF_8);
                return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String json(AuditCheckpoint c) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(c) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
