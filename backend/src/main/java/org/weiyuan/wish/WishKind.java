package org.weiyuan.wish;

/** What a wish asks for. */
public enum WishKind {
    /** 物品: goods, priced item by item; the target is the sum of the items. */
    GOODS,
    /** 现金需求: a cash need (e.g. a medical bill). */
    CASH,
    /** 服务: a service (repairs, care, tutoring). */
    SERVICE,
    /** 金秋助学: a scholarship for a child admitted to university this year; the amount is the campaign's. */
    SCHOLARSHIP,
    /** 两节送温暖: festival aid for the Spring Festival and New Year. */
    FESTIVAL_AID
}
