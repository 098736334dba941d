package org.weiyuan.jobs;

import org.weiyuan.matching.Certificate;
import org.weiyuan.matching.ListingTraits;
import org.weiyuan.matching.Shifts;
import org.weiyuan.matching.Skill;
import org.weiyuan.matching.WorkDemand;
import org.weiyuan.matching.WorkerTraits;

import java.time.LocalDate;
import java.util.UUID;

/** Turns stored listings and profiles into the compact traits the scorer reads. */
final class Traits {

    private Traits() { }

    /** No age limit. */
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 200;

    /** Skill levels as stored: {@code SKILL:level}. */
    static String[] skillCodes(java.util.List<JobViews.SkillLevel> skills) {
        return skills == null ? new String[0] : skills.stream().map(s -> s.skill().name() + ":" + s.level()).toArray(String[]::new);
    }

    /** Enum names as stored, sorted. */
    static <E extends Enum<E>> String[] names(java.util.Set<E> values) {
        return values == null ? new String[0] : values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    static byte[] levels(String[] skills) {
        byte[] levels = new byte[Skill.values().length];
        for (String s : skills) {
            int colon = s.indexOf(':');
            levels[Skill.valueOf(s.substring(0, colon)).ordinal()] = (byte) Integer.parseInt(s.substring(colon + 1));
        }
        return levels;
    }

    static long certificates(String[] names) {
        long mask = 0;
        for (String n : names) {
            mask |= Certificate.valueOf(n).bit();
        }
        return mask;
    }

    static int demands(String[] names) {
        int mask = 0;
        for (String n : names) {
            mask |= WorkDemand.valueOf(n).bit();
        }
        return mask;
    }

    static long skillSet(String[] names) {
        long mask = 0;
        for (String n : names) {
            mask |= 1L << Skill.valueOf(n).ordinal();
        }
        return mask;
    }

    /** A wage per month: hourly pay times the weekly hours over 52/12 weeks a month. */
    static long monthlyFen(long amountFen, JobListing.WagePeriod period, int weeklyHours) {
        return period == JobListing.WagePeriod.MONTH ? amountFen : amountFen * weeklyHours * 52 / 12;
    }

    static ListingTraits listing(UUID id, int district, String[] skills, String[] certificates, String[] demands, int shifts,
                                 int weeklyHours, long wageMin, long wageMax, JobListing.WagePeriod period, Integer ageMin,
                                 Integer ageMax, String[] training, LocalDate posted, int openPositions) {
        int demandMask = demands(demands) | (Shifts.hasNight(shifts) ? WorkDemand.NIGHT_WORK.bit() : 0);
        return new ListingTraits(id, district, levels(skills), certificates(certificates), demandMask, shifts, weeklyHours,
                monthlyFen(wageMin, period, weeklyHours), monthlyFen(wageMax, period, weeklyHours),
                ageMin == null ? MIN_AGE : ageMin, ageMax == null ? MAX_AGE : ageMax, skillSet(training),
                posted.toEpochDay(), openPositions);
    }

    /** @param severity the household's hardship severity name, or null without an approved file */
    static WorkerTraits worker(UUID subject, String[] skills, String[] certificates, String[] healthLimits, int home,
                               int[] reachable, int availability, int weeklyHours, long wageFen, int age, boolean wantsTraining,
                               String severity) {
        return new WorkerTraits(subject, levels(skills), certificates(certificates), demands(healthLimits), home, reachable,
                availability, weeklyHours, wageFen, age, wantsTraining, org.weiyuan.household.Severity.rank(severity));
    }
}
