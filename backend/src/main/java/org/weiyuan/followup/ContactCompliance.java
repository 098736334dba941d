package org.weiyuan.followup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The staff contact rule (3 × "1·2", seed 001): each staff member keeps at least N hardship
 * households, contacts each at least M times a quarter and visits each at least V times a year.
 * Plain rules over business dates (China time, the caller converts); no Quarkus, no database.
 *
 * <p>Decisions at the edges, documented in docs/api.md:
 * <ul>
 *   <li>Periods are calendar quarters and years of the business date; a contact on the first day of
 *       a quarter counts for that quarter only.</li>
 *   <li>Exactly the required number is enough (at least, not more than).</li>
 *   <li>A visit (VISIT) is also a contact; phone calls and messages are contacts, not visits.</li>
 *   <li>A household paired after a quarter began owes nothing in that quarter (its contacts still
 *       count and are shown); a household paired during a year owes visits pro rata over the year's
 *       full quarters left after pairing, rounded up (paired on 1 July owes 1 of 2).</li>
 *   <li>Only contacts by the household's current helper count toward the helper's compliance.</li>
 *   <li>A helper with fewer households than required is not compliant, whatever the contacts.</li>
 * </ul>
 */
public final class ContactCompliance {

    /** The rule as stored per unit. */
    public record Rule(int minHouseholds, int contactsPerQuarter, int visitsPerYear) {
        /** 3 × "1·2": at least 2 households, 2 contacts a quarter, 2 visits a year. */
        public static final Rule DEFAULT = new Rule(2, 2, 2);
    }

    @Schema(name = "ContactKind")
    public enum Kind { PHONE, VISIT, MESSAGE }

    /** A quarter (1–4) or, with quarter 0, a whole year. */
    public record Period(int year, int quarter) {
        public Period {
            if (quarter < 0 || quarter > 4) {
                throw new IllegalArgumentException("quarter");
            }
        }

        public static Period quarterOf(LocalDate day) {
            return new Period(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
        }

        public static Period yearOf(LocalDate day) {
            return new Period(day.getYear(), 0);
        }

        public boolean isYear() {
            return quarter == 0;
        }

        public LocalDate start() {
            return isYear() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        }

        /** The last day, inclusive. */
        public LocalDate end() {
            return isYear() ? LocalDate.of(year, 12, 31) : start().plusMonths(3).minusDays(1);
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(start()) && !day.isAfter(end());
        }
    }

    /** A household in the helper's care since {@code assignedOn}. */
    public record Pairing(UUID householdId, LocalDate assignedOn) { }

    /** One logged contact. */
    public record Contact(UUID householdId, Kind kind, LocalDate on) { }

    /** What one household got in the period and what it was owed. */
    public record HouseholdFigures(UUID householdId, int contacts, int visits, int contactsOwed, int visitsOwed, boolean met) { }

    /** One helper's figures in the period. */
    public record HelperFigures(int households, int minHouseholds, int contacts, int visits,
                                int householdsMet, boolean enoughHouseholds, boolean compliant, List<HouseholdFigures> perHousehold) { }

    private ContactCompliance() { }

    /** A helper's compliance over {@code period}: pairings held at the period's end, their contacts within it. */
    public static HelperFigures helper(Rule rule, Period period, Collection<Pairing> pairings, Collection<Contact> contacts) {
        Map<UUID, int[]> counts = new HashMap<>();
        for (Contact c : contacts) {
            if (period.contains(c.on())) {
                int[] n = counts.computeIfAbsent(c.householdId(), k -> new int[2]);
                n[0]++; // every kind is a contact, a visit included
                if (c.kind() == Kind.VISIT) {
                    n[1]++;
                }
            }
        }
        List<HouseholdFigures> rows = new ArrayList<>();
        int totalContacts = 0;
        int totalVisits = 0;
        int met = 0;
        for (Pairing p : pairings) {
            if (p.assignedOn().isAfter(period.end())) {
                continue;
            }
            int[] n = counts.getOrDefault(p.householdId(), new int[2]);
            int contactsOwed = contactsOwed(rule, period, p.assignedOn());
            int visitsOwed = visitsOwed(rule, period, p.assignedOn());
            boolean ok = n[0] >= contactsOwed && n[1] >= visitsOwed;
            rows.add(new HouseholdFigures(p.householdId(), n[0], n[1], contactsOwed, visitsOwed, ok));
            totalContacts += n[0];
            totalVisits += n[1];
            met += ok ? 1 : 0;
        }
        boolean enough = rows.size() >= rule.minHouseholds();
        return new HelperFigures(rows.size(), rule.minHouseholds(), totalContacts, totalVisits, met, enough,
                enough && met == rows.size(), rows);
    }

    /** Contacts owed in the period: per quarter, and for a year the sum over its quarters. */
    static int contactsOwed(Rule rule, Period period, LocalDate assignedOn) {
        if (!period.isYear()) {
            return assignedOn.isAfter(period.start()) ? 0 : rule.contactsPerQuarter();
        }
        int owed = 0;
        for (int q = 1; q <= 4; q++) {
            owed += contactsOwed(rule, new Period(period.year(), q), assignedOn);
        }
        return owed;
    }

    /** Visits owed: a year owes the full count, pro rata for a household paired during it; a quarter owes none. */
    static int visitsOwed(Rule rule, Period period, LocalDate assignedOn) {
        if (!period.isYear()) {
            return 0;
        }
        int fullQuarters = 0;
        for (int q = 1; q <= 4; q++) {
            if (!assignedOn.isAfter(new Period(period.year(), q).start())) {
                fullQuarters++;
            }
        }
        return (rule.visitsPerYear() * fullQuarters + 3) / 4;
    }

    /**
     * When the next contact with a household is due: the rule spreads the quarter's contacts
     * evenly, so the interval is the quarter's length divided by the count (2 a quarter: 45 days),
     * counted from the last contact or, before any, from the pairing. Null when the rule asks none.
     */
    public static LocalDate nextContactDue(Rule rule, LocalDate assignedOn, LocalDate lastContact) {
        if (rule.contactsPerQuarter() <= 0) {
            return null;
        }
        LocalDate from = lastContact == null || lastContact.isBefore(assignedOn) ? assignedOn : lastContact;
        return from.plusDays(91 / rule.contactsPerQuarter());
    }

    /** Overdue when the due day has passed (a contact on the due day itself is on time). */
    public static boolean overdue(LocalDate due, LocalDate today) {
        return due != null && today.isAfter(due);
    }

    /** Days past due, 0 when not overdue. */
    public static long daysOverdue(LocalDate due, LocalDate today) {
        return overdue(due, today) ? ChronoUnit.DAYS.between(due, today) : 0;
    }
}
