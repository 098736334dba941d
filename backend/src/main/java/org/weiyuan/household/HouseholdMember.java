package org.weiyuan.household;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.weiyuan.household.MemberAttributes.HealthStatus;
import org.weiyuan.household.MemberAttributes.Relation;
import org.weiyuan.household.MemberAttributes.Schooling;
import org.weiyuan.household.MemberAttributes.WorkStatus;

import java.util.UUID;

/** A member of a household (家庭成员), the head included. Health details are encrypted. */
@Entity
@Table(name = "household_member")
public class HouseholdMember {

    @Id
    public UUID id;
    public UUID householdId;
    public int position;
    @Enumerated(EnumType.STRING)
    public Relation relation;
    public String name;
    public int birthYear;
    @Enumerated(EnumType.STRING)
    public Schooling schooling;
    @Enumerated(EnumType.STRING)
    public HealthStatus healthStatus;
    public String healthDetailEnc;
    /** The member's ID number (encrypted) and its blind index, as the head's; the head's row carries the head's. */
    public String idNumberEnc;
    public String idNumberIndex;
    /** Keyed hash of name + birth year, for duplicate candidates (see DuplicateRules). */
    public String nameBirthIndex;
    @Enumerated(EnumType.STRING)
    public WorkStatus workStatus;
    public long monthlyIncomeFen;
}
