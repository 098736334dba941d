package org.weiyuan.common.idempotency;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.SessionRepository;

import java.time.Instant;
import java.util.UUID;

/** The kept Idempotency-Keys of staff and worker actions (idempotent_request). */
@ApplicationScoped
public class IdempotencyRepository extends SessionRepository {

    /**
     * Claims the caller's key for this request in the current transaction: true when the key was free
     * (the row is this transaction's until it ends), false when an earlier request kept an answer under
     * it. A concurrent request with the same key holds its row uncommitted; the insert waits for it to
     * end (ON CONFLICT), so the two take turns and the second sees the first's answer.
     */
    Uni<Boolean> claim(IdempotentRequest r) {
        return session(s -> s.createNativeQuery("insert into idempotent_request (id, subject, idempotency_key, method, path,"
                        + " request_hash, status, created_at) values (:id, :subject, :key, :method, :path, :hash, 0, :at)"
                        + " on conflict (subject, idempotency_key) do nothing")
                .setParameter("id", r.id).setParameter("subject", r.subject).setParameter("key", r.idempotencyKey)
                .setParameter("method", r.method).setParameter("path", r.path).setParameter("hash", r.requestHash)
                .setParameter("at", r.createdAt).executeUpdate()).map(n -> n == 1);
    }

    /** The request the caller made earlier with this key, or null. */
    Uni<IdempotentRequest> earlier(UUID subject, String key) {
        return session(s -> s.createSelectionQuery("from IdempotentRequest where subject = :subject and idempotencyKey = :key",
                        IdempotentRequest.class)
                .setParameter("subject", subject).setParameter("key", key).getSingleResultOrNull());
    }

    /** Keeps the answer to the claimed request, in the action's transaction. */
    Uni<Void> answer(UUID id, int status, String json) {
        return session(s -> s.createNativeQuery("update idempotent_request set status = :status, response_json = cast(:json as text) where id = :id")
                .setParameter("status", status).setParameter("json", json).setParameter("id", id).executeUpdate()).replaceWithVoid();
    }

    /** Gives the claimed key back (the action answered with something not kept). */
    Uni<Void> release(UUID id) {
        return session(s -> s.createNativeQuery("delete from idempotent_request where id = :id")
                .setParameter("id", id).executeUpdate()).replaceWithVoid();
    }

    /** Forgets the keys kept before {@code cutoff}, in a transaction of its own; how many. */
    Uni<Integer> purgeBefore(Instant cutoff) {
        return inTransaction(() -> session(s -> s.createNativeQuery("delete from idempotent_request where created_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate()));
    }
}
