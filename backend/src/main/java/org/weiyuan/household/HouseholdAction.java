package org.weiyuan.household;

/** What can be done to a household file; {@link HouseholdLifecycle} says from which states. */
public enum HouseholdAction {
    EDIT_BY_WORKER,
    EDIT_BY_STAFF,
    SUBMIT,
    START_VERIFICATION,
    RECORD_VERIFICATION,
    ASK_QUESTION,
    ANSWER_QUESTION,
    /** Last open question answered: the file goes back to the queue by itself. */
    ANSWERS_COMPLETE,
    APPROVE,
    REJECT,
    EXIT,
    REOPEN,
    /** 申诉撤销原决定: a rejected file goes back to review, an exited one is approved again. */
    REVERSE_ON_APPEAL
}
