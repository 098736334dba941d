package org.weiyuan.audit;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DatabaseOutage;

/**
 * Seals the audit log (审计链封存): links the entries writers appended, once committed, into the
 * hash chain, in batches. Every replica runs it on a schedule; an advisory try-lock lets one at a
 * time seal and the others skip the round, so the chain stays one line however many replicas run.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    private final AuditRepository repository;
    private final AuditConfig config;
    private final BusinessTime time;
    private final DatabaseOutage outage;

    AuditSealer(AuditRepository repository, AuditConfig config, BusinessTime time, DatabaseOutage outage) {
        this.repository = repository;
        this.config = config;
        this.time = time;
        this.outage = outage;
    }

    @Scheduled(every = "${weiyuan.audit.seal-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        if (outage.down()) {
            return Uni.createFrom().voidItem(); // the outage probe says when PostgreSQL is back
        }
        return outage.backgroundRound(sealPending(false), LOG, "Sealing the audit log failed; the next round will try again");
    }

    /**
     * Seals every entry committed now, batch after batch, and returns how many. With {@code wait}
     * false it gives up at once when another replica holds the sealing lock (the schedule's way);
     * with {@code wait} true it waits for that replica's batch and then seals the rest (tests and
     * the checkpoint export, which must see everything committed before them sealed).
     */
    public Uni<Long> sealPending(boolean wait) {
        return sealFrom(0L, wait);
    }

    private Uni<Long> sealFrom(long soFar, boolean wait) {
        int batch = config.sealBatch();
        return repository.sealNext(batch, wait, time.now()).chain(n -> n < batch
                ? Uni.createFrom().item(soFar + n)
                : sealFrom(soFar + n, wait));
    }
}
