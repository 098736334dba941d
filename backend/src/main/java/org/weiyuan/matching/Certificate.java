package org.weiyuan.matching;

/** Certificates a listing may lawfully require (职业资格/上岗证). At most 64: they are kept as a bit mask. */
public enum Certificate {
    /** 健康证: food, care and cleaning work. */
    HEALTH_CERTIFICATE,
    /** 电工证 (特种作业操作证). */
    ELECTRICIAN_LICENCE,
    /** 焊工证. */
    WELDER_LICENCE,
    /** C1 driving licence. */
    DRIVING_LICENCE_C,
    /** B driving licence (trucks, buses). */
    DRIVING_LICENCE_B,
    /** 叉车证. */
    FORKLIFT_LICENCE,
    /** 保安员证. */
    SECURITY_GUARD_LICENCE,
    /** 养老护理员证. */
    ELDERLY_CARE_CERTIFICATE,
    /** 育婴员证. */
    CHILDCARE_CERTIFICATE,
    /** 中式烹调师证. */
    COOK_CERTIFICATE,
    /** 消防设施操作员证. */
    FIRE_SAFETY_CERTIFICATE;

    public long bit() {
        return 1L << ordinal();
    }
}
