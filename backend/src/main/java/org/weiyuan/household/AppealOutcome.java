package org.weiyuan.household;

/** What the reviewing staff decide on an appeal (申诉复议结果). */
public enum AppealOutcome {
    /** 维持原决定: the rejection or exit stands. */
    UPHELD,
    /** 撤销原决定: the file is restored. */
    REVERSED;

    AppealStatus status() {
        return this == UPHELD ? AppealStatus.UPHELD : AppealStatus.REVERSED;
    }
}
