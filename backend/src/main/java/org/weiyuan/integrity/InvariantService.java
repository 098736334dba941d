package org.weiyuan.integrity;

import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DatabaseOutage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;
import org.weiyuan.integrity.InvariantRecord.Status;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the invariant checks (对账自检), keeps their latest results in {@code invariant_result} for
 * every replica, exports them as metrics, and tells the operators once per failure episode.
 * A scheduled round runs on one replica only: the first to take the lease row; the others just
 * refresh their metrics from the stored results.
 */
@Startup
@ApplicationScoped
public class InvariantService {

    private final BusinessTime time;

    private static final Logger LOG = Logger.getLogger(InvariantService.class);
    static final String DEEP_LINK = "weiyuan://admin/invariants";

    /** One check's latest result, as the admin API and the health check show it. */
    public record InvariantView(String check, Status status, long violations, List<String> sampleIds, String detail,
                                Instant checkedAt, Instant failingSince) {
        static InvariantView of(InvariantRecord r) {
            List<String> ids = r.sampleIds == null || r.sampleIds.isEmpty() ? List.of() : Arrays.asList(r.sampleIds.split(","));
            return new InvariantView(r.checkName, r.status, r.violations, ids, r.detail, r.checkedAt, r.failingSince);
        }
    }

    private final InvariantRepository repository;
    private final List<InvariantCheck> checks;
    private final Notifier notifier;
    private final MeterRegistry registry;
    private final List<UUID> admins;
    private final Duration lease;
    private final DatabaseOutage outage;
    private final String replica = "replica-" + UUID.randomUUID();
    private final Map<String, InvariantView> latest = new ConcurrentHashMap<>();

    public InvariantService(BusinessTime time, InvariantRepository repository, Instance<InvariantCheck> all, Notifier notifier,
                            MeterRegistry registry, IntegrityConfig config, DatabaseOutage outage) {
        this.outage = outage;
        this.time = time;
        this.repository = repository;
        this.checks = all.stream().sorted(Comparator.comparing(InvariantCheck::name)).toList();
        this.notifier = notifier;
        this.registry = registry;
        this.admins = config.admins().orElse(List.of());
        this.lease = config.lease();
        for (InvariantCheck c : checks) {
            // NaN until this replica has seen a result: "unknown" is not "no violations"
            Gauge.builder("weiyuan.invariant.violations", this, s -> s.violations(c.name()))
                    .tag("check", c.name()).description("Rows breaking the invariant at its latest run")
                    .register(registry);
            Gauge.builder("weiyuan.invariant.ok", this, s -> s.okValue(c.name()))
                    .tag("check", c.name()).description("1 if the invariant held at its latest run, 0 if not, NaN if unknown")
                    .register(registry);
        }
    }

    public List<String> names() {
        return checks.stream().map(InvariantCheck::name).toList();
    }

    /** A scheduled round (daily by default): only the replica that takes the lease runs it. */
    @Scheduled(cron = "${weiyuan.invariants.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduledRound() {
        return outage.backgroundRound(takeLease().chain(won -> won ? runAll().replaceWithVoid() : Uni.createFrom().voidItem()),
                LOG, "Invariant round failed; the next round will try again");
    }

    /** Every replica's metrics follow the stored results, whichever replica ran the round. */
    @Scheduled(every = "${weiyuan.invariants.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refresh() {
        return outage.backgroundRound(latest(), LOG, "Refreshing the invariant results failed; the next round will try again");
    }

    /** Takes the round's lease unless another replica holds it; a crashed holder's lease simply runs out. */
    Uni<Boolean> takeLease() {
        Instant now = time.now();
        return repository.takeLease(replica, now, now.plus(lease));
    }

    /** Runs every check now, one after the other, records the results and returns them. */
    public Uni<List<InvariantView>> runAll() {
        Uni<List<Run>> runs = Uni.createFrom().item(new ArrayList<>());
        for (InvariantCheck c : checks) {
            runs = runs.chain(done -> runOne(c).map(r -> {
                done.add(r);
                return done;
            }));
        }
        return runs.chain(this::record);
    }

    /** The latest stored results (whichever replica produced them). */
    @WithSession
    public Uni<List<InvariantView>> latest() {
        return repository.latest()
                .map(rows -> {
                    List<InvariantView> views = rows.stream().map(InvariantView::of).toList();
                    views.forEach(v -> latest.put(v.check(), v));
                    return views;
                });
    }

    private record Run(String name, Status status, CheckResult result) { }

    private Uni<Run> runOne(InvariantCheck c) {
        return Uni.createFrom().deferred(c::run)
                .map(r -> new Run(c.name(), r.ok() ? Status.OK : Status.VIOLATED, r))
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf(e, "Invariant check %s could not run", c.name());
                    return new Run(c.name(), Status.ERROR, new CheckResult(0, List.of(), "could not run: " + e));
                })
                .invoke(run -> Counter.builder("weiyuan.invariant.runs").tag("check", run.name())
                        .tag("status", run.status().name()).description("Invariant check runs on this replica")
                        .register(registry).increment());
    }

    private Uni<List<InvariantView>> record(List<Run> runs) {
        return repository.inTransaction(() -> {
            Uni<List<InvariantView>> views = Uni.createFrom().item(new ArrayList<>());
            for (Run run : runs) {
                views = views.chain(done -> recordOne(run).map(v -> {
                    done.add(v);
                    return done;
                }));
            }
            return views;
        }).invoke(views -> views.forEach(v -> latest.put(v.check(), v)));
    }

    /**
     * Stores one result under the row's lock, so two runs at once (a round and an admin's "run now")
     * cannot both open the same episode and notify twice.
     */
    private Uni<InvariantView> recordOne(Run run) {
        Instant now = time.now();
        return repository.lockedResult(run.name(), now)
                .chain(row -> {
                    Episodes.Next next = Episodes.after(new Episodes.State(row.failingSince, row.notifiedAt), run.status(), now);
                    CheckResult r = run.result();
                    row.status = run.status();
                    row.violations = r.violations();
                    row.sampleIds = String.join(",", r.sampleIds());
                    row.detail = r.detail() == null || r.detail().length() <= 500 ? r.detail() : r.detail().substring(0, 500);
                    row.checkedAt = now;
                    row.failingSince = next.state().failingSince();
                    row.notifiedAt = next.state().notifiedAt();
                    if (next.tellOperators()) {
                        LOG.errorf("Invariant %s violated: %d (%s)", run.name(), r.violations(), r.detail());
                    }
                    Uni<Void> told = !next.tellOperators() ? Uni.createFrom().voidItem()
                            : notifier.notifyOperators(admins, NotificationKind.INVARIANT_VIOLATED, DEEP_LINK,
                                    new Notifier.Localized("invariant." + run.name()), r.violations(),
                                    r.sampleIds().isEmpty() ? "-" : r.sampleIds().get(0));
                    return told.chain(repository::flush).replaceWith(() -> InvariantView.of(row));
                });
    }

    private double violations(String check) {
        InvariantView v = latest.get(check);
        return v == null || v.status() == Status.ERROR ? Double.NaN : v.violations();
    }

    private double okValue(String check) {
        InvariantView v = latest.get(check);
        return v == null || v.status() == Status.ERROR ? Double.NaN : v.status() == Status.OK ? 1 : 0;
    }
}
