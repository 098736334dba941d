package org.weiyuan.household;

/** Which decision an appeal (申诉) is about. */
public enum AppealedDecision {
    /** 审核未通过 */
    REJECTED,
    /** 退出 (e.g. found ineligible on a re-check, 复核不符合条件) */
    EXITED
}
