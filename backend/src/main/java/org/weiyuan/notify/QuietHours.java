package org.weiyuan.notify;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A user's quiet hours (免打扰时段): no push between {@code from} and {@code until} local time; the
 * notice waits in the inbox. A window may span midnight (22:00–07:00); {@code from == until} is silent all day.
 */
public record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** No quiet hours at all. */
    public static QuietHours none(ZoneId zone) {
        return new QuietHours(null, null, zone);
    }

    /** Parses "22:00-07:00" (or "none"), as written in configuration. */
    public static QuietHours parse(String window, ZoneId zone) {
        if (window == null || window.isBlank() || window.trim().equalsIgnoreCase("none")) {
            return none(zone);
        }
        String[] parts = window.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("quiet hours must look like 22:00-07:00: " + window);
        }
        return new QuietHours(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()), zone);
    }

    public boolean isSet() {
        return from != null;
    }

    public boolean covers(Instant moment) {
        if (!isSet()) {
            return false;
        }
        LocalTime t = moment.atZone(zone).toLocalTime();
        if (from.equals(until)) {
            return true;
        }
        return from.isBefore(until)
                ? !t.isBefore(from) && t.isBefore(until)
                : !t.isBefore(from) || t.isBefore(until);
    }
}
