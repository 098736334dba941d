package org.weiyuan.household;

/** Where a household file stands in its vetting (建档 → 核查 → 审批) and later life. */
public enum HouseholdStatus {
    /** 草稿: being filled in; only the worker and staff in scope see it. */
    DRAFT,
    /** 已提交: waiting for staff to start verification. */
    SUBMITTED,
    /** 待补充: staff asked questions; the worker answers them. */
    NEEDS_INFO,
    /** 核查中: a home visit is being made (入户核查). */
    UNDER_VERIFICATION,
    /** 已建档: approved and active; the household can receive aid. */
    APPROVED,
    /** 未通过: rejected with a reason. */
    REJECTED,
    /** 已脱困退出: the household has left hardship (脱困退出). */
    EXITED
}
