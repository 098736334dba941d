package org.weiyuan.matching;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A week as 21 slots (7 days × morning, afternoon, night) in a bit mask: a listing's shift pattern
 * and a worker's available hours are both such masks, so "fits the hours" is one AND.
 */
public final class Shifts {

    public enum Period { MORNING, AFTERNOON, NIGHT }

    private Shifts() { }

    public static int mask(Collection<DayOfWeek> days, Collection<Period> periods) {
        int mask = 0;
        for (DayOfWeek d : days) {
            for (Period p : periods) {
                mask |= 1 << ((d.getValue() - 1) * 3 + p.ordinal());
            }
        }
        return mask;
    }

    public static Set<DayOfWeek> days(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((mask >> ((d.getValue() - 1) * 3) & 0b111) != 0) {
                days.add(d);
            }
        }
        return days;
    }

    public static Set<Period> periods(int mask) {
        Set<Period> periods = EnumSet.noneOf(Period.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            for (Period p : Period.values()) {
                if ((mask & (1 << ((d.getValue() - 1) * 3 + p.ordinal()))) != 0) {
                    periods.add(p);
                }
            }
        }
        return periods;
    }

    /** Whether any slot is a night slot (a job with night shifts makes the NIGHT_WORK demand). */
    public static boolean hasNight(int mask) {
        int nights = 0;
        for (int d = 0; d < 7; d++) {
            nights |= 1 << (d * 3 + Period.NIGHT.ordinal());
        }
        return (mask & nights) != 0;
    }

    public static <E extends Enum<E>> List<String> names(Collection<E> values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }
}
