package org.weiyuan.common;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import org.jboss.logmanager.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.LogCapture;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A periodic job's rounds while PostgreSQL is down: {@link DatabaseOutage#backgroundRound}, which every
 * {@code @Scheduled} job goes through (ArchitectureTest checks that they do), logs the outage once, however
 * many rounds fail, and not at all in the job's own logger; a failure that is not an outage is still a
 * warning with its stack trace at every round. No container: the outage's probe timer is an hour away.
 */
class DatabaseOutageTest {

    private static final String JOB = "org.weiyuan.test.PeriodicJob";
    private static final int ROUNDS = 6;

    private LogCapture capture;
    private List<LogRecord> logged;
    private final org.jboss.logging.Logger jobLog = org.jboss.logging.Logger.getLogger(JOB);
    private Vertx vertx;
    private DatabaseOutage outage;

    @BeforeEach
    void start() {
        capture = LogCapture.of(DatabaseOutage.class.getName(), JOB);
        logged = capture.records();
        vertx = Vertx.vertx();
        outage = new DatabaseOutage(null, vertx, new SimpleMeterRegistry(), config(Duration.ofHours(1)));
    }

    @AfterEach
    void stop() {
        capture.close();
        vertx.closeAndAwait();
    }

    @Test
    void roundsFailingOnAnUnreachableDatabaseLogOneLineForTheWholeOutage() {
        for (int round = 0; round < ROUNDS; round++) {
            runRound(Uni.createFrom().failure(new ConnectException("Connection refused: localhost/127.0.0.1:5432")));
        }

        assertThat(outage.down()).isTrue();
        assertThat(logged).as("one line for %d failed rounds, none from the job itself", ROUNDS)
                .extracting(LogRecord::getLoggerName).containsExactly(DatabaseOutage.class.getName());
        assertThat(logged.get(0).getLevel().intValue()).isEqualTo(Level.WARN.intValue());
        assertThat(logged.get(0).getThrown()).as("no stack trace for an outage").isNull();

        outage.reached();
        runRound(Uni.createFrom().item("done"));
        assertThat(outage.down()).isFalse();
        assertThat(logged).hasSize(2);
        assertThat(logged.get(1).getLevel().intValue()).isEqualTo(Level.INFO.intValue());
        assertThat(logged.get(1).getMessage()).contains("answers again");
    }

    @Test
    void aFailureThatIsNotAnOutageIsAWarningWithItsCauseAtEveryRound() {
        IllegalStateException bug = new IllegalStateException("a bug");
        for (int round = 0; round < 3; round++) {
            runRound(Uni.createFrom().failure(bug));
        }

        assertThat(outage.down()).isFalse();
        assertThat(logged).hasSize(3).allSatisfy(r -> {
            assertThat(r.getLoggerName()).isEqualTo(JOB);
            assertThat(r.getLevel().intValue()).isEqualTo(Level.WARN.intValue());
            assertThat(r.getThrown()).isSameAs(bug);
        });
    }

    /** One scheduler tick: the round must end normally whatever happened, or the scheduler logs it itself. */
    private void runRound(Uni<?> job) {
        assertThat(outage.backgroundRound(job, jobLog, "The periodic job failed; the next round will try again")
                .await().atMost(Duration.ofSeconds(10))).isNull();
    }

    private static CommonConfig config(Duration probeEvery) {
        return new CommonConfig() {
            @Override
            public Http http() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Database database() {
                return () -> probeEvery;
            }

            @Override
            public Bench bench() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
