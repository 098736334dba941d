package org.weiyuan.notify;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditChain;
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
        n.createdAt = AuditChain.now();
        OutboxEvent e = new OutboxEvent();
        e.id = UUID.randomUUID();
        e.notificationId = n.id;
        e.recipient = recipient;
        e.status = OutboxEvent.Status.PENDING;
        e.nextAttemptAt = n.createdAt;
        e.createdAt = n.createdAt;
        return Panache.getSession().chain(s -> s.persist(n).chain(() -> s.persist(e)));
    }

    private static String text(Locale locale, NotificationKind kind, String part, Object... args) {
        String s = Messages.get(locale, "notify." + kind.name() + "." + part, args);
        return s.length() > ("title".equals(part) ? 100 : 500) ? s.substring(0, "title".equals(part) ? 100 : 500) : s;
    }

    public static String household(UUID id) {
        return "weiyuan://households/" + id;
    }

    public static String wish(UUID id) {
        return "weiyuan://wishes/" + id;
    }

    public static String pledge(UUID id) {
        return "weiyuan://pledges/" + id;
    }
}
