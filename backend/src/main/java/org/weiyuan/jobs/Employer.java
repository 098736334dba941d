package org.weiyuan.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An employer (用人单位) a union works with; its contact's phone is personal data, kept encrypted. */
@Entity
@Table(name = "employer")
public class Employer {
    @Id
    public UUID id;
    @Column(name = "unit_id")
    public UUID unitId;
    public String name;
    public String district;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_phone_enc")
    public String contactPhoneEnc;
    @Column(name = "created_by")
    public UUID createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
