package org.weiyuan.wish;

/** What can happen to a wish; {@link WishLifecycle} says from which states. */
public enum WishAction {
    EDIT, EDIT_PHOTOS, SUBMIT, ASK_QUESTION, ANSWER_QUESTION, ANSWERS_COMPLETE, PUBLISH, REJECT, WITHDRAW,
    /** First live pledge. */
    FIRST_PLEDGE,
    /** Every live pledge released: back to waiting for donors. */
    ALL_PLEDGES_RELEASED,
    /** Paid pledges reach the target. */
    FULLY_PAID,
    /** The deadline passed before the wish was fully paid (到期未筹满). */
    EXPIRE,
    /** A disbursement was approved (拨付). */
    DISBURSE,
    /** The household confirms it received the help. */
    CONFIRM_RECEIPT,
    /** Staff clear the thank-you note, or close a fulfilled wish without one. */
    CLOSE,
    /** The household left the approved state: the wish takes no more money (冻结). */
    FREEZE,
    /** 解冻: the file is approved again; a wish frozen before it was published goes back to the worker's draft. */
    UNFREEZE_TO_DRAFT,
    /** 解冻: a published wish that had taken no money goes back on the feed. */
    UNFREEZE_TO_FEED,
    /** 解冻: a wish partly handed over goes back to its hand-over. */
    UNFREEZE_HANDED_OVER
}
