package org.weiyuan.wish;

/** Kinds of campaign (帮扶活动). */
public enum CampaignKind {
    /** 金秋助学 */
    SCHOLARSHIP,
    /** 两节送温暖 */
    FESTIVAL,
    /** 微愿 general appeal */
    GENERAL
}
