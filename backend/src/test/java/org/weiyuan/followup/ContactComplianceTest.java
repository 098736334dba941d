package org.weiyuan.followup;

import org.junit.jupiter.api.Test;
import org.weiyuan.followup.ContactCompliance.Contact;
import org.weiyuan.followup.ContactCompliance.HelperFigures;
import org.weiyuan.followup.ContactCompliance.Kind;
import org.weiyuan.followup.ContactCompliance.Pairing;
import org.weiyuan.followup.ContactCompliance.Period;
import org.weiyuan.followup.ContactCompliance.Rule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The 3 × "1·2" rule at its edges. */
class ContactComplianceTest {

    private static final Rule RULE = Rule.DEFAULT;
    private static final Period Q1 = new Period(2026, 1);
    private static final Period Q2 = new Period(2026, 2);
    private static final Period YEAR = new Period(2026, 0);
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final LocalDate before = LocalDate.of(2025, 12, 1);

    private List<Pairing> both() {
        return List.of(new Pairing(a, before), new Pairing(b, before));
    }

    private static Contact c(UUID h, Kind k, String day) {
        return new Contact(h, k, LocalDate.parse(day));
    }

    @Test
    void quarterBoundsAreCalendarQuarters() {
        assertThat(Q1.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Q1.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(new Period(2026, 4).end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Period.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(Q2);
        assertThat(Period.quarterOf(LocalDate.of(2026, 3, 31))).isEqualTo(Q1);
    }

    @Test
    void exactlyTwoContactsEachIsEnough() {
        HelperFigures f = ContactCompliance.helper(RULE, Q1, both(), List.of(
                c(a, Kind.PHONE, "2026-01-05"), c(a, Kind.MESSAGE, "2026-03-31"),
                c(b, Kind.PHONE, "2026-01-01"), c(b, Kind.PHONE, "2026-02-10")));
        assertThat(f.compliant()).isTrue();
        assertThat(f.householdsMet()).isEqualTo(2);
        assertThat(f.contacts()).isEqualTo(4);
    }

    @Test
    void oneContactShortFails() {
        HelperFigures f = ContactCompliance.helper(RULE, Q1, both(), List.of(
                c(a, Kind.PHONE, "2026-01-05"), c(a, Kind.PHONE, "2026-01-06"), c(b, Kind.PHONE, "2026-01-01")));
        assertThat(f.compliant()).isFalse();
        assertThat(f.householdsMet()).isEqualTo(1);
    }

    @Test
    void aContactOnTheFirstDayOfTheNextQuarterCountsThereOnly() {
        List<Contact> contacts = List.of(c(a, Kind.PHONE, "2026-03-31"), c(a, Kind.PHONE, "2026-04-01"),
                c(b, Kind.PHONE, "2026-02-01"), c(b, Kind.PHONE, "2026-02-02"));
        HelperFigures q1 = ContactCompliance.helper(RULE, Q1, both(), contacts);
        assertThat(q1.perHousehold().stream().filter(h -> h.householdId().equals(a)).findFirst().orElseThrow().contacts()).isEqualTo(1);
        assertThat(q1.compliant()).isFalse();
        HelperFigures q2 = ContactCompliance.helper(RULE, Q2, both(), contacts);
        assertThat(q2.contacts()).isEqualTo(1);
    }

    @Test
    void visitsCountAsContactsButCallsAreNotVisits() {
        HelperFigures quarter = ContactCompliance.helper(RULE, Q1, both(), List.of(
                c(a, Kind.VISIT, "2026-01-05"), c(a, Kind.VISIT, "2026-02-05"),
                c(b, Kind.VISIT, "2026-01-05"), c(b, Kind.PHONE, "2026-02-05")));
        assertThat(quarter.compliant()).isTrue();
        assertThat(quarter.visits()).isEqualTo(3);

        // a year of 2 contacts per quarter, but household b was only ever phoned: no visit, not met
        List<Contact> year = new java.util.ArrayList<>();
        for (String day : List.of("2026-01-10", "2026-02-10", "2026-04-10", "2026-05-10", "2026-07-10", "2026-08-10", "2026-10-10", "2026-11-10")) {
            year.add(c(a, day.endsWith("01-10") || day.endsWith("07-10") ? Kind.VISIT : Kind.PHONE, day));
            year.add(c(b, Kind.PHONE, day));
        }
        HelperFigures f = ContactCompliance.helper(RULE, YEAR, both(), year);
        assertThat(f.perHousehold()).filteredOn(h -> h.householdId().equals(a)).singleElement()
                .satisfies(h -> assertThat(h.met()).isTrue());
        assertThat(f.perHousehold()).filteredOn(h -> h.householdId().equals(b)).singleElement()
                .satisfies(h -> {
                    assertThat(h.met()).isFalse();
                    assertThat(h.contactsOwed()).isEqualTo(8);
                    assertThat(h.visitsOwed()).isEqualTo(2);
                });
    }

    @Test
    void fewerHouseholdsThanTheRuleIsNotCompliant() {
        HelperFigures f = ContactCompliance.helper(RULE, Q1, List.of(new Pairing(a, before)),
                List.of(c(a, Kind.PHONE, "2026-01-05"), c(a, Kind.PHONE, "2026-01-06")));
        assertThat(f.householdsMet()).isEqualTo(1);
        assertThat(f.enoughHouseholds()).isFalse();
        assertThat(f.compliant()).isFalse();
    }

    @Test
    void aHouseholdPairedMidQuarterOwesNothingThatQuarter() {
        List<Pairing> pairings = List.of(new Pairing(a, before), new Pairing(b, LocalDate.of(2026, 2, 15)));
        HelperFigures f = ContactCompliance.helper(RULE, Q1, pairings,
                List.of(c(a, Kind.PHONE, "2026-01-05"), c(a, Kind.PHONE, "2026-01-06")));
        assertThat(f.households()).isEqualTo(2);
        assertThat(f.compliant()).isTrue();
        // paired on the quarter's first day it is owed in full
        HelperFigures onFirstDay = ContactCompliance.helper(RULE, Q2, List.of(new Pairing(a, before), new Pairing(b, Q2.start())),
                List.of(c(a, Kind.PHONE, "2026-04-05"), c(a, Kind.PHONE, "2026-04-06")));
        assertThat(onFirstDay.compliant()).isFalse();
        // paired after the period ended: not counted at all
        assertThat(ContactCompliance.helper(RULE, Q1, List.of(new Pairing(a, LocalDate.of(2026, 4, 1))), List.of()).households()).isZero();
    }

    @Test
    void visitsArePaidProRataForHouseholdsPairedDuringTheYear() {
        assertThat(ContactCompliance.visitsOwed(RULE, YEAR, LocalDate.of(2026, 1, 1))).isEqualTo(2);
        assertThat(ContactCompliance.visitsOwed(RULE, YEAR, LocalDate.of(2026, 1, 2))).isEqualTo(2); // 3 full quarters: 1.5 → 2
        assertThat(ContactCompliance.visitsOwed(RULE, YEAR, LocalDate.of(2026, 7, 1))).isEqualTo(1);
        assertThat(ContactCompliance.visitsOwed(RULE, YEAR, LocalDate.of(2026, 10, 2))).isZero();
        assertThat(ContactCompliance.contactsOwed(RULE, YEAR, LocalDate.of(2026, 7, 1))).isEqualTo(4);
        assertThat(ContactCompliance.visitsOwed(RULE, Q1, before)).isZero();
    }

    @Test
    void nextContactIsDueFortyFiveDaysAfterTheLast() {
        LocalDate paired = LocalDate.of(2026, 1, 1);
        assertThat(ContactCompliance.nextContactDue(RULE, paired, null)).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(ContactCompliance.nextContactDue(RULE, paired, LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 4, 15));
        LocalDate due = LocalDate.of(2026, 2, 15);
        assertThat(ContactCompliance.overdue(due, due)).isFalse();
        assertThat(ContactCompliance.overdue(due, due.plusDays(1))).isTrue();
        assertThat(ContactCompliance.daysOverdue(due, due.plusDays(3))).isEqualTo(3);
        assertThat(ContactCompliance.nextContactDue(new Rule(2, 0, 2), paired, null)).isNull();
    }

    @Test
    void birthdaysFromTheIdNumberWithinTheLeadDays() {
        String id = "52010219780310001X"; // born 10 March
        assertThat(FollowupJobs.birthdayWithin(id, LocalDate.of(2026, 3, 5), 7)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(FollowupJobs.birthdayWithin(id, LocalDate.of(2026, 3, 1), 7)).isNull();
        assertThat(FollowupJobs.birthdayWithin(id, LocalDate.of(2026, 3, 10), 7)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(FollowupJobs.birthdayWithin("520102198002290016", LocalDate.of(2026, 2, 25), 7)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(FollowupJobs.birthdayWithin("52010219781231001X", LocalDate.of(2026, 12, 30), 7)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(FollowupJobs.birthdayWithin("52010219780101001X", LocalDate.of(2026, 12, 30), 7)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(FollowupJobs.birthdayWithin(null, LocalDate.of(2026, 1, 1), 7)).isNull();
    }
}
