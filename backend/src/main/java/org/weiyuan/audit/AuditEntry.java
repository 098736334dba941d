package org.weiyuan.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the append-only audit log (审计日志). Rows are only ever inserted; each carries the
 * hash of the previous row, so removing, reordering or editing any row breaks the chain.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** Position in the chain; internal only (the public identifier is {@link #id}). */
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
    public String prevHash;
    public String hash;
}
