package org.weiyuan.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.common.db.DatabaseProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * 数据库中断: what this replica knows about a database outage. The first failure that shows the
 * database unreachable starts an outage and logs one WARN; while it lasts every such request is
 * answered 503 and only counted; a probe ({@code select 1} once a second, {@code weiyuan.server.database.outage-probe-every}) ends it with one INFO.
 * Readiness ({@link DatabaseOutageHealth}, which probes the database itself) is DOWN meanwhile, and the metrics
 * {@code weiyuan_database_outage} (1 while it lasts) and {@code weiyuan_database_unavailable_answers_total}
 * let an operator alert on it. One log line per outage instead of a stack trace per request.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    /** What a 503 tells clients to wait; a restarted PostgreSQL is usually back within seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final DatabaseProbe database;
    private final Vertx vertx;
    private final long probeEveryMs;
    private final Counter unavailableAnswers;
    private final AtomicReference<Instant> since = new AtomicReference<>();
    private final AtomicLong answeredDuringOutage = new AtomicLong();
    private final AtomicReference<Instant> lastStarted = new AtomicReference<>();
    private final AtomicReference<Instant> lastEnded = new AtomicReference<>();
    /** A failure this soon after an outage ended continues it (no second WARN). */
    private static final Duration FLAP_WINDOW = Duration.ofSeconds(30);

    public DatabaseOutage(DatabaseProbe database, Vertx vertx, MeterRegistry registry, CommonConfig config) {
        this.database = database;
        this.vertx = vertx;
        this.probeEveryMs = Math.max(1, config.database().outageProbeEvery().toMillis());
        this.unavailableAnswers = Counter.builder("weiyuan.database.unavailable.answers")
                .description("Requests answered 503 because the database could not be reached").register(registry);
        Gauge.builder("weiyuan.database.outage", this, o -> o.down() ? 1 : 0)
                .description("1 while this replica cannot reach the database").register(registry);
    }

    /** Whether an outage is going on (a failure was seen and the probe has not reached the database since). */
    public boolean down() {
        return since.get() != null;
    }

    /** When the current outage was first noticed, or null. */
    public Instant since() {
        return since.get();
    }

    /** A request failed because the database is unreachable and is being answered 503. */
    public void requestRefused(Throwable failure) {
        unavailableAnswers.increment();
        answeredDuringOutage.incrementAndGet();
        noticed(failure);
    }

    /**
     * A scheduled job's failure: an unreachable database is noticed (logged once per outage, not at every
     * round of the job); anything else is logged as a warning with its cause.
     */
    public void backgroundFailed(Throwable failure, Logger log, String message) {
        if (ConnectionFailures.isDatabaseUnreachable(failure)) {
            noticed(failure);
        } else {
            log.warn(message, failure);
        }
    }

    /**
     * One round of a periodic job (a {@code @Scheduled} method), safe for the scheduler: a failure goes to
     * {@link #backgroundFailed} and ends the round; the next round tries again. Background jobs handle
     * failures this way only, so an unreachable database is one WARN per outage, not a stack trace per round.
     */
    public Uni<Void> backgroundRound(Uni<?> round, Logger log, String message) {
        return round.onFailure().invoke(e -> backgroundFailed(e, log, message))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Something (a request or a background job) found the database unreachable. */
    public void noticed(Throwable failure) {
        Instant previous = lastEnded.get();
        if (previous != null && Duration.between(previous, Instant.now()).compareTo(FLAP_WINDOW) < 0
                && since.compareAndSet(null, lastStarted.get())) {
            // a restarting server accepts a connection, then refuses the next ("not yet accepting
            // connections"): the same outage, not a new one to warn about
            LOG.debugf("PostgreSQL unreachable again right after it came back (%s)", ConnectionFailures.describe(failure));
            scheduleProbe();
            return;
        }
        if (since.compareAndSet(null, Instant.now())) {
            lastStarted.set(since.get());
            LOG.warnf("PostgreSQL is unreachable (%s): requests are answered 503 with Retry-After %d s and readiness is DOWN"
                    + " until it answers again", ConnectionFailures.describe(failure), RETRY_AFTER_SECONDS);
            scheduleProbe();
        }
    }

    private void scheduleProbe() {
        vertx.setTimer(probeEveryMs, id -> probe().subscribe().with(reached -> {
            if (!reached) {
                scheduleProbe();
            }
        }));
    }

    /** Tries the database once now; ends the outage if it answers. True when it did (or none was going on). */
    public Uni<Boolean> probe() {
        if (!down()) {
            return Uni.createFrom().item(true);
        }
        return database.selectOne()
                .map(rows -> {
                    reached();
                    return true;
                })
                .onFailure().recoverWithItem(false);
    }

    /** The database answered (a probe or the readiness check): ends the outage, if one was going on. */
    public void reached() {
        Instant started = since.getAndSet(null);
        if (started != null) {
            lastEnded.set(Instant.now());
            LOG.infof("PostgreSQL answers again after %d s; %d requests were answered 503 meanwhile",
                    Duration.between(started, Instant.now()).toSeconds(), answeredDuringOutage.getAndSet(0));
        }
    }
}
