package org.weiyuan.wish;

import org.weiyuan.common.Transitions;

import static org.weiyuan.wish.WishAction.*;
import static org.weiyuan.wish.WishStatus.*;

/**
 * The wish state machine as a table (审核 → 发布 → 认捐 → 筹满 → …). Fulfilment, expiry and closing
 * are added with the disbursement work.
 */
public final class WishLifecycle {

    private static final Transitions<WishAction, WishStatus> TABLE = Transitions.of(WishAction.class, WishStatus.class);

    // CPD-OFF: the table is data, one line per transition
    static {
        allow(EDIT, DRAFT, DRAFT);
        allow(EDIT, NEEDS_INFO, NEEDS_INFO);
        allow(EDIT_PHOTOS, DRAFT, DRAFT);
        allow(EDIT_PHOTOS, SUBMITTED, SUBMITTED);
        allow(EDIT_PHOTOS, NEEDS_INFO, NEEDS_INFO);
        allow(SUBMIT, DRAFT, SUBMITTED);
        allow(ASK_QUESTION, SUBMITTED, NEEDS_INFO);
        allow(ASK_QUESTION, NEEDS_INFO, NEEDS_INFO);
        allow(ANSWER_QUESTION, NEEDS_INFO, NEEDS_INFO);
        allow(ANSWERS_COMPLETE, NEEDS_INFO, SUBMITTED);
        allow(PUBLISH, SUBMITTED, PUBLISHED);
        allow(REJECT, SUBMITTED, REJECTED);
        allow(REJECT, NEEDS_INFO, REJECTED);
        allow(WITHDRAW, DRAFT, WITHDRAWN);
        allow(WITHDRAW, SUBMITTED, WITHDRAWN);
        allow(WITHDRAW, NEEDS_INFO, WITHDRAWN);
        allow(WITHDRAW, PUBLISHED, WITHDRAWN);
        allow(FIRST_PLEDGE, PUBLISHED, PARTLY_FUNDED);
        allow(FIRST_PLEDGE, PARTLY_FUNDED, PARTLY_FUNDED);
        allow(ALL_PLEDGES_RELEASED, PARTLY_FUNDED, PUBLISHED);
        allow(FULLY_PAID, PARTLY_FUNDED, FUNDED);
        allow(EXPIRE, PUBLISHED, EXPIRED);
        allow(EXPIRE, PARTLY_FUNDED, EXPIRED);
        allow(DISBURSE, FUNDED, FULFILLING);
        allow(DISBURSE, FULFILLING, FULFILLING);
        allow(CONFIRM_RECEIPT, FULFILLING, FULFILLED);
        allow(CLOSE, FULFILLED, CLOSED);
        for (WishStatus s : WishStatus.FREEZABLE) {
            allow(FREEZE, s, FROZEN);
        }
        allow(UNFREEZE_TO_DRAFT, FROZEN, DRAFT);
        allow(UNFREEZE_TO_FEED, FROZEN, PUBLISHED);
        allow(UNFREEZE_HANDED_OVER, FROZEN, FULFILLING);
    }
    // CPD-ON

    private WishLifecycle() { }

    private static void allow(WishAction action, WishStatus from, WishStatus to) {
        TABLE.allow(action, from, to);
    }

    public static WishStatus next(WishStatus current, WishAction action) {
        return TABLE.next(current, action);
    }

    public static boolean allowed(WishStatus current, WishAction action) {
        return TABLE.allowed(current, action);
    }
}
