package org.weiyuan.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is DOWN while this replica answers requests 503 because the database is unreachable
 * (besides Quarkus's own reactive datasource check, which fails its {@code select 1} as well), so
 * a load balancer stops sending traffic here until the outage probe reaches PostgreSQL again.
 */
@Readiness
@ApplicationScoped
public class DatabaseOutageHealth implements HealthCheck {

    private final DatabaseOutage outage;

    public DatabaseOutageHealth(DatabaseOutage outage) {
        this.outage = outage;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database-outage").status(!outage.down());
        if (outage.down()) {
            response.withData("since", outage.since().toString());
        }
        return response.build();
    }
}
