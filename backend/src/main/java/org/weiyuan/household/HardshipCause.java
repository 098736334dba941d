package org.weiyuan.household;

/** Causes of hardship (致困原因). */
public enum HardshipCause {
    /** 患病 */
    ILLNESS,
    /** 残疾 */
    DISABILITY,
    /** 失业下岗 */
    UNEMPLOYMENT,
    /** 子女教育 */
    CHILD_EDUCATION,
    /** 意外灾害 */
    ACCIDENT_OR_DISASTER,
    /** 收入低 */
    LOW_INCOME,
    /** 其他 */
    OTHER
}
