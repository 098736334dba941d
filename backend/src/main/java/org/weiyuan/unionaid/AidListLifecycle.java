package org.weiyuan.unionaid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weiyuan.common.Transitions;

import java.util.List;
import java.util.Optional;

/**
 * The life of an aid list (帮扶名单, e.g. 两节送温暖): a staff member prepares it (DRAFT) and submits
 * it; a second staff member approves it (maker-checker) or sends it back to draft with a reason;
 * an approved list is paid with proof. Lines change only in draft. Plain transition table (the shared {@link Transitions}).
 */
public final class AidListLifecycle {

    @Schema(name = "AidListStatus")
    public enum Status {
        /** 编制中 */ DRAFT,
        /** 待审批 */ SUBMITTED,
        /** 已审批 (its total is reserved on the fund) */ APPROVED,
        /** 已发放 */ PAID,
        /** 已撤销 */ CANCELLED
    }

    public enum Action { SUBMIT, REJECT, APPROVE, PAY, CANCEL }

    /** Maker-checker on a table: draft → submitted → approved → paid, back to draft when rejected. */
    private static final Transitions<Action, Status> TABLE = Transitions.of(Action.class, Status.class)
            .allow(Action.SUBMIT, Status.DRAFT, Status.SUBMITTED)
            .allow(Action.REJECT, Status.SUBMITTED, Status.DRAFT)
            .allow(Action.APPROVE, Status.SUBMITTED, Status.APPROVED)
            // an approved list has claimed its money: it is paid, not cancelled (a mistake is corrected by a new list)
            .allow(Action.PAY, Status.APPROVED, Status.PAID);

    static {
        for (Status unapproved : List.of(Status.DRAFT, Status.SUBMITTED)) {
            TABLE.allow(Action.CANCEL, unapproved, Status.CANCELLED);
        }
    }

    private AidListLifecycle() { }

    public static Optional<Status> next(Status current, Action action) {
        return TABLE.allowed(current, action) ? Optional.of(TABLE.next(current, action)) : Optional.empty();
    }

    /** Lines are added, changed and removed only while the list is being prepared. */
    public static boolean editable(Status s) {
        return s == Status.DRAFT;
    }

    /** Whether the approver may act: never the preparer (一人编制、另一人审批). */
    public static boolean mayApprove(java.util.UUID preparer, java.util.UUID approver) {
        return approver != null && !approver.equals(preparer);
    }
}
