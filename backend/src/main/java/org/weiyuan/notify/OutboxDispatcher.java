package org.weiyuan.notify;

import org.weiyuan.common.BusinessTime;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
 *   <li>claim a batch of due rows with {@code FOR UPDATE SKIP LOCKED} ({@link org.weiyuan.common.db.BatchClaim}), leasing them by moving
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
    /** The default lease ({@link NotifyConfig.Outbox#lease()}). */
    static final Duration LEASE = Duration.ofSeconds(60);

    final org.weiyuan.common.DatabaseOutage outage;
    final Instance<PushProvider> providers;
    final Preferences preferences;
    final Notifier notifier;
    final NotificationRepository repository;
    final NotifyConfig.Outbox config;

    OutboxDispatcher(BusinessTime time, Instance<PushProvider> providers, Preferences preferences, Notifier notifier,
                     org.weiyuan.common.DatabaseOutage outage, NotificationRepository repository, NotifyConfig config) {
        this.time = time;
        this.outage = outage;
        this.providers = providers;
        this.preferences = preferences;
        this.notifier = notifier;
        this.repository = repository;
        this.config = config.outbox();
    }

    /** One claimed delivery: the event, its notification, the recipient's devices and quiet hours. */
    record Claimed(long seq, InboxNotification notification, List<Device> devices, QuietHours quiet) { }

    /** What happened to one claimed delivery. */
    record Outcome(long seq, boolean delivered, boolean quiet, String error, List<UUID> unregisteredDevices) { }

    @Scheduled(every = "${weiyuan.notify.outbox.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            while (runOnce(50) == 50) {
                // a full batch: there may be more due
            }
        } catch (Exception e) {
            outage.backgroundFailed(e, LOG, "Outbox dispatch failed; will retry");
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
        return repository.inTransaction(() -> repository.claimDue(now, now.plus(config.lease()), batch)
                .chain(events -> events.isEmpty() ? Uni.createFrom().item(List.<Claimed>of()) : load(events)));
    }

    private Uni<List<Claimed>> load(List<OutboxEvent> events) {
        List<UUID> notificationIds = events.stream().map(e -> e.notificationId).toList();
        List<UUID> recipients = events.stream().map(e -> e.recipient).distinct().toList();
        return repository.notifications(notificationIds)
                .chain(notifications -> repository.devicesOf(recipients)
                        .chain(devices -> preferences.quietHours(recipients)
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
        return repository.inTransaction(() -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (Outcome o : outcomes) {
                all = all.chain(() -> repository.delivery(o.seq()).chain(e -> {
                    if (o.quiet()) {
                        e.status = OutboxEvent.Status.QUIET;
                    } else if (o.delivered()) {
                        e.status = OutboxEvent.Status.DELIVERED;
                        e.deliveredAt = now;
                        e.lastError = null;
                    } else {
                        e.attempts++;
                        e.lastError = o.error().length() > 500 ? o.error().substring(0, 500) : o.error();
                        if (e.attempts >= config.maxAttempts()) {
                            e.status = OutboxEvent.Status.PARKED;
                            parked.add(e.seq);
                        } else {
                            e.nextAttemptAt = now.plus(backoff(e.attempts));
                        }
                    }
                    return o.unregisteredDevices().isEmpty() ? Uni.createFrom().voidItem()
                            : repository.forgetDevices(o.unregisteredDevices());
                }));
            }
            // operators hear of it once (inbox; if push itself is down this is where they look)
            return all.chain(() -> parked.isEmpty() ? Uni.createFrom().voidItem()
                    : notifier.notifyOperatorsOnce(NotificationKind.DELIVERIES_PARKED, Notifier.PARKED_DELIVERIES));
        });
    }

    /** Exponential backoff with full jitter: random in [base·2^(n−1)/2, base·2^(n−1)], capped at an hour. */
    Duration backoff(int attempts) {
        long ceiling = Math.min(Duration.ofHours(1).toMillis(), config.backoff().toMillis() << Math.min(attempts - 1, 20));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }
}
