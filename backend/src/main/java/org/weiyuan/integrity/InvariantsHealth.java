package org.weiyuan.integrity;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.weiyuan.integrity.InvariantRecord.Status;

/**
 * {@code /q/health/group/invariants}: DOWN while the latest run of any invariant check found a
 * violation. Deliberately not readiness or liveness: a ledger discrepancy is for people to
 * investigate, and taking the replica out of the load balancer would not fix it.
 */
@HealthGroup("invariants")
@ApplicationScoped
public class InvariantsHealth implements AsyncHealthCheck {

    private final InvariantService invariants;

    public InvariantsHealth(InvariantService invariants) {
        this.invariants = invariants;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return invariants.latest().map(views -> {
            HealthCheckResponseBuilder b = HealthCheckResponse.named("invariants")
                    .status(views.stream().noneMatch(v -> v.status() == Status.VIOLATED));
            for (String name : invariants.names()) {
                b.withData(name, views.stream().filter(v -> v.check().equals(name)).findFirst()
                        .map(v -> v.status() + " " + v.violations() + " at " + v.checkedAt()).orElse("not run yet"));
            }
            return b.build();
        });
    }
}
