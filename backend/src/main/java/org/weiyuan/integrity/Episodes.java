package org.weiyuan.integrity;

import org.weiyuan.integrity.InvariantRecord.Status;

import java.time.Instant;

/**
 * A failure episode runs from the first failing run of a check to the next passing one; operators
 * are told once per episode, not once per run. A check that could not run (ERROR) neither opens
 * nor closes an episode: a database outage is no news about the data.
 */
final class Episodes {

    private Episodes() { }

    /** The episode's bookkeeping on a check's row. */
    record State(Instant failingSince, Instant notifiedAt) {
        static final State NONE = new State(null, null);
    }

    /** The bookkeeping after this run, and whether to tell the operators now. */
    record Next(State state, boolean tellOperators) { }

    static Next after(State previous, Status status, Instant now) {
        State prev = previous == null ? State.NONE : previous;
        return switch (status) {
            case OK -> new Next(State.NONE, false);
            case ERROR -> new Next(prev, false);
            case VIOLATED -> {
                boolean notify = prev.notifiedAt() == null;
                yield new Next(new State(prev.failingSince() == null ? now : prev.failingSince(),
                        notify ? now : prev.notifiedAt()), notify);
            }
        };
    }
}
