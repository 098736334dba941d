package org.weiyuan.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit line as admins read it. */
public record AuditEntryView(UUID id, long position, Instant occurredAt, UUID actorSubject, String actorRole,
                             String action, String entityType, UUID entityId, String beforeDigest,
                             String afterDigest, String detail, String hash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, e.seq, e.occurredAt, e.actorSubject, e.actorRole, e.action, e.entityType,
                e.entityId, e.beforeDigest, e.afterDigest, e.detail, e.hash);
    }
}
