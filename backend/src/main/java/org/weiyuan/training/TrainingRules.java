package org.weiyuan.training;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules of training follow-through: an enrolment's life (enrolled, then completed with a
 * certificate or dropped), the skill gaps between a worker's profile and the open listings (what
 * training would open doors), and "one household, one skill" (一户一技): a household has its skill
 * once any member completed a course with a certificate. Skills are "SKILL:LEVEL" codes, as jobs
 * keeps them. Plain Java.
 */
public final class TrainingRules {

    @Schema(name = "EnrolmentStatus")
    public enum Status { ENROLLED, COMPLETED, DROPPED }

    public enum Action { COMPLETE, DROP }

    private static final Map<Status, Map<Action, Status>> TABLE = new EnumMap<>(Status.class);

    static {
        for (Status s : Status.values()) {
            TABLE.put(s, new EnumMap<>(Action.class));
        }
        TABLE.get(Status.ENROLLED).put(Action.COMPLETE, Status.COMPLETED);
        TABLE.get(Status.ENROLLED).put(Action.DROP, Status.DROPPED);
    }

    /** A skill the worker lacks (or holds too low), the level asked and how many open listings ask it. */
    public record Gap(String skill, int level, int listings) { }

    private TrainingRules() { }

    public static Optional<Status> next(Status current, Action action) {
        return Optional.ofNullable(TABLE.get(current).get(action));
    }

    /** "SKILL:LEVEL" codes as skill → level. */
    static Map<String, Integer> levels(Collection<String> codes) {
        Map<String, Integer> m = new HashMap<>();
        for (String c : codes) {
            String[] p = c.split(":");
            m.merge(p[0], Integer.parseInt(p[1]), Math::max);
        }
        return m;
    }

    /**
     * The skills open listings ask for above what the worker holds, the level most asked (the
     * highest among the listings that need it), most-demanded first, then by name.
     */
    public static List<Gap> gaps(Collection<String> workerSkills, Collection<? extends Collection<String>> listingSkills) {
        Map<String, Integer> held = levels(workerSkills);
        Map<String, int[]> need = new LinkedHashMap<>();
        for (Collection<String> listing : listingSkills) {
            for (Map.Entry<String, Integer> e : levels(listing).entrySet()) {
                if (held.getOrDefault(e.getKey(), 0) < e.getValue()) {
                    int[] n = need.computeIfAbsent(e.getKey(), k -> new int[2]);
                    n[0] = Math.max(n[0], e.getValue());
                    n[1]++;
                }
            }
        }
        return need.entrySet().stream().map(e -> new Gap(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparingInt(Gap::listings).reversed().thenComparing(Gap::skill)).toList();
    }

    /** 一户一技: the household has its skill once any enrolment of it was completed with a certificate. */
    public static boolean householdHasSkill(Collection<Status> enrolments) {
        return enrolments.contains(Status.COMPLETED);
    }
}
