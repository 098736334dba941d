package org.weiyuan.common;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.weiyuan.common.db.DatabaseProbe;

import java.time.Duration;

/**
 * Readiness: the database answers {@code select 1} within a few seconds. Replaces Quarkus's own
 * reactive datasource check (switched off in application.properties), which logs a WARN with a
 * stack trace on every probe while PostgreSQL is down; this one reports to {@link DatabaseOutage},
 * so an outage is logged once however often the load balancer asks, and a probe that reaches the
 * database again ends it.
 */
@Readiness
@ApplicationScoped
public class DatabaseOutageHealth implements AsyncHealthCheck {

    static final String NAME = "database";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final DatabaseProbe database;
    private final DatabaseOutage outage;

    public DatabaseOutageHealth(DatabaseProbe database, DatabaseOutage outage) {
        this.database = database;
        this.outage = outage;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return database.selectOne()
                .ifNoItem().after(TIMEOUT).fail()
                .map(rows -> {
                    outage.reached();
                    return HealthCheckResponse.named(NAME).up().build();
                })
                .onFailure().recoverWithItem(failure -> {
                    outage.noticed(failure);
                    HealthCheckResponseBuilder down = HealthCheckResponse.named(NAME).down()
                            .withData("reason", ConnectionFailures.describe(failure));
                    if (outage.since() != null) {
                        down.withData("since", outage.since().toString());
                    }
                    return down.build();
                });
    }
}
