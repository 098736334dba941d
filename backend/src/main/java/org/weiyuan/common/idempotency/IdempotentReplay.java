package org.weiyuan.common.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A replayed request: ends the transaction it ran in without effect (a failure rolls it back), and
 * {@link IdempotencyMapper} answers the kept status and body again, with {@code Idempotent-Replayed: true}.
 */
public final class IdempotentReplay extends RuntimeException {

    /** The header telling a client that the answer is the one given before. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private final int status;
    private final String body;

    IdempotentReplay(int status, String body) {
        super("replayed", null, false, false);
        this.status = status;
        this.body = body;
    }

    /** The answer given the first time: its status, its JSON body (none for a 204) and {@link #REPLAYED}. */
    Response response() {
        Response.ResponseBuilder answer = Response.status(status).header(REPLAYED, "true");
        return body == null ? answer.build() : answer.type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
