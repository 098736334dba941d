package org.weiyuan.unionaid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weiyuan.common.Transitions;

import java.util.UUID;

/**
 * The life of a transfer between union funds (资金划转): one staff member prepares it, another
 * approves it, and only then is it posted to the ledger (一人经办、一人审批); or the other rejects it.
 */
public final class TransferLifecycle {

    @Schema(name = "FundTransferStatus")
    public enum Status {
        /** 待审批: recorded, nothing moved yet */ PREPARED,
        /** 已划转: approved and posted as one journal entry */ POSTED,
        /** 已退回 */ REJECTED
    }

    public enum Action { APPROVE, REJECT }

    static final Transitions<Action, Status> TABLE = Transitions.of(Action.class, Status.class)
            .allow(Action.APPROVE, Status.PREPARED, Status.POSTED)
            .allow(Action.REJECT, Status.PREPARED, Status.REJECTED);

    private TransferLifecycle() { }

    /** The state after {@code action}; 409 naming the current state when it does not fit. */
    public static Status next(Status current, Action action) {
        return TABLE.next(current, action);
    }

    /** The checker is never the preparer. */
    public static boolean mayDecide(UUID preparer, UUID checker) {
        return checker != null && !checker.equals(preparer);
    }
}
