package org.weiyuan.common;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database cannot be reached" (503) and which are bugs or bad input. */
class ConnectionFailuresTest {

    @Test
    void whatTheReactiveClientReportsWhenPostgresIsDownIsAnOutage() {
        assertThat(ConnectionFailures.isDatabaseUnreachable(new ConnectException("Connection refused: localhost/127.0.0.1:54329"))).isTrue();
        assertThat(ConnectionFailures.isDatabaseUnreachable(new NoStackTraceThrowable("Connection is not active now, current status: CLOSED"))).isTrue();
        assertThat(ConnectionFailures.isDatabaseUnreachable(ClosedConnectionException.INSTANCE)).isTrue();
        assertThat(ConnectionFailures.isDatabaseUnreachable(new VertxException("Connection was closed", true))).isTrue();
        assertThat(ConnectionFailures.isDatabaseUnreachable(new NoStackTraceThrowable("Pool closed"))).isTrue();
        assertThat(ConnectionFailures.isDatabaseUnreachable(new java.io.IOException("recvAddress(..) failed: Connection reset by peer"))).isTrue();
    }

    @Test
    void aServerShuttingDownOrInRecoveryIsAnOutage() {
        assertThat(ConnectionFailures.isDatabaseUnreachable(pg("57P01", "terminating connection due to administrator command"))).isTrue();
        assertThat(ConnectionFailures.isDatabaseUnreachable(pg("57P03", "the database system is in recovery mode"))).isTrue();
        assertThat(ConnectionFailures.isDatabaseUnreachable(pg("08006", "connection failure"))).isTrue();
        assertThat(ConnectionFailures.isDatabaseUnreachable(pg("53300", "sorry, too many clients already"))).isTrue();
    }

    @Test
    void hibernateReactiveAndMutinyWrappingIsSeenThrough() {
        Throwable wrapped = new HibernateException(new CompletionException(
                new NoStackTraceThrowable("Connection is not active now, current status: CLOSED")));
        assertThat(ConnectionFailures.isDatabaseUnreachable(wrapped)).isTrue();
        assertThat(ConnectionFailures.describe(wrapped)).isEqualTo("NoStackTraceThrowable: Connection is not active now, current status: CLOSED");
    }

    @Test
    void bugsAndRefusedStatementsAreNot() {
        assertThat(ConnectionFailures.isDatabaseUnreachable(new NullPointerException())).isFalse();
        assertThat(ConnectionFailures.isDatabaseUnreachable(new IllegalStateException("connection"))).isFalse();
        assertThat(ConnectionFailures.isDatabaseUnreachable(pg("23505", "duplicate key value violates unique constraint"))).isFalse();
        assertThat(ConnectionFailures.isDatabaseUnreachable(pg("22021", "invalid byte sequence for encoding \"UTF8\": 0x00"))).isFalse();
        assertThat(ConnectionFailures.isDatabaseUnreachable(new HibernateException(pg("42P01", "relation does not exist")))).isFalse();
        assertThat(ConnectionFailures.isDatabaseUnreachable(new java.io.IOException("image too large"))).isFalse();
    }

    private static PgException pg(String state, String message) {
        return new PgException(message, "FATAL", state, null);
    }
}
