package org.weiyuan.modelworker;

import org.weiyuan.org.UnitLevel;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The rules of model-worker care (劳模服务, seed 004). 分级联系: by the level of a model worker's
 * highest honour, national and provincial model workers are paired one-to-one with district
 * leaders (区领导), city-level ones with district union leaders (区总工会领导), district-level ones
 * with grassroots union staff (基层工会干部); on the platform the first two are staff of a
 * district-level unit, the last staff of a grassroots unit. 分线走访: district union staff visit
 * each model worker they keep at least once a year, grassroots staff at least twice.
 * Plain Java over business dates.
 */
public final class ModelWorkerPolicy {

    /** 荣誉层级, highest first. */
    public enum HonourLevel {
        /** 全国劳模、全国五一劳动奖章 */ NATIONAL,
        /** 省(部)级 */ PROVINCIAL,
        /** 市级 */ CITY,
        /** 区级 */ DISTRICT
    }

    /** 分类建档: the three kinds of service. */
    public enum ServiceType {
        /** 示范引领: still at work, a model to others */ DEMONSTRATION,
        /** 帮扶救助: old, ill or in hardship: material help */ ASSISTANCE,
        /** 疏导关怀: retired, well-off, needs company and care */ CARE
    }

    /** Who keeps contact, by the highest honour. */
    public record Contact(UnitLevel unitLevel, String roleZh, String roleEn, int visitsPerYear) { }

    private ModelWorkerPolicy() { }

    /** The highest level among the honours (ordinal order: national first); empty without honours. */
    public static Optional<HonourLevel> top(Collection<HonourLevel> levels) {
        return levels.stream().min(Comparator.naturalOrder());
    }

    public static Contact contactFor(HonourLevel top) {
        return switch (top) {
            case NATIONAL, PROVINCIAL -> new Contact(UnitLevel.DISTRICT, "区领导", "District leader", 1);
            case CITY -> new Contact(UnitLevel.DISTRICT, "区总工会领导", "District union leader", 1);
            case DISTRICT -> new Contact(UnitLevel.GRASSROOTS, "基层工会干部", "Grassroots union staff", 2);
        };
    }

    /** Whether a staff member at a unit of {@code staffLevel} may keep contact with a model worker of {@code top}. */
    public static boolean mayKeepContact(HonourLevel top, UnitLevel staffLevel) {
        return contactFor(top).unitLevel() == staffLevel;
    }

    /**
     * The next visit is due an equal share of the year after the last visit (or the pairing, before
     * any): 365 days for once a year, 182 for twice.
     */
    public static LocalDate nextVisitDue(HonourLevel top, LocalDate pairedOn, LocalDate lastVisit) {
        LocalDate from = lastVisit == null || lastVisit.isBefore(pairedOn) ? pairedOn : lastVisit;
        return from.plusDays(365L / contactFor(top).visitsPerYear());
    }

    /** Whether the visits made in a calendar year meet the rule. */
    public static boolean yearMet(HonourLevel top, int visitsThisYear) {
        return visitsThisYear >= contactFor(top).visitsPerYear();
    }

    /** Month and day of birth from an 18-digit ID number, as stored ("MM-dd"). */
    public static String birthMonthDay(String idNumber) {
        return idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14);
    }

    /** The next birthday on or after {@code today} within {@code leadDays}; 29 February falls on 28 February in other years. */
    public static LocalDate birthdayWithin(String monthDay, LocalDate today, int leadDays) {
        MonthDay md = MonthDay.of(Integer.parseInt(monthDay.substring(0, 2)), Integer.parseInt(monthDay.substring(3, 5)));
        for (int y = today.getYear(); y <= today.getYear() + 1; y++) {
            LocalDate day = md.isValidYear(y) ? md.atYear(y) : LocalDate.of(y, 2, 28);
            if (!day.isBefore(today)) {
                return day.isAfter(today.plusDays(leadDays)) ? null : day;
            }
        }
        return null;
    }

    /**
     * Whether staff whose subtree is at {@code staffPath} may link an account to a model worker's archive:
     * never one linked to another archive already (one account, one model worker), never one the platform
     * places outside the staff member's subtree ({@code accountUnitPaths}: the units of the account's own
     * household file, job profile or staff assignment). An account the platform knows nothing of yet (a
     * model worker who is no hardship worker) has no unit and may be linked. Returns the refusal's message
     * key, or null when the link may be made.
     */
    public static String accountRefusal(boolean linkedToAnother, String staffPath, Collection<String> accountUnitPaths) {
        if (linkedToAnother) {
            return "problem.model-worker.account-taken";
        }
        return accountUnitPaths.stream().allMatch(p -> p.startsWith(staffPath)) ? null : "problem.model-worker.account-out-of-scope";
    }
}
