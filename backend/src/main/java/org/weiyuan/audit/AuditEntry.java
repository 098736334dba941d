package org.weiyuan.audit;

import jakarta.persistence.Column;
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
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "actor_subject")
    public UUID actorSubject;
    @Column(name = "actor_role")
    public String actorRole;
    public String action;
    @Column(name = "entity_type")
    public String entityType;
    @Column(name = "entity_id")
    public UUID entityId;
    @Column(name = "before_digest")
    public String beforeDigest;
    @Column(name = "after_digest")
    public String afterDigest;
    public String detail;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;
}
