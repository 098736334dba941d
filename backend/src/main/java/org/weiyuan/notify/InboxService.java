package org.weiyuan.notify;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.Cursor;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Page;
import org.weiyuan.notify.Notifications.Device;
import org.weiyuan.notify.Notifications.InboxNotification;
import org.weiyuan.security.Actor;

import java.util.UUID;

/** A user's inbox (消息中心) and their registered devices. Each user sees only their own. */
@ApplicationScoped
public class InboxService {

    final BusinessTime time;
    final NotificationRepository repository;
    final Notifier notifier;

    InboxService(BusinessTime time, NotificationRepository repository, Notifier notifier) {
        this.time = time;
        this.repository = repository;
        this.notifier = notifier;
    }

    /** Newest first, keyset-paginated. */
    @WithSession
    public Uni<Page<InboxNotification>> list(Actor actor, String cursor, int limit) {
        return repository.inboxPage(actor.subject(), Cursor.decode(cursor), limit)
                .map(rows -> Cursor.page(rows, limit, last -> new Cursor(last.createdAt, last.id).encode()));
    }

    @WithSession
    public Uni<Long> unread(Actor actor) {
        return repository.unreadCount(actor.subject());
    }

    @WithTransaction
    public Uni<InboxNotification> markRead(Actor actor, UUID id) {
        return repository.find(InboxNotification.class, id).map(n -> {
            if (n == null || !n.recipient.equals(actor.subject())) {
                throw DomainException.notFound("notification");
            }
            if (n.readAt == null) {
                n.readAt = time.now();
            }
            return n;
        }).call(n -> notifier.inboxChanged(n.recipient));
    }

    @WithTransaction
    public Uni<Integer> markAllRead(Actor actor) {
        return repository.markAllRead(actor.subject(), time.now())
                .call(() -> notifier.inboxChanged(actor.subject()));
    }

    /** Registers (or re-registers) a push token for the caller; a token belongs to one user only. */
    @WithTransaction
    public Uni<Device> register(Actor actor, String platform, String token, String appVersion, String language) {
        return repository.deviceByToken(token).chain(found -> {
            Device d = found == null ? new Device() : found;
            boolean fresh = found == null;
            if (fresh) {
                d.id = UUID.randomUUID();
                d.token = token;
                d.createdAt = time.now();
            }
            d.subject = actor.subject();
            d.platform = platform;
            d.appVersion = appVersion;
            d.language = language == null ? "zh-CN" : language;
            d.updatedAt = time.now();
            return fresh ? repository.persist(d).replaceWith(d) : Uni.createFrom().item(d);
        });
    }

    /** On logout: the token stops receiving this user's notifications. */
    @WithTransaction
    public Uni<Integer> unregister(Actor actor, String token) {
        return repository.unregister(token, actor.subject());
    }
}
