package org.weiyuan.household;

/** Where an appeal (申诉) stands. */
public enum AppealStatus {
    /** 待复议: filed, waiting for staff of the unit above the deciding one. */
    PENDING,
    /** 维持原决定: the rejection or exit stands. */
    UPHELD,
    /** 撤销原决定: the file is restored (a rejected file back to review, an exited one approved again). */
    REVERSED
}
