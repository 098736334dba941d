package org.weiyuan.household;

/** Help a verifier recommends after a home visit (帮扶建议). */
public enum RecommendedHelp {
    /** 生活救助 */
    LIVING_AID,
    /** 金秋助学 */
    SCHOLARSHIP,
    /** 就业援助 / 送岗到户 */
    JOB_PLACEMENT,
    /** 技能培训 */
    SKILLS_TRAINING,
    /** 医疗救助 / 医疗互助 */
    MEDICAL_AID,
    /** 法律援助 */
    LEGAL_AID,
    /** 心理疏导 */
    COUNSELLING,
    /** 住房救助 */
    HOUSING_AID,
    /** 两节送温暖 */
    FESTIVAL_AID
}
