package org.weiyuan.stats;

/** How long a wish has been on the platform (from its creation), for the "wishes by age" chart. */
public enum AgeBucket {
    /** 7天以内 */
    DAYS_0_7(0, 7),
    /** 8–30天 */
    DAYS_8_30(8, 30),
    /** 31–90天 */
    DAYS_31_90(31, 90),
    /** 90天以上 */
    DAYS_OVER_90(91, Integer.MAX_VALUE);

    public final int minDays;
    public final int maxDays;

    AgeBucket(int minDays, int maxDays) {
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    /** The bucket of an age in whole days (negative ages, from clock skew, count as new). */
    public static AgeBucket of(long days) {
        for (AgeBucket b : values()) {
            if (days <= b.maxDays) {
                return b;
            }
        }
        return DAYS_OVER_90;
    }

    /** The SQL {@code case} that puts an age in days (expression {@code days}) in its bucket, same rule as {@link #of}. */
    static String sqlCase(String days) {
        StringBuilder sql = new StringBuilder("case");
        for (AgeBucket b : values()) {
            if (b.maxDays != Integer.MAX_VALUE) {
                sql.append(" when ").append(days).append(" <= ").append(b.maxDays).append(" then '").append(b.name()).append('\'');
            }
        }
        return sql.append(" else '").append(DAYS_OVER_90.name()).append("' end").toString();
    }
}
