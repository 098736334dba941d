package org.weiyuan.household;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** 志愿者名册: one volunteer (义工) of a unit's roster; the phone is stored encrypted (V170). */
@Entity
@Table(name = "volunteer")
public class RosterVolunteer {
    @Id
    public UUID id;
    public UUID unitId;
    public String name;
    public String phoneEnc;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] skills;
    public boolean active;
    public UUID createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
