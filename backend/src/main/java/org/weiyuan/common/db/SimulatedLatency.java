package org.weiyuan.common.db;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.CommonConfig;

import java.time.Duration;

/**
 * A benchmark's stand-in for the network round trips a real deployment spends inside a write
 * transaction (bench/wishes-bench.sh): {@code weiyuan.server.bench.in-transaction-delay}, 0 (off) unless a
 * bench sets it. It shows whether the audited write path is still capped by a lock held across
 * the transaction; it has no business meaning.
 */
@ApplicationScoped
public class SimulatedLatency {

    private final double seconds;

    SimulatedLatency(CommonConfig config) {
        Duration delay = config.bench().inTransactionDelay();
        this.seconds = delay.toNanos() / 1e9;
    }

    /** Waits inside the current transaction, on the database (as a slow round trip would); nothing when off. */
    public Uni<Void> pause() {
        if (seconds <= 0) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("select cast(pg_sleep(:s) as text)", String.class)
                .setParameter("s", seconds).getSingleResultOrNull()).replaceWithVoid();
    }
}
