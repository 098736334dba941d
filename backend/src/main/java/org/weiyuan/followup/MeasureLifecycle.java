package org.weiyuan.followup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The life of a help measure (帮扶措施): planned, under way, done (with a result) or dropped.
 * A plain transition table; the service applies it and answers 409 with the current state when
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

    private static final Map<Status, Map<Action, Status>> TABLE = new EnumMap<>(Status.class);

    static {
        for (Status s : Status.values()) {
            TABLE.put(s, new EnumMap<>(Action.class));
        }
        TABLE.get(Status.PLANNED).put(Action.START, Status.IN_PROGRESS);
        TABLE.get(Status.PLANNED).put(Action.COMPLETE, Status.DONE);
        TABLE.get(Status.PLANNED).put(Action.DROP, Status.DROPPED);
        TABLE.get(Status.IN_PROGRESS).put(Action.COMPLETE, Status.DONE);
        TABLE.get(Status.IN_PROGRESS).put(Action.DROP, Status.DROPPED);
        // a dropped measure may be taken up again; a done one stays done (its result is the record)
        TABLE.get(Status.DROPPED).put(Action.REOPEN, Status.PLANNED);
    }

    private MeasureLifecycle() { }

    /** The state after {@code action}, or empty when the action does not fit {@code current}. */
    public static Optional<Status> next(Status current, Action action) {
        return Optional.ofNullable(TABLE.get(current).get(action));
    }

    /** Open measures still need work: they show in the owner's queue and may be linked or completed. */
    public static boolean isOpen(Status s) {
        return s == Status.PLANNED || s == Status.IN_PROGRESS;
    }

    /** A result is required when a measure is completed or dropped by staff. */
    public static boolean needsResult(Action action) {
        return action == Action.COMPLETE || action == Action.DROP;
    }
}
