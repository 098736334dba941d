package org.weiyuan.services;

/** What a worker can order from the service menu (服务菜单). */
public enum ServiceCategory {
    /** 法律援助. */
    LEGAL_AID,
    /** 心理咨询. */
    COUNSELLING,
    /** 技能培训. */
    SKILLS_TRAINING,
    /** 医药优惠: partner pharmacies and clinics. */
    MEDICAL_DISCOUNT,
    /** 志愿服务: volunteer teams (home help, repairs, company for the elderly). */
    VOLUNTEER_HELP,
    /** 就业指导. */
    EMPLOYMENT_GUIDANCE
}
