package org.weiyuan.common;

import io.vertx.pgclient.PgException;

/** Reads PostgreSQL's SQLSTATE out of whatever wraps it (Hibernate, Mutiny, Vert.x). */
public final class UniqueViolations {

    public static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() { }

    public static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg) {
                return pg.getSqlState();
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    public static boolean isUniqueViolation(Throwable e) {
        return UNIQUE_VIOLATION.equals(sqlState(e));
    }
}
