package org.weiyuan.modelworker;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of the reception day (劳模接待日, seed 004: "每周二确立为劳模接待日") and of the public
 * honour board (光荣榜). Plain Java over business dates.
 */
public final class ReceptionRules {

    /** The most upcoming reception days one answer lists. */
    public static final int MAX_UPCOMING = 26;

    private ReceptionRules() { }

    /**
     * The next {@code count} reception days on or after {@code from}, skipping the days it is off
     * (a public holiday falling on it); {@code count} is capped at {@link #MAX_UPCOMING}.
     */
    public static List<LocalDate> upcoming(DayOfWeek weekday, LocalDate from, int count, Set<LocalDate> off) {
        int wanted = Math.max(0, Math.min(count, MAX_UPCOMING));
        List<LocalDate> days = new ArrayList<>(wanted);
        LocalDate d = from.with(TemporalAdjusters.nextOrSame(weekday));
        // bounded: every off day can push the list back one week at most
        for (int weeks = 0; days.size() < wanted && weeks < wanted + off.size() + 1; weeks++, d = d.plusWeeks(1)) {
            if (!off.contains(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** A day off must be one the reception would be held on. Returns the refusal's message key, or null. */
    public static String offDayRefusal(DayOfWeek weekday, LocalDate off) {
        return off.getDayOfWeek() == weekday ? null : "problem.model-worker.reception-off-weekday";
    }

    /** Hours run forward within the day. */
    public static boolean hoursValid(LocalTime starts, LocalTime ends) {
        return starts != null && ends != null && starts.isBefore(ends);
    }

    /** 光荣榜: only a model worker still at work and leading by example (示范引领), and only with consent. */
    public static boolean onHonourBoard(ModelWorkerPolicy.ServiceType type, LocalDate consentOn) {
        return type == ModelWorkerPolicy.ServiceType.DEMONSTRATION && consentOn != null;
    }
}
