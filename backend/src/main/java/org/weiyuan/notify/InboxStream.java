package org.weiyuan.notify;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DatabaseSignals;

import java.time.Duration;
import java.util.UUID;

/**
 * Live inbox updates for the app and the console. Each change to someone's inbox sends a PostgreSQL
 * {@code NOTIFY} carrying their id, delivered on commit only and to every backend replica; each
 * replica LISTENs and pushes the fresh unread count down its open server-sent-event streams.
 * A periodic count on every stream covers a notice missed while the listener reconnected.
 */
@ApplicationScoped
public class InboxStream {

    static final Duration HEARTBEAT = Duration.ofSeconds(25);

    final DatabaseSignals signals;
    final NotificationRepository repository;

    InboxStream(DatabaseSignals signals, NotificationRepository repository) {
        this.signals = signals;
        this.repository = repository;
    }

    /** The user's unread count now, then after every change to their inbox, and at each heartbeat. */
    /** One event of the live unread count (实时未读数): {@code {"unread": n}}. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "LiveUnreadCount")
    public record UnreadCount(long unread) { }

    public Multi<UnreadCount> unreadCounts(UUID subject) {
        String me = subject.toString();
        Multi<Object> triggers = Multi.createBy().merging().streams(
                Multi.createFrom().item("open"),
                signals.on(DatabaseSignals.INBOX).filter(me::equals).map(x -> (Object) x),
                Multi.createFrom().ticks().every(HEARTBEAT).map(x -> (Object) x));
        return triggers.onItem().transformToUniAndConcatenate(x -> repository.unreadCountOutsideSession(subject))
                .map(UnreadCount::new);
    }
}
