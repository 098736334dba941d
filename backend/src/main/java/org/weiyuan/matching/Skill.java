package org.weiyuan.matching;

/**
 * The trades a worker can offer and a listing can require (技能), each held at a {@link #BASIC},
 * {@link #SKILLED} or {@link #EXPERT} level. Housekeeping, cooking, electromechanics and car repair are
 * the trades the unions train in (一户一技); the rest are the common urban jobs.
 */
public enum Skill {
    HOUSEKEEPING, ELDERLY_CARE, CHILD_CARE, COOKING, CLEANING, ELECTROMECHANICS, ELECTRICIAN, PLUMBING,
    CAR_REPAIR, DRIVING, DELIVERY, WAREHOUSE, SECURITY, RETAIL_SALES, CASHIER, CONSTRUCTION, CARPENTRY,
    WELDING, SEWING, HAIRDRESSING, LANDSCAPING, OFFICE_CLERK, COMPUTER_BASICS, CUSTOMER_SERVICE;

    public static final int BASIC = 1;
    public static final int SKILLED = 2;
    public static final int EXPERT = 3;
}
