package org.weiyuan.jobs;

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
    public UUID unitId;
    public String name;
    public String district;
    public String contactName;
    public String contactPhoneEnc;
    public UUID createdBy;
    public Instant createdAt;
}
