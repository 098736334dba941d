package org.weiyuan.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jboss.logmanager.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.LogCapture;

import java.util.List;
import java.util.logging.LogRecord;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * A request that fails because the database cannot be reached answers 503 problem+json with
 * Retry-After, and the outage is logged once (WARN) and its end once (INFO),
 * not a stack trace per request. The failures are the ones the reactive client and Hibernate
 * Reactive really throw, raised by {@link OutageTestResource}; the crash of a real PostgreSQL
 * (readiness DOWN while it is dead) is in the platform's PlatformFaultIT.
 */
@QuarkusTest
class DatabaseOutageApiTest {

    @Inject
    DatabaseOutage outage;

    private LogCapture capture;
    private List<LogRecord> logged;

    @BeforeEach
    void captureLogs() {
        capture = LogCapture.of(DatabaseOutage.class.getName(), ProblemMappers.class.getName());
        logged = capture.records();
    }

    @AfterEach
    void endOutage() {
        given().post("/test-support/outage/probe");
        capture.close();
    }

    @Test
    void everyConnectionFailureAnswers503WithRetryAfterAndTheOutageIsLoggedOnce() {
        given().get("/q/health/ready").then().statusCode(200);
        for (String kind : List.of("refused", "not-active", "closed", "hibernate", "recovery", "refused", "refused")) {
            given().header("Accept-Language", "en").get("/test-support/outage/" + kind)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", is(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS)))
                    .body("type", is("https://weiyuan.org/problems/database-unavailable"))
                    .body("status", is(503))
                    .body("instance", is("/test-support/outage/" + kind));
        }
        given().get("/test-support/outage/refused").then().statusCode(503)
                .body("title", is("暂不可用"));

        assertThat(outage.down()).isTrue();
        assertThat(outage.since()).isNotNull();

        // readiness probes the database, which answers: that ends the outage (the probe timer is
        // ten minutes in tests, so it is readiness that does it here)
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'database' }.status", is("UP"));
        assertThat(outage.down()).isFalse();

        List<LogRecord> warnings = logged.stream().filter(r -> r.getLevel().intValue() >= Level.WARN.intValue()).toList();
        assertThat(warnings).as("one WARN for the whole outage, no ERROR or stack trace per request")
                .hasSize(1);
        assertThat(warnings.get(0).getLoggerName()).isEqualTo(DatabaseOutage.class.getName());
        assertThat(warnings.get(0).getThrown()).isNull();
        assertThat(logged.stream().filter(r -> r.getLevel().intValue() == Level.INFO.intValue())
                .map(LogRecord::getMessage).filter(m -> m != null && m.contains("answers again")).count()).isEqualTo(1);
    }

    @Test
    void aBugIsStillA500() {
        given().get("/test-support/outage/bug").then().statusCode(500).contentType(ContentType.fromContentType("application/problem+json"));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
