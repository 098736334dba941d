package org.weiyuan.org;

/** Levels of the union tree, top to bottom. */
public enum UnitLevel {
    /** 全国总工会 */
    NATIONAL,
    /** 省总工会 */
    PROVINCE,
    /** 市总工会 */
    CITY,
    /** 区县总工会 */
    DISTRICT,
    /** 基层工会 (enterprise or community union) */
    GRASSROOTS;

    /** A child sits strictly below its parent; levels may be skipped (a city-level enterprise union). */
    public boolean canBeChildOf(UnitLevel parent) {
        return ordinal() > parent.ordinal();
    }
}
