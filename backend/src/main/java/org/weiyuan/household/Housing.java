package org.weiyuan.household;

/** Housing situation (住房情况). */
public enum Housing {
    /** 自有住房 */
    OWNED,
    /** 租房 */
    RENTED,
    /** 公租房 / 廉租房 */
    PUBLIC_RENTAL,
    /** 单位宿舍 */
    EMPLOYER_DORMITORY,
    /** 借住 / 临时住所 / 无房 */
    NONE_OR_TEMPORARY
}
