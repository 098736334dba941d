package org.weiyuan.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DatabaseOutage;

/** Forgets the Idempotency-Keys of staff and worker actions older than the retention, on a schedule. */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final IdempotencyRepository requests;
    private final IdempotencyConfig config;
    private final BusinessTime time;
    private final DatabaseOutage outage;

    IdempotencyPurge(IdempotencyRepository requests, IdempotencyConfig config, BusinessTime time, DatabaseOutage outage) {
        this.requests = requests;
        this.config = config;
        this.time = time;
        this.outage = outage;
    }

    @Scheduled(every = "${weiyuan.idempotency.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        if (outage.down()) {
            return Uni.createFrom().voidItem();
        }
        return purge().onFailure().invoke(e -> outage.backgroundFailed(e, LOG, "Purging old Idempotency-Keys failed; the next round will try again"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Forgets the keys kept longer than the retention; how many. */
    public Uni<Integer> purge() {
        return requests.purgeBefore(time.now().minus(config.retention()));
    }
}
