package org.weiyuan.household;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The local urban 低保 line of one unit's region for one year, with the thresholds that decide
 * severity. Data, not code: it differs by city and year and is kept by admins.
 */
@Entity
@Table(name = "poverty_line")
public class PovertyLine {

    @Id
    public UUID id;
    public UUID unitId;
    /** The year the standard was set for (the line's own year). */
    public int year;
    /**
     * The first assessment year this line is the reference for: {@code year + 1} by default, as in
     * Harbin's rule (上年城市低保标准, the previous year's line); {@code year} where a region uses the
     * current year's line.
     */
    public int appliesFromYear;
    public long monthlyFen;
    public int extremePct;
    public int hardshipPct;
    public Instant updatedAt;

    public HardshipAssessor.Line toRule() {
        return new HardshipAssessor.Line(year, monthlyFen, extremePct, hardshipPct);
    }
}
