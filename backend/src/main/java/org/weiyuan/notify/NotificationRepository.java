package org.weiyuan.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.Cursor;
import org.weiyuan.common.db.BatchClaim;
import org.weiyuan.common.db.SessionRepository;
import org.weiyuan.common.db.Subtree;
import org.weiyuan.notify.Notifications.Device;
import org.weiyuan.notify.Notifications.InboxNotification;
import org.weiyuan.notify.Notifications.NotificationPreference;
import org.weiyuan.notify.Notifications.OutboxEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The notification feature's queries: inboxes (消息中心), devices, quiet-hour settings, the push
 * outbox and who the operators are. Services ask by intent; every HQL/SQL string lives here.
 */
@ApplicationScoped
public class NotificationRepository extends SessionRepository {

    /** The platform's operators: staff of the highest level of the union tree that has staff at all. */
    static final String OPERATORS = """
            select s.subject from staff_member s join union_unit u on u.id = s.unit_id
            where length(u.path) = (select min(length(t.path)) from staff_member m join union_unit t on t.id = m.unit_id)""";

    private final Pool pool;

    NotificationRepository(Pool pool) {
        this.pool = pool;
    }

    // --- inbox ---

    /** One page (plus one row, see {@link Cursor#page}) of the recipient's inbox after {@code after}, newest first. */
    public Uni<List<InboxNotification>> inboxPage(UUID recipient, Cursor after, int limit) {
        String hql = "from InboxNotification n where n.recipient = :me"
                + (after == null ? "" : " and " + Cursor.beforeHql("n"))
                + " order by n.createdAt desc, n.id desc";
        return session(s -> {
            var q = s.createSelectionQuery(hql, InboxNotification.class).setParameter("me", recipient).setMaxResults(limit + 1);
            if (after != null) {
                q.setParameter(Cursor.AT, after.createdAt()).setParameter(Cursor.ID, after.id());
            }
            return q.getResultList();
        });
    }

    public Uni<Long> unreadCount(UUID recipient) {
        return session(s -> s.createSelectionQuery(
                        "select count(n) from InboxNotification n where n.recipient = :me and n.readAt is null", Long.class)
                .setParameter("me", recipient).getSingleResult());
    }

    /**
     * The unread count on a pooled connection, outside any Hibernate session: for the live streams,
     * which ask again on every signal and heartbeat long after the request's session closed.
     */
    public Uni<Long> unreadCountOutsideSession(UUID recipient) {
        return pool.preparedQuery("select count(*) from inbox_notification where recipient = $1 and read_at is null")
                .execute(Tuple.of(recipient)).map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Integer> markAllRead(UUID recipient, Instant now) {
        return session(s -> s.createMutationQuery(
                        "update InboxNotification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", now).setParameter("me", recipient).executeUpdate());
    }

    /** The notification and its push delivery, in the caller's transaction. */
    public Uni<Void> queue(InboxNotification notification, OutboxEvent delivery) {
        return session(s -> s.persist(notification).chain(() -> s.persist(delivery)));
    }

    public Uni<List<InboxNotification>> notifications(List<UUID> ids) {
        return session(s -> s.createSelectionQuery("from InboxNotification n where n.id in :ids", InboxNotification.class)
                .setParameter("ids", ids).getResultList());
    }

    // --- devices ---

    public Uni<Device> deviceByToken(String token) {
        return session(s -> s.createSelectionQuery("from Device d where d.token = :t", Device.class)
                .setParameter("t", token).getResultList()).map(SessionRepository::first);
    }

    public Uni<List<Device>> devicesOf(List<UUID> subjects) {
        return session(s -> s.createSelectionQuery("from Device d where d.subject in :r", Device.class)
                .setParameter("r", subjects).getResultList());
    }

    /** Removes the token if it is this user's. */
    public Uni<Integer> unregister(String token, UUID subject) {
        return session(s -> s.createMutationQuery("delete from Device d where d.token = :t and d.subject = :me")
                .setParameter("t", token).setParameter("me", subject).executeUpdate());
    }

    /** Devices the push service reported gone. */
    public Uni<Void> forgetDevices(List<UUID> ids) {
        return session(s -> s.createMutationQuery("delete from Device d where d.id in :ids")
                .setParameter("ids", ids).executeUpdate()).replaceWithVoid();
    }

    // --- quiet hours ---

    public Uni<NotificationPreference> preference(UUID subject) {
        return find(NotificationPreference.class, subject);
    }

    public Uni<List<NotificationPreference>> preferences(List<UUID> subjects) {
        return session(s -> s.createSelectionQuery("from NotificationPreference p where p.subject in :r", NotificationPreference.class)
                .setParameter("r", subjects).getResultList());
    }

    // --- outbox ---

    /**
     * Claims up to {@code batch} due pending deliveries (see {@link BatchClaim}) and leases them until
     * {@code leaseUntil}, in the caller's transaction; returns them in queue order.
     */
    public Uni<List<OutboxEvent>> claimDue(Instant now, Instant leaseUntil, int batch) {
        return BatchClaim.keys("select seq from outbox_event where status = 'PENDING' and next_attempt_at <= :now order by seq",
                        Map.of("now", now), batch, Long.class)
                .chain(seqs -> seqs.isEmpty() ? Uni.createFrom().item(List.<OutboxEvent>of()) : session(s -> s.createMutationQuery(
                                "update OutboxEvent e set e.nextAttemptAt = :lease where e.seq in :seqs")
                        .setParameter("lease", leaseUntil).setParameter("seqs", seqs).executeUpdate()
                        .chain(() -> s.createSelectionQuery("from OutboxEvent e where e.seq in :seqs order by e.seq", OutboxEvent.class)
                                .setParameter("seqs", seqs).getResultList())));
    }

    public Uni<OutboxEvent> delivery(long seq) {
        return find(OutboxEvent.class, seq);
    }

    public Uni<OutboxEvent> deliveryById(UUID id) {
        return session(s -> s.createSelectionQuery("from OutboxEvent e where e.id = :id", OutboxEvent.class)
                .setParameter("id", id).getSingleResultOrNull());
    }

    /** Deliveries that used every attempt, newest first. */
    public Uni<List<OutboxEvent>> parked(int limit) {
        return session(s -> s.createSelectionQuery("from OutboxEvent e where e.status = :parked order by e.seq desc", OutboxEvent.class)
                .setParameter("parked", OutboxEvent.Status.PARKED).setMaxResults(limit).getResultList());
    }

    // --- who to tell ---

    /**
     * The staff of the nearest unit on {@code unitId}'s path up the tree that has staff, without
     * {@code except} (null: nobody left out).
     */
    public Uni<List<UUID>> nearestStaff(UUID unitId, UUID except) {
        return session(s -> s.createNativeQuery("""
                        with candidates as (
                            select s.subject, length(u.path) as depth
                            from staff_member s join union_unit u on u.id = s.unit_id
                            where %s
                              and s.subject <> :except)
                        select subject from candidates where depth = (select max(depth) from candidates) order by subject"""
                                .formatted(Subtree.joinBelow("(select path from union_unit where id = :unit)", "u.path")),
                        UUID.class)
                .setParameter("unit", unitId)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .getResultList());
    }

    public Uni<List<UUID>> operators() {
        return session(s -> s.createNativeQuery(OPERATORS + " order by s.subject", UUID.class).getResultList());
    }

    /** Operators without an unread notice of this kind. */
    public Uni<List<UUID>> operatorsWithoutUnread(NotificationKind kind) {
        return session(s -> s.createNativeQuery("select o.subject from (" + OPERATORS + ") o"
                        + """
                         where not exists (
                            select 1 from inbox_notification n
                            where n.recipient = o.subject and n.kind = :kind and n.read_at is null)
                        order by o.subject""", UUID.class)
                .setParameter("kind", kind.name())
                .getResultList());
    }

    public Uni<Boolean> isOperator(UUID subject) {
        return session(s -> s.createNativeQuery("select count(*) from (" + OPERATORS + ") o where o.subject = :me", Long.class)
                .setParameter("me", subject).getSingleResult()).map(n -> n > 0);
    }
}
