package org.weiyuan.integrity;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * 推送积压: push deliveries that should have moved on. A pending row due longer than
 * {@code weiyuan.invariants.outbox-stuck-after} means no replica dispatches (its lease is a minute,
 * its backoff at most an hour); a pending row that used every attempt should have been parked.
 */
@ApplicationScoped
public class OutboxStuckCheck implements InvariantCheck {

    private final BusinessTime time;

    static final String STUCK = "from outbox_event where status = 'PENDING' and (next_attempt_at < :due or attempts >= :max)";

    private final Duration stuckAfter;
    private final int maxAttempts;

    public OutboxStuckCheck(BusinessTime time, @ConfigProperty(name = "weiyuan.invariants.outbox-stuck-after") Duration stuckAfter,
                            @ConfigProperty(name = "weiyuan.outbox.max-attempts", defaultValue = "8") int maxAttempts) {
        this.time = time;
        this.stuckAfter = stuckAfter;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public String name() {
        return "outbox-stuck";
    }

    @Override
    @WithSession
    public Uni<CheckResult> run() {
        var due = time.now().minus(stuckAfter);
        return Panache.getSession().chain(s -> s.createNativeQuery("select count(*) " + STUCK, Long.class)
                .setParameter("due", due).setParameter("max", maxAttempts).getSingleResult()
                .chain(n -> s.createNativeQuery("select cast(id as varchar) " + STUCK + " order by seq limit " + SAMPLE, String.class)
                        .setParameter("due", due).setParameter("max", maxAttempts).getResultList()
                        .map(ids -> new CheckResult(n, ids, n + " pending deliveries overdue by more than " + stuckAfter
                                + " or past " + maxAttempts + " attempts without being parked"))));
    }
}
