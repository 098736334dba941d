package org.weiyuan.wish;

/** The programme a student was admitted to, as 金秋助学 campaigns state whom they take. */
public enum AdmissionLevel {
    /** 大学本科 (Harbin's 金秋助学: children admitted to an undergraduate programme that year). */
    UNDERGRADUATE,
    /** 大学专科 / 高职 */
    JUNIOR_COLLEGE,
    /** 研究生 */
    POSTGRADUATE,
    /** 中职 / 技工学校 */
    SECONDARY_VOCATIONAL
}
