package org.weiyuan.household;

/** Why a household left the files (脱困退出). */
public enum ExitReason {
    /** 再就业 */
    RE_EMPLOYED,
    /** 收入超过标准 */
    INCOME_ABOVE_THRESHOLD,
    /** 迁出 */
    MOVED_AWAY,
    /** 户主去世 */
    DECEASED,
    /** 抽查/复核不符合条件 (aid paid while ineligible is recovered separately) */
    INELIGIBLE_ON_RECHECK,
    /** 其他 */
    OTHER
}
