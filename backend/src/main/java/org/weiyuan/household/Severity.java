package org.weiyuan.household;

/** Severity by the Harbin rule (seed 000): per-capita income against the 低保 line. */
public enum Severity {
    /** 特困职工: within the extreme threshold (default 110% of the line). */
    EXTREME_HARDSHIP,
    /** 困难职工: within the hardship threshold (default 130% of the line). */
    HARDSHIP,
    /** Above both thresholds. */
    NONE;

    /** How much a ranking lifts this household: 2 extreme, 1 hardship, 0 otherwise (a name or null, as stored on wishes and profiles). */
    public static int rank(String name) {
        return EXTREME_HARDSHIP.name().equals(name) ? 2 : HARDSHIP.name().equals(name) ? 1 : 0;
    }
}
