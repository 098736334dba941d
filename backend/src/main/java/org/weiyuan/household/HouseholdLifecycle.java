package org.weiyuan.household;

import org.weiyuan.common.Transitions;

import static org.weiyuan.household.HouseholdAction.*;
import static org.weiyuan.household.HouseholdStatus.*;

/**
 * The household file state machine, as a table. Actions that do not change the state (edits,
 * recording a visit, answering one of several questions) map a state to itself. Anything not in
 * the table is an illegal transition: 409 naming the current state.
 */
public final class HouseholdLifecycle {

    private static final Transitions<HouseholdAction, HouseholdStatus> TABLE = Transitions.of(HouseholdAction.class, HouseholdStatus.class);

    // CPD-OFF: the table is data, one line per transition
    static {
        allow(EDIT_BY_WORKER, DRAFT, DRAFT);
        allow(EDIT_BY_WORKER, NEEDS_INFO, NEEDS_INFO);
        for (HouseholdStatus s : new HouseholdStatus[] {DRAFT, SUBMITTED, NEEDS_INFO, UNDER_VERIFICATION, APPROVED}) {
            allow(EDIT_BY_STAFF, s, s); // 动态管理: staff keep active files current
        }
        allow(SUBMIT, DRAFT, SUBMITTED);
        allow(START_VERIFICATION, SUBMITTED, UNDER_VERIFICATION);
        allow(RECORD_VERIFICATION, UNDER_VERIFICATION, UNDER_VERIFICATION);
        allow(ASK_QUESTION, SUBMITTED, NEEDS_INFO);
        allow(ASK_QUESTION, UNDER_VERIFICATION, NEEDS_INFO);
        allow(ASK_QUESTION, NEEDS_INFO, NEEDS_INFO);
        allow(ANSWER_QUESTION, NEEDS_INFO, NEEDS_INFO);
        allow(ANSWERS_COMPLETE, NEEDS_INFO, SUBMITTED);
        allow(APPROVE, UNDER_VERIFICATION, APPROVED);
        allow(REJECT, SUBMITTED, REJECTED);
        allow(REJECT, NEEDS_INFO, REJECTED);
        allow(REJECT, UNDER_VERIFICATION, REJECTED);
        allow(EXIT, APPROVED, EXITED);
        allow(REOPEN, EXITED, SUBMITTED);
        allow(REOPEN, REJECTED, SUBMITTED);
        allow(REVERSE_ON_APPEAL, REJECTED, SUBMITTED);
        allow(REVERSE_ON_APPEAL, EXITED, APPROVED);
    }
    // CPD-ON

    private HouseholdLifecycle() { }

    private static void allow(HouseholdAction action, HouseholdStatus from, HouseholdStatus to) {
        TABLE.allow(action, from, to);
    }

    /** The state after {@code action}, or 409 when the action is not allowed in {@code current}. */
    public static HouseholdStatus next(HouseholdStatus current, HouseholdAction action) {
        return TABLE.next(current, action);
    }

    public static boolean allowed(HouseholdStatus current, HouseholdAction action) {
        return TABLE.allowed(current, action);
    }
}
