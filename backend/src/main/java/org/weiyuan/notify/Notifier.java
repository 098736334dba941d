package org.weiyuan.notify;

import org.weiyuan.common.BusinessTime;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DatabaseSignals;
import org.weiyuan.common.Messages;
import org.weiyuan.notify.Notifications.InboxNotification;
import org.weiyuan.notify.Notifications.OutboxEvent;

import java.util.Locale;
import java.util.UUID;

/**
 * Puts a notification in a user's inbox and queues its push delivery, inside the caller's
 * transaction: the notice exists if and only if the change it announces was committed.
 */
@ApplicationScoped
public class Notifier {

    final BusinessTime time;
    final DatabaseSignals signals;
    final NotificationRepository repository;

    Notifier(BusinessTime time, DatabaseSignals signals, NotificationRepository repository) {
        this.time = time;
        this.signals = signals;
        this.repository = repository;
    }

    public Uni<Void> notify(UUID recipient, NotificationKind kind, String deepLink, Object... args) {
        if (recipient == null) {
            return Uni.createFrom().voidItem(); // e.g. a file staff keep for a worker without an account
        }
        InboxNotification n = new InboxNotification();
        n.id = UUID.randomUUID();
        n.recipient = recipient;
        n.kind = kind;
        n.titleZh = text(Messages.CHINESE, kind, "title", args);
        n.bodyZh = text(Messages.CHINESE, kind, "body", args);
        n.titleEn = text(Locale.ENGLISH, kind, "title", args);
        n.bodyEn = text(Locale.ENGLISH, kind, "body", args);
        n.deepLink = deepLink;
        n.createdAt = time.now();
        OutboxEvent e = new OutboxEvent();
        e.id = UUID.randomUUID();
        e.notificationId = n.id;
        e.recipient = recipient;
        e.status = OutboxEvent.Status.PENDING;
        e.nextAttemptAt = n.createdAt;
        e.createdAt = n.createdAt;
        return repository.queue(n, e).chain(() -> inboxChanged(recipient));
    }

    /**
     * Wakes the recipient's live inbox streams. NOTIFY is delivered on commit only, so a stream
     * never announces a notice that was rolled back.
     */
    public Uni<Void> inboxChanged(UUID recipient) {
        return signals.send(DatabaseSignals.INBOX, recipient.toString());
    }

    /**
     * Tells the staff who will handle something at {@code unitId}: those of the nearest unit on its
     * path up the tree that has staff (a community's file goes to its district when the community has
     * none), leaving out {@code except} (e.g. the first approver when a second one is needed).
     */
    public Uni<Void> notifyStaff(UUID unitId, UUID except, NotificationKind kind, String deepLink, Object... args) {
        return repository.nearestStaff(unitId, except)
                .chain(staff -> each(staff, kind, deepLink, args));
    }

    /**
     * Tells the platform's operators, unless they already have an unread notice of this kind:
     * one reminder, not one per row.
     */
    public Uni<Void> notifyOperatorsOnce(NotificationKind kind, String deepLink, Object... args) {
        return repository.operatorsWithoutUnread(kind)
                .chain(operators -> each(operators, kind, deepLink, args));
    }

    /**
     * Tells every operator, and {@code also} (e.g. administrators named in configuration, who have
     * no staff row), each exactly once. The caller decides how often: see {@link #notifyOperatorsOnce}
     * for "once while unread".
     */
    public Uni<Void> notifyOperators(java.util.Collection<UUID> also, NotificationKind kind, String deepLink, Object... args) {
        return repository.operators()
                .chain(operators -> {
                    java.util.Set<UUID> all = new java.util.LinkedHashSet<>(operators);
                    all.addAll(also);
                    return each(java.util.List.copyOf(all), kind, deepLink, args);
                });
    }

    private Uni<Void> each(java.util.List<UUID> recipients, NotificationKind kind, String deepLink, Object... args) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (UUID r : recipients) {
            all = all.chain(() -> notify(r, kind, deepLink, args));
        }
        return all;
    }

    /** An argument rendered in each language from the message bundles, e.g. a status name. */
    public record Localized(String key) { }

    private static String text(Locale locale, NotificationKind kind, String part, Object... args) {
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Localized l ? Messages.get(locale, l.key()) : args[i];
        }
        String s = Messages.get(locale, "notify." + kind.name() + "." + part, rendered);
        return s.length() > ("title".equals(part) ? 100 : 500) ? s.substring(0, "title".equals(part) ? 100 : 500) : s;
    }

    public static String household(UUID id) {
        return "weiyuan://households/" + id;
    }

    public static String wish(UUID id) {
        return "weiyuan://wishes/" + id;
    }

    public static String disbursement(UUID wishId, UUID disbursementId) {
        return "weiyuan://wishes/" + wishId + "/disbursements/" + disbursementId;
    }

    public static String listing(UUID id) {
        return "weiyuan://jobs/listings/" + id;
    }

    public static String serviceOrder(UUID id) {
        return "weiyuan://services/orders/" + id;
    }

    public static final String PARKED_DELIVERIES = "weiyuan://admin/outbox/parked";

    public static String pledge(UUID id) {
        return "weiyuan://pledges/" + id;
    }
}
