package org.weiyuan.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.UUID;

/**
 * Runs an {@link Idempotent} action with an {@code Idempotency-Key} in ONE transaction with its key: it
 * claims the caller's key (waiting for a concurrent request with the same key to end), then either runs
 * the action and keeps its 2xx answer beside the action's own writes, or meets an earlier request: the
 * same one is answered again with no effect ({@link IdempotentReplay}, header {@code Idempotent-Replayed:
 * true}), another one is refused (422 on {@code Idempotency-Key}). The services' own
 * {@code @WithTransaction} join this transaction (Hibernate Reactive reuses the session and its
 * transaction), so a crash or a failure keeps neither the action nor the key. Without the header the
 * action runs as it always did.
 * <p>
 * After validation (whose interceptor runs first, at {@code PLATFORM_AFTER + 800}): a malformed body is
 * refused before a key is taken.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotencyInterceptor {

    private final IdempotencyRepository requests;
    private final SecurityIdentity identity;
    private final HttpServerRequest http;
    private final ObjectMapper json;
    private final BusinessTime time;

    IdempotencyInterceptor(IdempotencyRepository requests, SecurityIdentity identity, HttpServerRequest http, ObjectMapper json,
                           BusinessTime time) {
        this.requests = requests;
        this.identity = identity;
        this.http = http;
        this.json = json;
        this.time = time;
    }

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        String header = http.getHeader(IdempotencyRules.HEADER);
        if (header == null) {
            return ctx.proceed();
        }
        IdempotentRequest request = new IdempotentRequest();
        request.id = UUID.randomUUID();
        request.subject = caller();
        request.idempotencyKey = IdempotencyRules.key(header);
        request.method = http.method().name();
        request.path = http.uri();
        request.requestHash = IdempotencyRules.requestHash(request.method, request.path, arguments(ctx.getParameters()));
        request.createdAt = time.now();
        return requests.inTransaction(() -> requests.claim(request).chain(claimed -> claimed
                ? proceed(ctx).call(result -> keep(request.id, ctx.getMethod(), result))
                : requests.earlier(request.subject, request.idempotencyKey).map(earlier -> again(earlier, request.requestHash))));
    }

    /** Whoever holds the token (staff acting for a worker: the staff member): the keys are theirs. */
    private UUID caller() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            try {
                return UUID.fromString(token.getSubject());
            } catch (IllegalArgumentException e) {
                // not one of ours: refused below, as every action refuses it
            }
        }
        throw DomainException.forbidden("problem.no-subject");
    }

    /** The answer to a request meeting an earlier one under its key: never an item, always the replay or the refusal. */
    private static Object again(IdempotentRequest earlier, String requestHash) {
        switch (IdempotencyRules.decide(earlier.requestHash.trim(), requestHash)) {
            case REPLAY -> throw new IdempotentReplay(earlier.status, earlier.responseJson);
            case REFUSE -> throw DomainException.unprocessable(IdempotencyRules.HEADER, "problem.idempotency.key-reused");
            default -> throw new IllegalStateException("a claimed key has no earlier request");
        }
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext ctx) {
        try {
            Object result = ctx.proceed();
            if (!(result instanceof Uni<?>)) {
                throw new IllegalStateException("@Idempotent needs a method returning Uni: " + ctx.getMethod());
            }
            return (Uni<Object>) result;
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** Keeps a 2xx answer under the claimed key; gives the key back for any other answer. */
    private Uni<Void> keep(UUID id, Method method, Object result) {
        Object entity = result;
        int status;
        if (result instanceof Response r) {
            status = r.getStatus();
            entity = r.getEntity();
        } else if (result instanceof RestResponse<?> r) {
            status = r.getStatus();
            entity = r.getEntity();
        } else {
            ResponseStatus declared = method.getAnnotation(ResponseStatus.class);
            status = declared != null ? declared.value() : result == null ? 204 : 200;
        }
        if (!IdempotencyRules.kept(status)) {
            return requests.release(id);
        }
        try {
            return requests.answer(id, status, entity == null ? null : json.writeValueAsString(entity));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** The action's arguments (path parameters, body) as JSON: what tells one request from another under a key. */
    private String arguments(Object[] parameters) {
        try {
            return json.writeValueAsString(Arrays.asList(parameters));
        } catch (JsonProcessingException e) {
            return Arrays.deepToString(parameters);
        }
    }
}
