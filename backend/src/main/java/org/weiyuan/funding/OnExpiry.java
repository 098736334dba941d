package org.weiyuan.funding;

/** What the donor chose, at pledge time, for their money if the wish expires unfunded. */
public enum OnExpiry {
    /** 退款 */
    REFUND,
    /** 转入活动公共基金 */
    MOVE_TO_GENERAL_FUND
}
