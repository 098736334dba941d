package org.weiyuan.wish;

/** What can happen to a wish; {@link WishLifecycle} says from which states. */
public enum WishAction {
    EDIT, SUBMIT, ASK_QUESTION, ANSWER_QUESTION, ANSWERS_COMPLETE, PUBLISH, REJECT, WITHDRAW,
    /** First live pledge. */
    FIRST_PLEDGE,
    /** Every live pledge released: back to waiting for donors. */
    ALL_PLEDGES_RELEASED,
    /** Paid pledges reach the target. */
    FULLY_PAID
}
