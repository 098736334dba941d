package org.weiyuan.household;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** 责任追究: a finding against a staff member who registered, investigated, approved or re-checked a file found ineligible. */
@Entity
@Table(name = "accountability_finding")
public class AccountabilityFinding {

    @Id
    public UUID id;
    public UUID householdId;
    public UUID staffSubject;
    /** The staff member's unit when the finding was recorded: findings are listed by the units above it. */
    public UUID staffUnitId;
    @Enumerated(EnumType.STRING)
    public AccountabilityRole role;
    public String reason;
    public UUID recordedBy;
    public Instant recordedAt;
}
