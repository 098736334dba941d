package org.weiyuan.common.db;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends a LISTEN/NOTIFY signal in a transaction of its own, for news that must not wait inside the
 * caller's transaction (see {@link org.weiyuan.common.DatabaseSignals#send} for the in-transaction kind).
 */
@ApplicationScoped
public class Notify {

    private final Pool pool;

    Notify(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> now(String channel, String payload) {
        return pool.preparedQuery("select cast(pg_notify($1, $2) as text)").execute(Tuple.of(channel, payload)).replaceWithVoid();
    }
}
