package org.weiyuan.common;

import io.smallrye.mutiny.Uni;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.HibernateException;
import org.jboss.resteasy.reactive.RestPath;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

/** Test-only: fails the way a request fails when PostgreSQL is down (see DatabaseOutageApiTest). */
@Path("/test-support/outage")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class OutageTestResource {

    private final DatabaseOutage outage;

    public OutageTestResource(DatabaseOutage outage) {
        this.outage = outage;
    }

    @GET
    @Path("/{kind}")
    @Operation(hidden = true)
    public Uni<String> fail(@RestPath String kind) {
        Throwable failure = switch (kind) {
            case "refused" -> new ConnectException("Connection refused: localhost/127.0.0.1:5432");
            case "not-active" -> new NoStackTraceThrowable("Connection is not active now, current status: CLOSED");
            case "closed" -> ClosedConnectionException.INSTANCE;
            case "hibernate" -> new HibernateException(new CompletionException(new ConnectException("Connection refused")));
            case "recovery" -> new PgException("the database system is in recovery mode", "FATAL", "57P03", null);
            default -> new IllegalStateException("a bug");
        };
        return Uni.createFrom().failure(failure);
    }

    @POST
    @Path("/probe")
    @Operation(hidden = true)
    public Uni<Boolean> probe() {
        return outage.probe();
    }
}
