package org.weiyuan.household;

import java.util.Set;

/**
 * Computes per-capita income, category (低保户 / 低保边缘户 / 意外致困户) and severity (特困 / 困难)
 * from a household's income, size and causes against the local 低保 line.
 *
 * <p>Comparisons are exact: {@code total × 100 ≤ line × pct × members} in integer fen, so a
 * household exactly at 110% of the line is 特困 and one fen above is not, with no rounding of
 * the per-capita figure in between.
 *
 * <p>Rules (docs/decisions.md explains the choice):
 * <ul>
 *   <li>below the line → 低保户; otherwise an accident or disaster among the causes → 意外致困户;
 *       otherwise within the hardship threshold → 低保边缘户; otherwise not eligible;</li>
 *   <li>severity is by income alone (Harbin rule), except that an 意外致困户 above both
 *       thresholds is still 困难: the category itself makes it a hardship household.</li>
 * </ul>
 */
public final class HardshipAssessor {

    private HardshipAssessor() { }

    /** A 低保 line in force: monthly fen per person, and the two thresholds in percent of it. */
    public record Line(int year, long monthlyFen, int extremePct, int hardshipPct) {
        public static final int DEFAULT_EXTREME_PCT = 110;
        public static final int DEFAULT_HARDSHIP_PCT = 130;
    }

    /** category and severity are null when no line is known for the household's region. */
    public record Assessment(long perCapitaIncomeFen, HouseholdCategory category, Severity severity, Line line) { }

    public static Assessment assess(long totalMonthlyIncomeFen, int members, Set<HardshipCause> causes, Line line) {
        if (members <= 0) {
            throw new IllegalArgumentException("a household has at least one member");
        }
        if (totalMonthlyIncomeFen < 0) {
            throw new IllegalArgumentException("income cannot be negative");
        }
        long perCapita = totalMonthlyIncomeFen / members;
        if (line == null) {
            return new Assessment(perCapita, null, null, null);
        }
        boolean belowLine = totalMonthlyIncomeFen < Math.multiplyExact(line.monthlyFen(), (long) members);
        boolean withinExtreme = atMostPct(totalMonthlyIncomeFen, members, line.monthlyFen(), line.extremePct());
        boolean withinHardship = atMostPct(totalMonthlyIncomeFen, members, line.monthlyFen(), line.hardshipPct());
        boolean accident = causes != null && causes.contains(HardshipCause.ACCIDENT_OR_DISASTER);

        HouseholdCategory category;
        if (belowLine) {
            category = HouseholdCategory.DIBAO;
        } else if (accident) {
            category = HouseholdCategory.ACCIDENT_STRICKEN;
        } else if (withinHardship) {
            category = HouseholdCategory.DIBAO_MARGINAL;
        } else {
            category = HouseholdCategory.NOT_ELIGIBLE;
        }

        Severity severity;
        if (withinExtreme) {
            severity = Severity.EXTREME_HARDSHIP;
        } else if (withinHardship || category == HouseholdCategory.ACCIDENT_STRICKEN) {
            severity = Severity.HARDSHIP;
        } else {
            severity = Severity.NONE;
        }
        return new Assessment(perCapita, category, severity, line);
    }

    /** total / members ≤ line × pct / 100, without division. */
    private static boolean atMostPct(long total, int members, long lineFen, int pct) {
        return Math.multiplyExact(total, 100L) <= Math.multiplyExact(Math.multiplyExact(lineFen, (long) pct), (long) members);
    }
}
