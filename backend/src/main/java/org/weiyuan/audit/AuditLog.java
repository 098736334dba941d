package org.weiyuan.audit;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.security.Actor;

import java.util.List;
import java.util.UUID;

/**
 * Appends to the hash-chained audit log inside the caller's transaction, so an audited change and
 * its audit line commit or roll back together. Appends are serialised by a transaction-scoped
 * advisory lock: the chain must be a line, not a tree, even with several backend replicas.
 */
@ApplicationScoped
public class AuditLog {

    final BusinessTime time;

    AuditLog(BusinessTime time) {
        this.time = time;
    }

    /** Arbitrary constant naming the audit-chain lock among PostgreSQL advisory locks. */
    private static final long CHAIN_LOCK = 0x5765_6979_7561_6EL;

    public Uni<Void> record(Actor actor, String action, String entityType, UUID entityId,
                            Object before, Object after, String detail) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + CHAIN_LOCK + ")) l", Long.class)
                .getSingleResult()
                .chain(locked -> session.createSelectionQuery(
                                "select a.hash from AuditEntry a order by a.seq desc", String.class)
                        .setMaxResults(1).getResultList())
                .chain(last -> {
                    AuditEntry e = new AuditEntry();
                    e.id = UUID.randomUUID();
                    e.occurredAt = time.now();
                    // on a worker's behalf: the accountable person is the staff member; the worker is named
                    e.actorSubject = actor.onBehalf() ? actor.actingStaff() : actor.subject();
                    e.actorRole = actor.onBehalf() ? "staff-for-worker" : actor.primaryRole();
                    e.action = action;
                    e.entityType = entityType;
                    e.entityId = entityId;
                    e.beforeDigest = AuditChain.digest(before);
                    e.afterDigest = AuditChain.digest(after);
                    String text = actor.onBehalf()
                            ? "代办 on behalf of worker " + actor.subject() + (detail == null ? "" : "; " + detail) : detail;
                    e.detail = text == null || text.length() <= 500 ? text : text.substring(0, 500);
                    e.prevHash = last.isEmpty() ? AuditChain.GENESIS : last.get(0);
                    e.hash = AuditChain.hash(e);
                    return session.persist(e).chain(session::flush);
                }));
    }

    /** Entries after {@code afterSeq}, in chain order. */
    public Uni<List<AuditEntry>> batchAfter(long afterSeq, int size) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from AuditEntry a where a.seq > :after order by a.seq", AuditEntry.class)
                .setParameter("after", afterSeq)
                .setMaxResults(size)
                .getResultList());
    }
}
