package org.weiyuan.household;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which 低保 line is the reference for an assessment made in a given year: among the lines of the
 * unit and its ancestors that already apply that year, the nearest unit's, then the one that
 * started to apply last, then the latest standard. With the default ({@code appliesFromYear =
 * year + 1}) an assessment in 2026 uses the 2025 line: 上年城市低保标准 (seed 000).
 */
public final class ReferenceLine {

    private ReferenceLine() { }

    /** One candidate line: its unit, its own year and the first year it applies in. */
    public record Candidate(UUID unitId, int year, int appliesFromYear) { }

    /** The default first year a line of {@code year} applies in: the following year. */
    public static int defaultAppliesFrom(int year) {
        return year + 1;
    }

    /**
     * @param depth path length of each unit of the chain (longer is nearer to the household)
     * @return the reference line, or empty when none applies in {@code assessmentYear}
     */
    public static <L> Optional<L> pick(Collection<L> lines, java.util.function.Function<L, Candidate> candidate,
                                       Map<UUID, Integer> depth, int assessmentYear) {
        return lines.stream()
                .filter(l -> candidate.apply(l).appliesFromYear() <= assessmentYear && depth.containsKey(candidate.apply(l).unitId()))
                .max(Comparator.<L>comparingInt(l -> depth.get(candidate.apply(l).unitId()))
                        .thenComparingInt(l -> candidate.apply(l).appliesFromYear())
                        .thenComparingInt(l -> candidate.apply(l).year()));
    }
}
