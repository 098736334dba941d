package org.weiyuan.audit;

import org.weiyuan.common.BusinessTime;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.security.Actor;

import java.util.List;
import java.util.UUID;

/**
 * Appends to the audit log inside the caller's transaction, so an audited change and its audit
 * line commit or roll back together. The append takes no shared lock: the row is written unsealed
 * and {@link AuditSealer} links it into the hash chain after it commits, within
 * {@code weiyuan.audit.seal-every}. Writers on every replica therefore never queue behind each other.
 */
@ApplicationScoped
public class AuditLog {

    final BusinessTime time;
    final AuditEntryRepository entries;

    AuditLog(BusinessTime time, AuditEntryRepository entries) {
        this.time = time;
        this.entries = entries;
    }

    public Uni<Void> record(Actor actor, String action, String entityType, UUID entityId,
                            Object before, Object after, String detail) {
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
        return entries.append(e);
    }

    /** Sealed entries after chain position {@code afterSeq}, in chain order. */
    public Uni<List<AuditEntry>> batchAfter(long afterSeq, int size) {
        return entries.sealedAfter(afterSeq, size);
    }
}
