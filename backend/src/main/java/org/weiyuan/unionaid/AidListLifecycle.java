package org.weiyuan.unionaid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The life of an aid list (帮扶名单, e.g. 两节送温暖): a staff member prepares it (DRAFT) and submits
 * it; a second staff member approves it (maker-checker) or sends it back to draft with a reason;
 * an approved list is paid with proof. Lines change only in draft. Plain transition table.
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

    private static final Map<Status, Map<Action, Status>> TABLE = new EnumMap<>(Status.class);

    static {
        for (Status s : Status.values()) {
            TABLE.put(s, new EnumMap<>(Action.class));
        }
        TABLE.get(Status.DRAFT).put(Action.SUBMIT, Status.SUBMITTED);
        TABLE.get(Status.DRAFT).put(Action.CANCEL, Status.CANCELLED);
        TABLE.get(Status.SUBMITTED).put(Action.APPROVE, Status.APPROVED);
        TABLE.get(Status.SUBMITTED).put(Action.REJECT, Status.DRAFT);
        TABLE.get(Status.SUBMITTED).put(Action.CANCEL, Status.CANCELLED);
        // an approved list has claimed its money: it is paid, not cancelled (a mistake is corrected by a new list)
        TABLE.get(Status.APPROVED).put(Action.PAY, Status.PAID);
    }

    private AidListLifecycle() { }

    public static Optional<Status> next(Status current, Action action) {
        return Optional.ofNullable(TABLE.get(current).get(action));
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
