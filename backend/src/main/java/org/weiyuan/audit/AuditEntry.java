package org.weiyuan.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the append-only audit log (审计日志). Rows are inserted unsealed by the audited
 * transaction and sealed later by {@link AuditSealer}: it gives each its {@link #chainPos} and the
 * hash of the entry before it, so removing, reordering or editing a sealed entry breaks the chain.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** Order of insertion (not of the chain: transactions commit out of it); internal only (the public identifier is {@link #id}). */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    public UUID id;
    public Instant occurredAt;
    public UUID actorSubject;
    public String actorRole;
    public String action;
    public String entityType;
    public UUID entityId;
    public String beforeDigest;
    public String afterDigest;
    public String detail;
    /** Position in the hash chain (1, 2, 3…), set by the sealer; null while unsealed. */
    public Long chainPos;
    /** Null while unsealed. */
    public String prevHash;
    /** Null while unsealed. */
    public String hash;
}
