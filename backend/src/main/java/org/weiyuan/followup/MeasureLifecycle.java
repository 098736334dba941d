package org.weiyuan.followup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weiyuan.common.Transitions;

import java.util.List;
import java.util.Optional;

/**
 * The life of a help measure (帮扶措施): planned, under way, done (with a result) or dropped.
 * A plain transition table (the shared {@link Transitions}); the service applies it and answers 409 with the current state when
 * an action does not fit.
 */
public final class MeasureLifecycle {

    /** Where a measure stands. */
    @Schema(name = "MeasureStatus")
    public enum Status {
        /** 计划中 */ PLANNED,
        /** 实施中 */ IN_PROGRESS,
        /** 已完成 */ DONE,
        /** 已取消 */ DROPPED
    }

    /** What staff (or a completed carrier) do to a measure. */
    public enum Action { START, COMPLETE, DROP, REOPEN }

    private static final Transitions<Action, Status> TABLE = Transitions.of(Action.class, Status.class)
            .allow(Action.START, Status.PLANNED, Status.IN_PROGRESS)
            // a dropped measure may be taken up again; a done one stays done (its result is the record)
            .allow(Action.REOPEN, Status.DROPPED, Status.PLANNED);

    static {
        // an open measure, started or not, is completed or dropped
        for (Status open : List.of(Status.PLANNED, Status.IN_PROGRESS)) {
            TABLE.allow(Action.COMPLETE, open, Status.DONE).allow(Action.DROP, open, Status.DROPPED);
        }
    }

    private MeasureLifecycle() { }

    /** The state after {@code action}, or empty when the action does not fit {@code current}. */
    public static Optional<Status> next(Status current, Action action) {
        return TABLE.allowed(current, action) ? Optional.of(TABLE.next(current, action)) : Optional.empty();
    }

    /** Open measures still need work: they show in the owner's queue and may be linked or completed. */
    public static boolean isOpen(Status s) {
        return TABLE.allowed(s, Action.COMPLETE);
    }

    /** A result is required when a measure is completed or dropped by staff. */
    public static boolean needsResult(Action action) {
        return action == Action.COMPLETE || action == Action.DROP;
    }
}
