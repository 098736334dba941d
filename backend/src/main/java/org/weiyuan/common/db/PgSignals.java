package org.weiyuan.common.db;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * PostgreSQL LISTEN/NOTIFY, the database side of {@link org.weiyuan.common.DatabaseSignals}: one
 * listening connection of its own per replica (LISTEN cannot share the pool's connections, which
 * go back to the pool after each query) and NOTIFY inside the caller's Hibernate transaction.
 * Reads Quarkus's own datasource settings, so it has no setting of ours.
 */
@ApplicationScoped
public class PgSignals {

    private static final Logger LOG = Logger.getLogger(PgSignals.class);

    private final Vertx vertx;
    private final String url;
    private final String user;
    private final String password;
    private PgSubscriber subscriber;

    PgSignals(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
              @ConfigProperty(name = "quarkus.datasource.username") String user,
              @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Connects the listening connection (reconnecting every second when it drops) and hands each channel's payloads to {@code deliver}. */
    public void listen(List<String> channels, BiConsumer<String, String> deliver) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url)
                .setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        for (String name : channels) {
            subscriber.channel(name).handler(payload -> deliver.accept(name, payload));
        }
        subscriber.connect().subscribe().with(ok -> LOG.debug("Listening for database signals"),
                failure -> LOG.warn("Cannot listen for database signals; live updates fall back to polling", failure));
    }

    public void close() {
        if (subscriber != null) {
            subscriber.close().subscribe().with(ok -> { }, failure -> { });
        }
    }

    /** Whether the listening connection is up now. */
    public boolean listening() {
        return subscriber != null && !subscriber.closed() && subscriber.actualConnection() != null;
    }

    /** NOTIFY in the current Hibernate Reactive transaction: delivered when (and only if) it commits. */
    public Uni<Void> notifyOnCommit(String channel, String payload) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select cast(pg_notify(:c, :p) as text)", String.class)
                .setParameter("c", channel).setParameter("p", payload).getSingleResultOrNull()).replaceWithVoid();
    }
}
