package org.weiyuan.jobs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A worker's employment profile (求职档案): what they can do, where, when, and for how much. */
@Entity
@Table(name = "worker_profile")
public class WorkerProfile {
    @Id
    public UUID subject;
    /** The union unit that looks after the worker: staff scope. */
    public UUID unitId;
    public UUID householdId;
    public int birthYear;
    /** "SKILL:LEVEL" for each skill held. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] skills;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] certificates;
    /** Work demands the worker's health rules out. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] healthLimits;
    public String homeDistrict;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] reachableDistricts;
    public int availabilityMask;
    public int desiredWeeklyHours;
    public long desiredWageFen;
    public boolean wantsTraining;
    public UUID updatedBy;
    public Instant updatedAt;
    @Version
    public long version;

    /**
     * Raises one skill to at least {@code level} (a training certificate, 一户一技); a higher level
     * already held stays. Returns whether anything changed.
     */
    public boolean raiseSkill(String skill, int level) {
        java.util.List<String> out = new java.util.ArrayList<>();
        boolean found = false;
        boolean changed = false;
        for (String code : skills == null ? new String[0] : skills) {
            String[] parts = code.split(":");
            if (parts[0].equals(skill)) {
                found = true;
                int held = Integer.parseInt(parts[1]);
                if (held < level) {
                    out.add(skill + ":" + level);
                    changed = true;
                    continue;
                }
            }
            out.add(code);
        }
        if (!found) {
            out.add(skill + ":" + level);
            changed = true;
        }
        skills = out.toArray(new String[0]);
        return changed;
    }
}
