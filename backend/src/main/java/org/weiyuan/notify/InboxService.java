package org.weiyuan.notify;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.Panache;
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

import java.util.List;
import java.util.UUID;

/** A user's inbox (消息中心) and their registered devices. Each user sees only their own. */
@ApplicationScoped
public class InboxService {

    final BusinessTime time;

    InboxService(BusinessTime time) {
        this.time = time;
    }

    @jakarta.inject.Inject
    Notifier notifier;

    /** Newest first, keyset-paginated. */
    @WithSession
    public Uni<Page<InboxNotification>> list(Actor actor, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        String hql = "from InboxNotification n where n.recipient = :me"
                + (after == null ? "" : " and (n.createdAt < :at or (n.createdAt = :at and n.id < :id))")
                + " order by n.createdAt desc, n.id desc";
        return Panache.getSession().chain(s -> {
            var q = s.createSelectionQuery(hql, InboxNotification.class).setParameter("me", actor.subject()).setMaxResults(limit + 1);
            if (after != null) {
                q.setParameter("at", after.createdAt()).setParameter("id", after.id());
            }
            return q.getResultList();
        }).map(rows -> {
            List<InboxNotification> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            InboxNotification last = page.isEmpty() ? null : page.get(page.size() - 1);
            return new Page<>(page, rows.size() > limit ? new Cursor(last.createdAt, last.id).encode() : null);
        });
    }

    @WithSession
    public Uni<Long> unread(Actor actor) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select count(n) from InboxNotification n where n.recipient = :me and n.readAt is null", Long.class)
                .setParameter("me", actor.subject()).getSingleResult());
    }

    @WithTransaction
    public Uni<InboxNotification> markRead(Actor actor, UUID id) {
        return Panache.getSession().chain(s -> s.find(InboxNotification.class, id)).map(n -> {
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
        return Panache.getSession().chain(s -> s.createMutationQuery(
                        "update InboxNotification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", time.now()).setParameter("me", actor.subject()).executeUpdate())
                .call(() -> notifier.inboxChanged(actor.subject()));
    }

    /** Registers (or re-registers) a push token for the caller; a token belongs to one user only. */
    @WithTransaction
    public Uni<Device> register(Actor actor, String platform, String token, String appVersion, String language) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from Device d where d.token = :t", Device.class)
                .setParameter("t", token).getResultList().chain(found -> {
                    Device d = found.isEmpty() ? new Device() : found.get(0);
                    boolean fresh = found.isEmpty();
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
                    return fresh ? s.persist(d).replaceWith(d) : Uni.createFrom().item(d);
                }));
    }

    /** On logout: the token stops receiving this user's notifications. */
    @WithTransaction
    public Uni<Integer> unregister(Actor actor, String token) {
        return Panache.getSession().chain(s -> s.createMutationQuery("delete from Device d where d.token = :t and d.subject = :me")
                .setParameter("t", token).setParameter("me", actor.subject()).executeUpdate());
    }
}
