package org.weiyuan.common;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code /q/health/well}: whether this replica hears the database's signals. Not readiness: without
 * them every request is still answered correctly, only live inbox updates pause and the job index
 * refreshes on its timer; an operator should still know (see docs/operations.md).
 */
@Wellness
@ApplicationScoped
public class DatabaseSignalsHealth implements HealthCheck {

    final DatabaseSignals signals;

    DatabaseSignalsHealth(DatabaseSignals signals) {
        this.signals = signals;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database-signals").status(signals.listening())
                .withData("channels", DatabaseSignals.INBOX + "," + DatabaseSignals.JOBS).build();
    }
}
