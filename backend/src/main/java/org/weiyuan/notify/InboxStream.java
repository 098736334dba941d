package org.weiyuan.notify;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Live inbox updates for the app and the console. Each change to someone's inbox sends a PostgreSQL
 * {@code NOTIFY} carrying their id, delivered on commit only and to every backend replica; each
 * replica LISTENs and pushes the fresh unread count down its open server-sent-event streams.
 * A periodic count on every stream covers a notice missed while the listener reconnected.
 */
@ApplicationScoped
public class InboxStream {

    private static final Logger LOG = Logger.getLogger(InboxStream.class);
    static final String CHANNEL = "weiyuan_inbox";
    static final Duration HEARTBEAT = Duration.ofSeconds(25);

    @Inject
    Vertx vertx;
    @Inject
    Pool pool;
    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final BroadcastProcessor<UUID> changes = BroadcastProcessor.create();
    private PgSubscriber subscriber;

    void start(@Observes StartupEvent e) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url)
                .setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).handler(payload -> {
            try {
                changes.onNext(UUID.fromString(payload));
            } catch (IllegalArgumentException ignored) {
                // not ours
            }
        });
        subscriber.connect().subscribe().with(ok -> LOG.debug("Listening for inbox changes"),
                failure -> LOG.warn("Cannot listen for inbox changes; streams fall back to the heartbeat", failure));
    }

    void stop(@Observes ShutdownEvent e) {
        if (subscriber != null) {
            subscriber.close().subscribe().with(ok -> { }, failure -> { });
        }
    }

    /** The user's unread count now, then after every change to their inbox, and at each heartbeat. */
    public Multi<Map<String, Long>> unreadCounts(UUID subject) {
        Multi<Object> triggers = Multi.createBy().merging().streams(
                Multi.createFrom().item("open"),
                changes.filter(subject::equals).map(x -> (Object) x),
                Multi.createFrom().ticks().every(HEARTBEAT).map(x -> (Object) x));
        return triggers.onItem().transformToUniAndConcatenate(x -> unread(subject))
                .map(n -> Map.of("unread", n));
    }

    private Uni<Long> unread(UUID subject) {
        return pool.preparedQuery("select count(*) from inbox_notification where recipient = $1 and read_at is null")
                .execute(Tuple.of(subject)).map(rows -> rows.iterator().next().getLong(0));
    }
}
