package org.weiyuan.app.core;

import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Calendar dates as the backend keeps them (ISO yyyy-MM-dd, China time), with what Android 7 has:
 * java.time arrives only in API 26, so this uses Calendar and SimpleDateFormat.
 */
public final class Dates {

    /** The backend's business zone: deadlines and campaign windows are China dates. */
    public static final TimeZone CHINA = TimeZone.getTimeZone("Asia/Shanghai");

    private Dates() { }

    /** The date {@code days} after the day of {@code nowMillis}, in China. */
    public static String plusDays(long nowMillis, int days) {
        Calendar c = Calendar.getInstance(CHINA, Locale.ROOT);
        c.setTimeInMillis(nowMillis);
        c.add(Calendar.DAY_OF_MONTH, days);
        return format(c);
    }

    /** Today in China. */
    public static String today(long nowMillis) {
        return plusDays(nowMillis, 0);
    }

    public static int year(long nowMillis) {
        Calendar c = Calendar.getInstance(CHINA, Locale.ROOT);
        c.setTimeInMillis(nowMillis);
        return c.get(Calendar.YEAR);
    }

    /** Whole days from the day of {@code nowMillis} to {@code isoDate} (negative once past), in China; -1 for a date it cannot read. */
    public static long daysUntil(long nowMillis, String isoDate) {
        try {
            SimpleDateFormat f = formatter();
            long target = f.parse(isoDate).getTime();
            long today = f.parse(today(nowMillis)).getTime();
            return Math.round((target - today) / 86_400_000.0);
        } catch (java.text.ParseException | NullPointerException e) {
            return -1;
        }
    }

    private static String format(Calendar c) {
        SimpleDateFormat f = formatter();
        return f.format(c.getTime());
    }

    private static SimpleDateFormat formatter() {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        f.setTimeZone(CHINA);
        f.setLenient(false);
        return f;
    }
}
