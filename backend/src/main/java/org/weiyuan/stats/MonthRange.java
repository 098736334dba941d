package org.weiyuan.stats;

import org.weiyuan.common.DomainException;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of calendar months in China time (Asia/Shanghai), both ends included, as monthly
 * charts take it ({@code from=2026-01&to=2026-12}). Bounded, so one request cannot ask for decades.
 */
public record MonthRange(YearMonth from, YearMonth to) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * Reads {@code from}/{@code to} as {@code YYYY-MM}; either may be missing: {@code to} defaults
     * to {@code current}, {@code from} to {@code defaultMonths} months ending at {@code to}.
     * Refuses (400) an unreadable month, {@code from} after {@code to}, or more than {@code maxMonths}.
     */
    public static MonthRange parse(String from, String to, YearMonth current, int defaultMonths, int maxMonths) {
        YearMonth end = to == null || to.isBlank() ? current : month("to", to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(defaultMonths - 1L) : month("from", from);
        if (start.isAfter(end)) {
            throw DomainException.badParameter("from", "problem.stats.month-order", start.toString(), end.toString());
        }
        long months = start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (months > maxMonths) {
            throw DomainException.badParameter("from", "problem.stats.month-range", maxMonths);
        }
        return new MonthRange(start, end);
    }

    private static YearMonth month(String name, String value) {
        try {
            YearMonth m = YearMonth.parse(value.trim());
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                throw DomainException.badParameter(name, "problem.stats.month", value);
            }
            return m;
        } catch (DateTimeParseException e) {
            throw DomainException.badParameter(name, "problem.stats.month", value);
        }
    }

    /** The first instant of {@code from}, China time. */
    public Instant start() {
        return from.atDay(1).atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after {@code to}, China time (exclusive end). */
    public Instant end() {
        return to.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
    }

    /** Every month of the range, oldest first, as {@code YYYY-MM}. */
    public List<String> months() {
        List<String> all = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            all.add(m.toString());
        }
        return all;
    }
}
