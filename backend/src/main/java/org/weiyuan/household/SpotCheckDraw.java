package org.weiyuan.household;

import org.weiyuan.common.DomainException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The random part of a spot check (抽查), reproducible: the same population, size and recorded
 * seed always give the same sample, and the same assignment of investigators.
 */
public final class SpotCheckDraw {

    private SpotCheckDraw() { }

    /** {@code size} distinct files, by a partial Fisher–Yates shuffle of the population sorted by id. */
    public static List<UUID> sample(List<UUID> population, int size, long seed) {
        if (size < 0 || size > population.size()) {
            throw new IllegalArgumentException("sample size must lie between 0 and the population");
        }
        List<UUID> pool = new ArrayList<>(population);
        pool.sort(Comparator.naturalOrder()); // independent of the order the database returned
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(pool.size() - i);
            UUID t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        return List.copyOf(pool.subList(0, size));
    }

    /**
     * Gives each sampled file an investigator who did not visit it before (谁调查谁负责: a check
     * is made by someone else), spreading the work: the least loaded eligible staff member,
     * ties by subject. 422 when a file has nobody left to check it.
     *
     * @param visitedBy the investigators of each file's earlier visits
     */
    public static Map<UUID, UUID> assign(List<UUID> sample, Map<UUID, Set<UUID>> visitedBy, List<UUID> staff) {
        List<UUID> candidates = new ArrayList<>(staff);
        candidates.sort(Comparator.naturalOrder());
        Map<UUID, Integer> load = new HashMap<>();
        Map<UUID, UUID> assigned = new LinkedHashMap<>();
        for (UUID file : sample) {
            Set<UUID> excluded = visitedBy.getOrDefault(file, Set.of());
            UUID pick = candidates.stream().filter(s -> !excluded.contains(s))
                    .min(Comparator.<UUID>comparingInt(s -> load.getOrDefault(s, 0)).thenComparing(Comparator.naturalOrder()))
                    .orElseThrow(() -> DomainException.unprocessable("unitId", "problem.spot-check.no-investigator"));
            assigned.put(file, pick);
            load.merge(pick, 1, Integer::sum);
        }
        return assigned;
    }
}
