package org.weiyuan.common;

import io.vertx.pgclient.PgException;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a database that cannot be reached (数据库不可达) from a bug: the failures the reactive
 * PostgreSQL client, its pool and Hibernate Reactive (which wraps them) report when the server is
 * down, restarting, in crash recovery or refusing connections. Those mean "try again shortly"
 * (503), never a 500. A plain rule with plain unit tests.
 */
public final class ConnectionFailures {

    /**
     * SQLSTATEs of a server that is going away or not yet back: admin/crash shutdown, "the database
     * system is starting up / in recovery mode", too many connections. Class 08 (connection
     * exception) is matched by prefix.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private ConnectionFailures() { }

    /** Whether {@code e} or anything it wraps says the database cannot be reached right now. */
    public static boolean isDatabaseUnreachable(Throwable e) {
        return reason(e) != null;
    }

    /** The wrapped failure that shows the database is unreachable, or null if there is none. */
    public static Throwable reason(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (matches(t)) {
                return t;
            }
        }
        return null;
    }

    private static boolean matches(Throwable t) {
        if (t instanceof PgException pg) {
            String state = pg.getSqlState();
            return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
        }
        if (t instanceof ConnectException || t instanceof ClosedChannelException) {
            return true; // refused (server down) or the socket closed under us
        }
        String name = t.getClass().getName();
        if (name.equals("io.vertx.sqlclient.ClosedConnectionException")
                || name.equals("io.vertx.core.http.ConnectionPoolTooBusyException")
                || name.equals("io.vertx.core.impl.NoStackTraceTimeoutException")) {
            return true;
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (name.equals("io.vertx.core.impl.NoStackTraceThrowable") || t instanceof io.vertx.core.VertxException) {
            // Vert.x's stackless "Connection is not active now", "Connection was closed", "Pool closed"
            return message.contains("connection") || message.contains("pool closed") || message.equals("timeout");
        }
        if (t instanceof java.io.IOException) {
            // netty's native transport: "recvAddress(..) failed: Connection reset by peer"
            return message.contains("connection reset") || message.contains("broken pipe");
        }
        return false;
    }

    /** One line for the log: the failure's class and message, without a stack trace. */
    public static String describe(Throwable e) {
        Throwable reason = reason(e);
        Throwable shown = reason == null ? e : reason;
        return shown.getClass().getSimpleName() + ": " + shown.getMessage();
    }
}
