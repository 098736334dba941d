package org.weiyuan.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A staff member (工会干部), keyed by Keycloak subject, assigned to one union unit. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    public UUID subject;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
