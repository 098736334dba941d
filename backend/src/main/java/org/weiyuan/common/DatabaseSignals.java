package org.weiyuan.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signals between backend replicas through PostgreSQL LISTEN/NOTIFY: a signal sent inside a
 * transaction is delivered on commit only, to every replica (the inbox's live streams, the job
 * index going stale, the feed cache dropped). One listening connection per replica serves every channel.
 */
@ApplicationScoped
public class DatabaseSignals {

    private static final Logger LOG = Logger.getLogger(DatabaseSignals.class);
    public static final String INBOX = "weiyuan_inbox";
    public static final String JOBS = "weiyuan_jobs";
    /** A donor's card changed (FeedCache): sent by the wish table's trigger and after pledges. */
    public static final String FEED = "weiyuan_feed";

    final Vertx vertx;

    DatabaseSignals(Vertx vertx) {
        this.vertx = vertx;
    }
    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final Map<String, BroadcastProcessor<String>> channels = new ConcurrentHashMap<>();
    private PgSubscriber subscriber;

    void start(@Observes StartupEvent e) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url)
                .setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        for (String name : new String[]{INBOX, JOBS, FEED}) {
            BroadcastProcessor<String> processor = channels.computeIfAbsent(name, n -> BroadcastProcessor.create());
            subscriber.channel(name).handler(processor::onNext);
        }
        subscriber.connect().subscribe().with(ok -> LOG.debug("Listening for database signals"),
                failure -> LOG.warn("Cannot listen for database signals; live updates fall back to polling", failure));
    }

    void stop(@Observes ShutdownEvent e) {
        if (subscriber != null) {
            subscriber.close().subscribe().with(ok -> { }, failure -> { });
        }
    }

    /**
     * Whether this replica is listening now. While it is not (the connection dropped; it retries every
     * second), inbox streams get no live updates and the job index waits for its one-minute refresh.
     */
    public boolean listening() {
        return subscriber != null && !subscriber.closed() && subscriber.actualConnection() != null;
    }

    /** Payloads signalled on a channel from now on, by any replica. */
    public Multi<String> on(String channel) {
        return channels.computeIfAbsent(channel, n -> BroadcastProcessor.create());
    }

    /** Signals in the current Hibernate Reactive transaction: delivered when (and only if) it commits. */
    public Uni<Void> send(String channel, String payload) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select cast(pg_notify(:c, :p) as text)", String.class)
                .setParameter("c", channel).setParameter("p", payload).getSingleResultOrNull()).replaceWithVoid();
    }
}
