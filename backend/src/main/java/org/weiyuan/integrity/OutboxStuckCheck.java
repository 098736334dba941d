package org.weiyuan.integrity;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.notify.NotifyConfig;

import java.time.Duration;

/**
 * 推送积压: push deliveries that should have moved on. A pending row due longer than
 * {@code weiyuan.invariants.outbox-stuck-after} means no replica dispatches (its lease is a minute,
 * its backoff at most an hour); a pending row that used every attempt should have been parked.
 */
@ApplicationScoped
public class OutboxStuckCheck implements InvariantCheck {

    private final BusinessTime time;
    private final InvariantRepository repository;
    private final Duration stuckAfter;
    private final int maxAttempts;

    public OutboxStuckCheck(BusinessTime time, InvariantRepository repository, IntegrityConfig config, NotifyConfig notify) {
        this.time = time;
        this.repository = repository;
        this.stuckAfter = config.outboxStuckAfter();
        this.maxAttempts = notify.outbox().maxAttempts();
    }

    @Override
    public String name() {
        return "outbox-stuck";
    }

    @Override
    @WithSession
    public Uni<CheckResult> run() {
        return repository.stuckDeliveries(time.now().minus(stuckAfter), maxAttempts, SAMPLE)
                .map(b -> new CheckResult(b.count(), b.sampleIds(), b.count() + " pending deliveries overdue by more than " + stuckAfter
                        + " or past " + maxAttempts + " attempts without being parked"));
    }
}
