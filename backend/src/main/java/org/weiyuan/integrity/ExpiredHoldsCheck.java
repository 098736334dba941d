package org.weiyuan.integrity;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * 认捐占用超时: pledges still holding their share of a wish although their hold ran out more than
 * {@code weiyuan.invariants.hold-release-grace} ago. The releaser runs every few seconds, so such a
 * pledge means it stopped, and the wish looks fuller to donors than it is.
 */
@ApplicationScoped
public class ExpiredHoldsCheck implements InvariantCheck {

    private final BusinessTime time;
    private final InvariantRepository repository;
    private final Duration grace;

    public ExpiredHoldsCheck(BusinessTime time, InvariantRepository repository, IntegrityConfig config) {
        this.time = time;
        this.repository = repository;
        this.grace = config.holdReleaseGrace();
    }

    @Override
    public String name() {
        return "expired-holds";
    }

    @Override
    @WithSession
    public Uni<CheckResult> run() {
        return repository.overdueHolds(time.now().minus(grace), SAMPLE)
                .map(b -> new CheckResult(b.count(), b.sampleIds(), b.count() + " held pledges whose hold ran out more than " + grace + " ago"));
    }
}
