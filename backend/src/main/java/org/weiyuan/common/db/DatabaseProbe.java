package org.weiyuan.common.db;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code select 1} on the reactive pool, for the outage probe and readiness
 * ({@link org.weiyuan.common.DatabaseOutage}, {@link org.weiyuan.common.DatabaseOutageHealth}):
 * it must run without a Hibernate session, which a database that is down cannot open.
 */
@ApplicationScoped
public class DatabaseProbe {

    private final Pool pool;

    DatabaseProbe(Pool pool) {
        this.pool = pool;
    }

    /**
     * {@code select 1} on a connection of its own. Not {@code pool.query(…).execute()}: when the
     * connection cannot be made, that path leaves its acquire-timeout timer running, which later
     * throws "Result is already complete" into Vert.x, an ERROR with a stack trace per probe
     * (eclipse-vertx/vertx-sql-client#1706).
     */
    public Uni<Void> selectOne() {
        return pool.withConnection(c -> c.query("select 1").execute()).replaceWithVoid();
    }
}
