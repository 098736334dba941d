package org.weiyuan.followup;

import org.weiyuan.followup.MeasureLifecycle.Status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Closing a help plan when its household leaves the files (脱困退出): every measure gets an outcome
 * with a reason, open measures are settled by that outcome, and the plan's overall outcome follows
 * from its measures'. Plain Java, tested without a container; the service applies the result.
 */
public final class PlanExitRules {

    /** What a measure achieved by the time the household left (措施成效). */
    public enum MeasureOutcome {
        /** 已达成 */ ACHIEVED,
        /** 部分达成 */ PARTLY_ACHIEVED,
        /** 未达成 */ NOT_ACHIEVED,
        /** 不再需要 (e.g. the need went away with the hardship) */ NOT_NEEDED
    }

    /** A measure as it stands when the plan is closed. */
    public record Measure(UUID id, Status status) { }

    /** What staff state for one measure. */
    public record Stated(UUID measureId, MeasureOutcome outcome, String reason) { }

    /** One measure's closing: its outcome, the reason and the status it ends in. */
    public record Closing(UUID measureId, MeasureOutcome outcome, String reason, Status finalStatus) { }

    /** A refused statement: the field (as the request names it), the message key and its argument. */
    public record Violation(String field, String messageKey, String arg) { }

    /** The plan's closing, or why it cannot be closed as stated. */
    public record Result(List<Closing> closings, MeasureOutcome planOutcome, List<Violation> violations) {
        public boolean accepted() {
            return violations.isEmpty();
        }
    }

    private PlanExitRules() { }

    /**
     * Checks the statements against the plan's measures: each measure exactly once, each with a
     * reason; a dropped measure achieved nothing (ACHIEVED / PARTLY_ACHIEVED refused) and a done
     * one was needed (NOT_NEEDED refused). Every violation is reported, each on its own field.
     */
    public static Result close(Collection<Measure> measures, List<Stated> stated) {
        Map<UUID, Status> byId = new java.util.HashMap<>();
        measures.forEach(m -> byId.put(m.id(), m.status()));
        List<Violation> violations = new ArrayList<>();
        List<Closing> closings = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < stated.size(); i++) {
            Stated s = stated.get(i);
            String field = "outcomes[" + i + "]";
            Status status = byId.get(s.measureId());
            if (status == null) {
                violations.add(new Violation(field + ".measureId", "problem.followup.exit-unknown-measure", String.valueOf(s.measureId())));
                continue;
            }
            if (!seen.add(s.measureId())) {
                violations.add(new Violation(field + ".measureId", "problem.followup.exit-measure-twice", s.measureId().toString()));
                continue;
            }
            if (s.reason() == null || s.reason().isBlank()) {
                violations.add(new Violation(field + ".reason", "problem.followup.exit-reason-required", s.outcome().name()));
            }
            if (!fits(status, s.outcome())) {
                violations.add(new Violation(field + ".outcome", "problem.followup.exit-outcome-unfit", status.name()));
            }
            closings.add(new Closing(s.measureId(), s.outcome(), s.reason() == null ? null : s.reason().strip(),
                    finalStatus(status, s.outcome())));
        }
        measures.stream().filter(m -> !seen.contains(m.id())).forEach(m ->
                violations.add(new Violation("outcomes", "problem.followup.exit-outcome-missing", m.id().toString())));
        if (!violations.isEmpty()) {
            return new Result(List.of(), null, List.copyOf(violations));
        }
        return new Result(List.copyOf(closings), planOutcome(closings.stream().map(Closing::outcome).toList()), List.of());
    }

    /** The reason recorded on every measure of a plan ended by a re-check's finding of ineligibility. */
    public static final String INELIGIBLE_REASON = "复核不符合条件,计划终止 Ended: the household was found ineligible on re-check";

    /**
     * The statements for a plan ended by a re-check's finding (不符合条件): no one is asked for an
     * outcome, so a done measure counts as achieved and every other one as not achieved.
     */
    public static List<Stated> onIneligible(Collection<Measure> measures) {
        return measures.stream().map(m -> new Stated(m.id(),
                m.status() == Status.DONE ? MeasureOutcome.ACHIEVED : MeasureOutcome.NOT_ACHIEVED, INELIGIBLE_REASON)).toList();
    }

    /** A dropped measure was not carried out, so it achieved nothing; a done measure was needed. */
    static boolean fits(Status status, MeasureOutcome outcome) {
        return switch (status) {
            case DROPPED -> outcome == MeasureOutcome.NOT_ACHIEVED || outcome == MeasureOutcome.NOT_NEEDED;
            case DONE -> outcome != MeasureOutcome.NOT_NEEDED;
            case PLANNED, IN_PROGRESS -> true;
        };
    }

    /** Open measures end DONE when they achieved something, DROPPED otherwise; closed ones keep their status. */
    static Status finalStatus(Status status, MeasureOutcome outcome) {
        if (!MeasureLifecycle.isOpen(status)) {
            return status;
        }
        return outcome == MeasureOutcome.ACHIEVED || outcome == MeasureOutcome.PARTLY_ACHIEVED ? Status.DONE : Status.DROPPED;
    }

    /**
     * The plan's outcome: ACHIEVED when every needed measure was achieved, NOT_NEEDED when none was
     * needed, NOT_ACHIEVED when nothing needed was achieved even in part, PARTLY_ACHIEVED otherwise.
     */
    static MeasureOutcome planOutcome(Collection<MeasureOutcome> outcomes) {
        List<MeasureOutcome> needed = outcomes.stream().filter(o -> o != MeasureOutcome.NOT_NEEDED).toList();
        if (needed.isEmpty()) {
            return MeasureOutcome.NOT_NEEDED;
        }
        if (needed.stream().allMatch(o -> o == MeasureOutcome.ACHIEVED)) {
            return MeasureOutcome.ACHIEVED;
        }
        if (needed.stream().allMatch(o -> o == MeasureOutcome.NOT_ACHIEVED)) {
            return MeasureOutcome.NOT_ACHIEVED;
        }
        return MeasureOutcome.PARTLY_ACHIEVED;
    }
}
