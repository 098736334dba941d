package org.weiyuan.household;

import jakarta.persistence.Column;
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
    @Column(name = "household_id")
    public UUID householdId;
    public int position;
    @Enumerated(EnumType.STRING)
    public Relation relation;
    public String name;
    @Column(name = "birth_year")
    public int birthYear;
    @Enumerated(EnumType.STRING)
    public Schooling schooling;
    @Enumerated(EnumType.STRING)
    @Column(name = "health_status")
    public HealthStatus healthStatus;
    @Column(name = "health_detail_enc")
    public String healthDetailEnc;
    @Enumerated(EnumType.STRING)
    @Column(name = "work_status")
    public WorkStatus workStatus;
    @Column(name = "monthly_income_fen")
    public long monthlyIncomeFen;
}
