package org.weiyuan.common;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Fixtures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** Operators can see whether a replica hears the database's signals (/q/health/well). */
@QuarkusTest
class DatabaseSignalsHealthTest {

    @Test
    void aReplicaListeningToItsDatabaseIsWell() {
        Fixtures.await("listening", () -> given().get("/q/health/well").statusCode() == 200);
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.name", hasItem("database-signals"))
                .body("checks.find { it.name == 'database-signals' }.status", org.hamcrest.Matchers.is("UP"))
                .body("checks.find { it.name == 'database-signals' }.data.channels", org.hamcrest.Matchers.is("weiyuan_inbox,weiyuan_jobs"));
        // readiness does not depend on it: requests are still answered correctly without signals
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aReplicaThatLostItsListenerSaysSo() {
        DatabaseSignalsHealth health = new DatabaseSignalsHealth(new DatabaseSignals(null) {
            @Override
            public boolean listening() {
                return false;
            }
        });
        assertThat(health.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}
