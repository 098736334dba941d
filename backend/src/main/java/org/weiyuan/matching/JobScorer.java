package org.weiyuan.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * Scores how well a job listing fits a worker (人岗匹配). Hard constraints first: a listing that
 * breaks one (a health limit, a missing certificate, an unreachable district, hours the worker does
 * not have, a lawful age limit, no open positions) is never recommended. The rest get a weighted
 * score from 0 to 100 over six factors, each from 0 to 1, and every recommendation carries those
 * factors and their points as its explanation ("why this job").
 */
public final class JobScorer {

    /** Why a listing may not be recommended to a worker. */
    public enum Constraint { NO_OPEN_POSITION, DISTRICT_UNREACHABLE, HEALTH_LIMIT, CERTIFICATE_MISSING, HOURS_UNAVAILABLE, AGE }

    public enum Factor { SKILLS, DISTANCE, WAGE, SCHEDULE, TRAINING, FRESHNESS, HARDSHIP_PRIORITY }

    /** Relative weights of the factors, and the scales they are measured on. */
    public record Weights(double skills, double distance, double wage, double schedule, double training, double freshness,
                          double maxDistanceKm, int freshnessDays, double extremeHardshipLift, double hardshipLift) {
        public static final Weights DEFAULT = new Weights(35, 15, 20, 15, 5, 10, 30, 30, 10, 5);

        double sum() {
            return skills + distance + wage + schedule + training + freshness;
        }
    }

    /**
     * One factor's part in a score: its value (0–1), weight, and the points it adds; {@code detail}
     * says more for the sentence shown: for SKILLS the share of the required skills the worker has
     * (level for level), for TRAINING 1 when there is a skill gap at all; otherwise the value.
     */
    public record Contribution(Factor factor, double value, double weight, double points, double detail) { }

    /** A recommended listing with its score and explanation. */
    public record Match(UUID listingId, double score, List<Contribution> contributions) { }

    private final Weights weights;
    private final DistrictMap districts;

    public JobScorer(Weights weights, DistrictMap districts) {
        this.weights = weights;
        this.districts = districts;
    }

    /** The first hard constraint the pair breaks, or null when the listing may be recommended. */
    public Constraint violation(WorkerTraits w, ListingTraits l) {
        if (l.openPositions() <= 0) {
            return Constraint.NO_OPEN_POSITION;
        }
        if (!w.reaches(l.district())) {
            return Constraint.DISTRICT_UNREACHABLE;
        }
        if ((w.healthLimits() & l.demands()) != 0) {
            return Constraint.HEALTH_LIMIT;
        }
        if ((w.certificates() & l.certificates()) != l.certificates()) {
            return Constraint.CERTIFICATE_MISSING;
        }
        if ((w.availability() & l.shifts()) != l.shifts()) {
            return Constraint.HOURS_UNAVAILABLE;
        }
        if (w.age() < l.ageMin() || w.age() > l.ageMax()) {
            return Constraint.AGE;
        }
        return null;
    }

    /** The score (0–100) of a listing that passed the hard constraints. Allocation-free: it runs for every pair. */
    public double score(WorkerTraits w, ListingTraits l, long todayEpochDay) {
        return (weights.skills() * skills(w, l) + weights.distance() * distance(w, l) + weights.wage() * wage(w, l)
                + weights.schedule() * schedule(w, l) + weights.training() * training(w, l)
                + weights.freshness() * freshness(l, todayEpochDay)) * 100 / weights.sum();
    }

    /** The factors behind {@link #score}, for the few listings shown. */
    public List<Contribution> explain(WorkerTraits w, ListingTraits l, long todayEpochDay, boolean withHardship) {
        double sum = weights.sum();
        List<Contribution> c = new ArrayList<>(7);
        double covered = coverage(w, l);
        add(c, Factor.SKILLS, skills(w, l), weights.skills(), sum, covered);
        add(c, Factor.DISTANCE, distance(w, l), weights.distance(), sum, Double.NaN);
        add(c, Factor.WAGE, wage(w, l), weights.wage(), sum, Double.NaN);
        add(c, Factor.SCHEDULE, schedule(w, l), weights.schedule(), sum, Double.NaN);
        add(c, Factor.TRAINING, training(w, l), weights.training(), sum, covered < 1 ? 1 : 0);
        add(c, Factor.FRESHNESS, freshness(l, todayEpochDay), weights.freshness(), sum, Double.NaN);
        if (withHardship && hardshipLift(w) > 0) {
            c.add(new Contribution(Factor.HARDSHIP_PRIORITY, 1, hardshipLift(w), hardshipLift(w), w.severity()));
        }
        return c;
    }

    private static void add(List<Contribution> c, Factor f, double value, double weight, double sum, double detail) {
        c.add(new Contribution(f, value, weight, value * weight * 100 / sum, Double.isNaN(detail) ? value : detail));
    }

    /** The share of the required skills the worker has, level for level (1 when none are required). */
    static double coverage(WorkerTraits w, ListingTraits l) {
        double covered = 0;
        int required = 0;
        for (int s = 0; s < l.requiredLevels().length; s++) {
            if (l.requiredLevels()[s] > 0) {
                required++;
                covered += Math.min(1.0, (double) w.skillLevels()[s] / l.requiredLevels()[s]);
            }
        }
        return required == 0 ? 1 : covered / required;
    }

    /** Points added when staff rank candidates: the hardest-hit households first among near-equals. */
    public double hardshipLift(WorkerTraits w) {
        return w.severity() >= 2 ? weights.extremeHardshipLift() : w.severity() == 1 ? weights.hardshipLift() : 0;
    }

    /**
     * The k best listings for a worker among {@code candidates}, best first; ties go to the newer
     * listing, then by id, so that the order is stable.
     */
    public List<Match> topK(WorkerTraits w, Iterable<ListingTraits> candidates, int k, long todayEpochDay) {
        Comparator<Scored> worstFirst = Comparator.comparingDouble(Scored::score)
                .thenComparingLong(s -> s.listing().postedEpochDay())
                .thenComparing(s -> s.listing().id(), Comparator.reverseOrder());
        PriorityQueue<Scored> best = new PriorityQueue<>(k + 1, worstFirst);
        for (ListingTraits l : candidates) {
            if (violation(w, l) != null) {
                continue;
            }
            Scored s = new Scored(l, score(w, l, todayEpochDay));
            if (best.size() < k) {
                best.add(s);
            } else if (worstFirst.compare(s, best.peek()) > 0) {
                best.poll();
                best.add(s);
            }
        }
        List<Scored> ordered = new ArrayList<>(best);
        ordered.sort(worstFirst.reversed());
        List<Match> matches = new ArrayList<>(ordered.size());
        for (Scored s : ordered) {
            matches.add(new Match(s.listing().id(), s.score(), explain(w, s.listing(), todayEpochDay, false)));
        }
        return matches;
    }

    private record Scored(ListingTraits listing, double score) { }

    // ---- the factors, each from 0 to 1 ------------------------------------------------------------

    /**
     * Mostly how much of what the job requires the worker has, level for level; partly how much of
     * what the worker can do the job uses (a cook is better placed in a kitchen than sweeping one).
     */
    static double skills(WorkerTraits w, ListingTraits l) {
        int required = 0;
        int used = 0;
        for (int s = 0; s < l.requiredLevels().length; s++) {
            if (l.requiredLevels()[s] > 0) {
                required++;
                if (w.skillLevels()[s] > 0) {
                    used++;
                }
            }
        }
        double coverage = coverage(w, l);
        int offered = w.skillCount();
        double use = offered == 0 ? (required == 0 ? 1 : 0) : (double) used / offered;
        return 0.8 * coverage + 0.2 * use;
    }

    double distance(WorkerTraits w, ListingTraits l) {
        return 1 - Math.min(1, districts.km(w.homeDistrict(), l.district()) / weights.maxDistanceKm());
    }

    /** Whether the pay (the middle of the range) meets what the household needs the worker to earn. */
    static double wage(WorkerTraits w, ListingTraits l) {
        if (w.desiredMonthlyWageFen() <= 0) {
            return 1;
        }
        double mid = (l.monthlyWageMinFen() + l.monthlyWageMaxFen()) / 2.0;
        return Math.min(1, mid / w.desiredMonthlyWageFen());
    }

    static double schedule(WorkerTraits w, ListingTraits l) {
        if (w.desiredWeeklyHours() <= 0) {
            return 1;
        }
        return 1 - Math.min(1, Math.abs(l.weeklyHours() - w.desiredWeeklyHours()) / (double) w.desiredWeeklyHours());
    }

    /** 1 when the worker has every skill asked or the job trains them in each one missing; 0 when a gap stays open. */
    static double training(WorkerTraits w, ListingTraits l) {
        boolean gap = false;
        for (int s = 0; s < l.requiredLevels().length; s++) {
            if (w.skillLevels()[s] < l.requiredLevels()[s]) {
                gap = true;
                if ((l.trainingSkills() & (1L << s)) == 0) {
                    return 0;
                }
            }
        }
        return !gap ? 1 : w.wantsTraining() ? 1 : 0.7;
    }

    double freshness(ListingTraits l, long todayEpochDay) {
        long age = Math.max(0, todayEpochDay - l.postedEpochDay());
        return 1 - Math.min(1, age / (double) weights.freshnessDays());
    }
}
