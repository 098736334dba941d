package org.weiyuan.integrity;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * 认捐占用超时: pledges still holding their share of a wish although their hold ran out more than
 * {@code weiyuan.invariants.hold-release-grace} ago. The releaser runs every few seconds, so such a
 * pledge means it stopped, and the wish looks fuller to donors than it is.
 */
@ApplicationScoped
public class ExpiredHoldsCheck implements InvariantCheck {

    private final BusinessTime time;

    static final String OVERDUE = "from pledge where status = 'HELD' and hold_expires_at < :due";

    private final Duration grace;

    public ExpiredHoldsCheck(BusinessTime time, @ConfigProperty(name = "weiyuan.invariants.hold-release-grace") Duration grace) {
        this.time = time;
        this.grace = grace;
    }

    @Override
    public String name() {
        return "expired-holds";
    }

    @Override
    @WithSession
    public Uni<CheckResult> run() {
        var due = time.now().minus(grace);
        return Panache.getSession().chain(s -> s.createNativeQuery("select count(*) " + OVERDUE, Long.class)
                .setParameter("due", due).getSingleResult()
                .chain(n -> s.createNativeQuery("select cast(id as varchar) " + OVERDUE + " order by hold_expires_at limit " + SAMPLE,
                                String.class)
                        .setParameter("due", due).getResultList()
                        .map(ids -> new CheckResult(n, ids, n + " held pledges whose hold ran out more than " + grace + " ago"))));
    }
}
