package org.weiyuan.jobs;

import org.weiyuan.common.Messages;
import org.weiyuan.matching.Certificate;
import org.weiyuan.matching.JobScorer;
import org.weiyuan.matching.Skill;
import org.weiyuan.matching.WorkDemand;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns listings, profiles and match factors into API views, with "why this job" in the reader's language. */
final class JobPresenter {

    private JobPresenter() { }

    static JobViews.MatchedListing listing(ListingIndex.Card c) {
        return new JobViews.MatchedListing(c.id(), c.title(), c.employer(), c.district(), c.wageMinFen(), c.wageMaxFen(),
                c.wagePeriod(), c.weeklyHours(), c.openPositions(), c.expiresOn());
    }

    static List<JobViews.Reason> why(List<JobScorer.Contribution> contributions, JobScorer.Weights weights, Locale locale) {
        return contributions.stream().map(c -> new JobViews.Reason(c.factor().name(), round1(c.points()), round1(c.value()),
                text(c, weights, locale))).toList();
    }

    private static String text(JobScorer.Contribution c, JobScorer.Weights w, Locale locale) {
        double v = c.value();
        int pct = (int) Math.round(v * 100);
        return switch (c.factor()) {
            case SKILLS -> c.detail() >= 0.999 ? Messages.get(locale, "jobs.why.SKILLS.full")
                    : Messages.get(locale, "jobs.why.SKILLS.partial", (int) Math.round(c.detail() * 100));
            case DISTANCE -> v <= 0 ? Messages.get(locale, "jobs.why.DISTANCE.far", (int) w.maxDistanceKm())
                    : Messages.get(locale, "jobs.why.DISTANCE", Math.max(1, Math.round((1 - v) * w.maxDistanceKm())));
            case WAGE -> v >= 0.999 ? Messages.get(locale, "jobs.why.WAGE.full") : Messages.get(locale, "jobs.why.WAGE.partial", pct);
            case SCHEDULE -> v >= 0.999 ? Messages.get(locale, "jobs.why.SCHEDULE.full")
                    : Messages.get(locale, "jobs.why.SCHEDULE.partial", 100 - pct);
            case TRAINING -> v <= 0 ? Messages.get(locale, "jobs.why.TRAINING.gap")
                    : c.detail() == 0 ? Messages.get(locale, "jobs.why.TRAINING.none-needed") : Messages.get(locale, "jobs.why.TRAINING.closes");
            case FRESHNESS -> {
                long days = Math.round((1 - v) * w.freshnessDays());
                yield days == 0 ? Messages.get(locale, "jobs.why.FRESHNESS.today") : Messages.get(locale, "jobs.why.FRESHNESS", days);
            }
            case HARDSHIP_PRIORITY -> Messages.get(locale, "jobs.why.HARDSHIP_PRIORITY", (int) c.points());
        };
    }

    private static double round1(double d) {
        return Math.round(d * 10) / 10.0;
    }

    static JobViews.ListingView listing(JobListing l, String employer) {
        return new JobViews.ListingView(l.id, l.employerId, employer, l.unitId, l.title, l.description, l.positions, l.filled,
                l.wageMinFen, l.wageMaxFen, l.wagePeriod, l.district, l.address, skills(l.skills),
                enums(Certificate.class, l.certificates), enums(WorkDemand.class, l.demands), JobViews.ShiftPattern.of(l.shiftMask),
                l.weeklyHours, l.ageMin, l.ageMax, enums(Skill.class, l.trainingSkills), l.startDate, l.expiresOn, l.status,
                l.createdAt);
    }

    static JobViews.ProfileView profile(WorkerProfile p) {
        return new JobViews.ProfileView(p.subject, p.unitId, p.birthYear, skills(p.skills), enums(Certificate.class, p.certificates),
                enums(WorkDemand.class, p.healthLimits), p.homeDistrict, List.of(p.reachableDistricts),
                JobViews.ShiftPattern.of(p.availabilityMask), p.desiredWeeklyHours, p.desiredWageFen, p.wantsTraining, p.version);
    }

    static JobViews.ApplicationView application(JobApplication a, String title) {
        return new JobViews.ApplicationView(a.id, a.listingId, title, a.workerSubject, !a.appliedBy.equals(a.workerSubject),
                a.status, a.note, a.createdAt, a.updatedAt);
    }

    static List<JobViews.SkillLevel> skills(String[] codes) {
        return Arrays.stream(codes).map(c -> {
            int colon = c.indexOf(':');
            return new JobViews.SkillLevel(Skill.valueOf(c.substring(0, colon)), Integer.parseInt(c.substring(colon + 1)));
        }).toList();
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, String[] names) {
        Set<E> set = EnumSet.noneOf(type);
        for (String n : names) {
            set.add(Enum.valueOf(type, n));
        }
        return set;
    }
}
