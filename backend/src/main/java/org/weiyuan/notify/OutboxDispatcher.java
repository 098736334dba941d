package org.weiyuan.notify;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.weiyuan.notify.Notifications.Device;
import org.weiyuan.notify.Notifications.InboxNotification;
import org.weiyuan.notify.Notifications.OutboxEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers queued notifications to push channels, safely with several backend replicas:
 * <ol>
 *   <li>claim a batch of due rows with {@code FOR UPDATE SKIP LOCKED}, leasing them by moving
 *       their next attempt a minute ahead, and commit;</li>
 *   <li>send, outside any transaction (push providers block on HTTP);</li>
 *   <li>record each outcome: delivered, or retry later with exponential backoff and jitter, or
 *       parked after too many failures for staff to see.</li>
 * </ol>
 * A crash between sending and recording leaves the lease to run out and the row to be sent again:
 * at most one duplicate per crash, never a loss.
 */
@ApplicationScoped
public class OutboxDispatcher {

    final BusinessTime time;

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    static final Duration LEASE = Duration.ofSeconds(60);
    /** How long a claimed row stays leased; a replica killed mid-batch leaves its rows to be resent after it. */
    @ConfigProperty(name = "weiyuan.outbox.lease", defaultValue = "PT60S")
    Duration lease = LEASE;

    final org.weiyuan.common.DatabaseOutage outage;
    final Instance<PushProvider> providers;
    @ConfigProperty(name = "weiyuan.outbox.max-attempts", defaultValue = "8")
    int maxAttempts;
    @ConfigProperty(name = "weiyuan.outbox.backoff", defaultValue = "PT5S")
    Duration backoff;
    final Preferences preferences;
    final Notifier notifier;

    OutboxDispatcher(BusinessTime time, Instance<PushProvider> providers, Preferences preferences, Notifier notifier,
                     org.weiyuan.common.DatabaseOutage outage) {
        this.time = time;
        this.outage = outage;
        this.providers = providers;
        this.preferences = preferences;
        this.notifier = notifier;
    }

    /** One claimed delivery: the event, its notification, the recipient's devices and quiet hours. */
    record Claimed(long seq, InboxNotification notification, List<Device> devices, QuietHours quiet) { }

    /** What happened to one claimed delivery. */
    record Outcome(long seq, boolean delivered, boolean quiet, String error, List<UUID> unregisteredDevices) { }

    @Scheduled(every = "${weiyuan.outbox.every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            while (runOnce(50) == 50) {
                // a full batch: there may be more due
            }
        } catch (Exception e) {
            if (org.weiyuan.common.ConnectionFailures.isDatabaseUnreachable(e)) {
                outage.noticed(e); // logged once per outage, not every two seconds
            } else {
                LOG.warn("Outbox dispatch failed; will retry", e);
            }
        }
    }

    /** Claims, sends and records one batch; returns how many rows it handled. Blocking: call off the event loop. */
    public int runOnce(int batch) throws Exception {
        List<Outcome> outcomes = claimAndSend(batch);
        if (!outcomes.isEmpty()) {
            await(() -> record(outcomes));
        }
        return outcomes.size();
    }

    /** The first half of a run; a process that dies right after it has sent without recording. */
    List<Outcome> claimAndSend(int batch) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (Claimed c : await(() -> claim(batch))) {
            outcomes.add(send(c));
        }
        return outcomes;
    }

    /** Runs a reactive step on a Vert.x context and waits for it (the dispatcher itself blocks on push calls). */
    private static <T> T await(java.util.function.Supplier<Uni<T>> step) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(step);
        } catch (Exception e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    Uni<List<Claimed>> claim(int batch) {
        Instant now = time.now();
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "update outbox_event set next_attempt_at = :lease where seq in ("
                                        + "select seq from outbox_event where status = 'PENDING' and next_attempt_at <= :now "
                                        + "order by seq limit :batch for update skip locked) returning seq", Long.class)
                        .setParameter("lease", now.plus(lease))
                        .setParameter("now", now)
                        .setParameter("batch", batch)
                        .getResultList()
                        .chain(seqs -> seqs.isEmpty() ? Uni.createFrom().item(List.<Claimed>of())
                                : s.createSelectionQuery("from OutboxEvent e where e.seq in :seqs order by e.seq", OutboxEvent.class)
                                .setParameter("seqs", seqs).getResultList()
                                .chain(events -> load(s, events)))));
    }

    private Uni<List<Claimed>> load(org.hibernate.reactive.mutiny.Mutiny.Session s, List<OutboxEvent> events) {
        List<UUID> notificationIds = events.stream().map(e -> e.notificationId).toList();
        List<UUID> recipients = events.stream().map(e -> e.recipient).distinct().toList();
        return s.createSelectionQuery("from InboxNotification n where n.id in :ids", InboxNotification.class)
                .setParameter("ids", notificationIds).getResultList()
                .chain(notifications -> s.createSelectionQuery("from Device d where d.subject in :r", Device.class)
                        .setParameter("r", recipients).getResultList()
                        .chain(devices -> preferences.quietHours(s, recipients)
                                .map(quiet -> events.stream().map(e -> new Claimed(e.seq,
                                        notifications.stream().filter(n -> n.id.equals(e.notificationId)).findFirst().orElseThrow(),
                                        devices.stream().filter(d -> d.subject.equals(e.recipient)).toList(),
                                        quiet.get(e.recipient))).toList())));
    }

    private Outcome send(Claimed c) {
        if (!c.devices().isEmpty() && c.quiet().covers(time.now())) {
            return new Outcome(c.seq(), false, true, null, List.of()); // night: the inbox only
        }
        List<UUID> gone = new ArrayList<>();
        String error = null;
        for (Device device : c.devices()) {
            for (PushProvider provider : providers) {
                if (!provider.enabled() || !provider.serves(device)) {
                    continue;
                }
                boolean english = device.language != null && device.language.startsWith("en");
                InboxNotification n = c.notification();
                PushProvider.Message m = new PushProvider.Message(english ? n.titleEn : n.titleZh,
                        english ? n.bodyEn : n.bodyZh, n.deepLink, n.kind.name(), n.id.toString());
                PushProvider.Result result;
                try {
                    result = provider.send(device, m);
                } catch (RuntimeException e) {
                    result = PushProvider.Result.FAILED;
                    error = e.toString();
                }
                if (result == PushProvider.Result.UNREGISTERED) {
                    gone.add(device.id);
                } else if (result == PushProvider.Result.FAILED && error == null) {
                    error = "provider reported a failure";
                }
            }
        }
        // no device or no push channel: the inbox alone carries it, which is enough
        return new Outcome(c.seq(), error == null, false, error, gone);
    }

    Uni<Void> record(List<Outcome> outcomes) {
        Instant now = time.now();
        List<Long> parked = new ArrayList<>();
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (Outcome o : outcomes) {
                all = all.chain(() -> s.find(OutboxEvent.class, o.seq()).chain(e -> {
                    if (o.quiet()) {
                        e.status = OutboxEvent.Status.QUIET;
                    } else if (o.delivered()) {
                        e.status = OutboxEvent.Status.DELIVERED;
                        e.deliveredAt = now;
                        e.lastError = null;
                    } else {
                        e.attempts++;
                        e.lastError = o.error().length() > 500 ? o.error().substring(0, 500) : o.error();
                        if (e.attempts >= maxAttempts) {
                            e.status = OutboxEvent.Status.PARKED;
                            parked.add(e.seq);
                        } else {
                            e.nextAttemptAt = now.plus(backoff(e.attempts));
                        }
                    }
                    return o.unregisteredDevices().isEmpty() ? Uni.createFrom().voidItem()
                            : s.createMutationQuery("delete from Device d where d.id in :ids")
                            .setParameter("ids", o.unregisteredDevices()).executeUpdate().replaceWithVoid();
                }));
            }
            // operators hear of it once (inbox; if push itself is down this is where they look)
            return all.chain(() -> parked.isEmpty() ? Uni.createFrom().voidItem()
                    : notifier.notifyOperatorsOnce(NotificationKind.DELIVERIES_PARKED, Notifier.PARKED_DELIVERIES));
        }));
    }

    /** Exponential backoff with full jitter: random in [base·2^(n−1)/2, base·2^(n−1)], capped at an hour. */
    Duration backoff(int attempts) {
        long ceiling = Math.min(Duration.ofHours(1).toMillis(), backoff.toMillis() << Math.min(attempts - 1, 20));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }
}
