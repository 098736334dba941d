package org.weiyuan.common.idempotency;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers a replayed request (see {@link IdempotencyInterceptor}) with the answer given the first time. */
public class IdempotencyMapper {

    @ServerExceptionMapper
    public Response replay(IdempotentReplay replay) {
        return replay.response();
    }
}
