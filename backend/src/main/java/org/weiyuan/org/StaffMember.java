package org.weiyuan.org;

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
    public UUID unitId;
    public String displayName;
    public Instant createdAt;
    public Instant updatedAt;
}
