package org.weiyuan.matching;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JobScorerTest {

    private final JobScorer scorer = new JobScorer(JobScorer.Weights.DEFAULT, Generated.CITY);
    private static final int NANMING = 0;
    private static final int YUNYAN = 1;
    private static final int XIUWEN = 7;
    private static final int WEEKDAY_DAYS = 0b011_011_011_011_011;

    private static byte[] levels(Skill s, int level) {
        byte[] l = new byte[Skill.values().length];
        l[s.ordinal()] = (byte) level;
        return l;
    }

    private static WorkerTraits cook(int healthLimits, long certificates) {
        return new WorkerTraits(UUID.randomUUID(), levels(Skill.COOKING, Skill.SKILLED), certificates, healthLimits, NANMING,
                new int[]{NANMING, YUNYAN}, WEEKDAY_DAYS, 40, 300_000, 45, true, 0);
    }

    private static ListingTraits kitchen(int district, Skill skill, int level, long certificates, int demands, int shifts) {
        return new ListingTraits(UUID.randomUUID(), district, levels(skill, level), certificates, demands, shifts, 40,
                300_000, 360_000, 16, 200, 0, Generated.TODAY, 2);
    }

    @Test
    void eachHardConstraintIsEnforced() {
        WorkerTraits w = cook(WorkDemand.HEAVY_LIFTING.bit(), 0);
        assertThat(scorer.violation(w, kitchen(NANMING, Skill.COOKING, 2, 0, 0, WEEKDAY_DAYS))).isNull();
        assertThat(scorer.violation(w, kitchen(XIUWEN, Skill.COOKING, 2, 0, 0, WEEKDAY_DAYS)))
                .isEqualTo(JobScorer.Constraint.DISTRICT_UNREACHABLE);
        assertThat(scorer.violation(w, kitchen(NANMING, Skill.COOKING, 2, 0, WorkDemand.HEAVY_LIFTING.bit(), WEEKDAY_DAYS)))
                .isEqualTo(JobScorer.Constraint.HEALTH_LIMIT);
        assertThat(scorer.violation(w, kitchen(NANMING, Skill.COOKING, 2, Certificate.HEALTH_CERTIFICATE.bit(), 0, WEEKDAY_DAYS)))
                .isEqualTo(JobScorer.Constraint.CERTIFICATE_MISSING);
        assertThat(scorer.violation(cook(0, Certificate.HEALTH_CERTIFICATE.bit()),
                kitchen(NANMING, Skill.COOKING, 2, Certificate.HEALTH_CERTIFICATE.bit(), 0, WEEKDAY_DAYS))).isNull();
        assertThat(scorer.violation(w, kitchen(NANMING, Skill.COOKING, 2, 0, 0, WEEKDAY_DAYS | 1 << 20)))
                .isEqualTo(JobScorer.Constraint.HOURS_UNAVAILABLE);
        ListingTraits young = new ListingTraits(UUID.randomUUID(), NANMING, levels(Skill.COOKING, 1), 0, 0, WEEKDAY_DAYS, 40,
                300_000, 300_000, 18, 40, 0, Generated.TODAY, 1);
        assertThat(scorer.violation(w, young)).isEqualTo(JobScorer.Constraint.AGE);
        ListingTraits full = new ListingTraits(UUID.randomUUID(), NANMING, levels(Skill.COOKING, 1), 0, 0, WEEKDAY_DAYS, 40,
                300_000, 300_000, 16, 200, 0, Generated.TODAY, 0);
        assertThat(scorer.violation(w, full)).isEqualTo(JobScorer.Constraint.NO_OPEN_POSITION);
    }

    @Test
    void aPerfectFitScoresOneHundredAndTheFactorsAddUpToTheScore() {
        WorkerTraits w = cook(0, 0);
        ListingTraits perfect = Generated.perfectFor(w);
        assertThat(scorer.score(w, perfect, Generated.TODAY)).isCloseTo(100, within(1e-9));
        ListingTraits other = kitchen(YUNYAN, Skill.ELECTRICIAN, 3, 0, 0, WEEKDAY_DAYS);
        double score = scorer.score(w, other, Generated.TODAY + 10);
        List<JobScorer.Contribution> why = scorer.explain(w, other, Generated.TODAY + 10, false);
        assertThat(why.stream().mapToDouble(JobScorer.Contribution::points).sum()).isCloseTo(score, within(1e-9));
        assertThat(why).extracting(JobScorer.Contribution::factor).containsExactly(JobScorer.Factor.SKILLS,
                JobScorer.Factor.DISTANCE, JobScorer.Factor.WAGE, JobScorer.Factor.SCHEDULE, JobScorer.Factor.TRAINING,
                JobScorer.Factor.FRESHNESS);
    }

    @Test
    void eachFactorMovesTheScoreTheRightWay() {
        WorkerTraits w = cook(0, 0);
        ListingTraits base = kitchen(NANMING, Skill.COOKING, 2, 0, 0, WEEKDAY_DAYS);
        double s = scorer.score(w, base, Generated.TODAY);
        // needs more skill than the worker has
        assertThat(scorer.score(w, kitchen(NANMING, Skill.COOKING, 3, 0, 0, WEEKDAY_DAYS), Generated.TODAY)).isLessThan(s);
        // farther away
        assertThat(scorer.score(w, kitchen(YUNYAN, Skill.COOKING, 2, 0, 0, WEEKDAY_DAYS), Generated.TODAY)).isLessThan(s);
        // older posting
        assertThat(scorer.score(w, base, Generated.TODAY + 20)).isLessThan(s);
        // pays less than the household needs
        ListingTraits cheap = new ListingTraits(UUID.randomUUID(), NANMING, levels(Skill.COOKING, 2), 0, 0, WEEKDAY_DAYS, 40,
                150_000, 150_000, 16, 200, 0, Generated.TODAY, 2);
        assertThat(scorer.score(w, cheap, Generated.TODAY)).isLessThan(s);
        // a skill gap the employer trains for is better than one it does not
        byte[] electrician = levels(Skill.ELECTRICIAN, 2);
        ListingTraits trains = new ListingTraits(UUID.randomUUID(), NANMING, electrician, 0, 0, WEEKDAY_DAYS, 40, 300_000,
                360_000, 16, 200, 1L << Skill.ELECTRICIAN.ordinal(), Generated.TODAY, 2);
        ListingTraits noTraining = new ListingTraits(UUID.randomUUID(), NANMING, electrician, 0, 0, WEEKDAY_DAYS, 40, 300_000,
                360_000, 16, 200, 0, Generated.TODAY, 2);
        assertThat(scorer.score(w, trains, Generated.TODAY)).isGreaterThan(scorer.score(w, noTraining, Generated.TODAY));
    }

    @Test
    void topKIsOrderedAndSkipsWhatBreaksAConstraint() {
        WorkerTraits w = cook(WorkDemand.HEAVY_LIFTING.bit(), 0);
        ListingTraits perfect = Generated.perfectFor(w);
        ListingTraits heavy = new ListingTraits(UUID.randomUUID(), NANMING, w.skillLevels(), 0, WorkDemand.HEAVY_LIFTING.bit(),
                WEEKDAY_DAYS, 40, 300_000, 360_000, 16, 200, 0, Generated.TODAY, 2);
        ListingTraits far = kitchen(YUNYAN, Skill.COOKING, 2, 0, 0, WEEKDAY_DAYS);
        ListingTraits stale = new ListingTraits(UUID.randomUUID(), NANMING, w.skillLevels(), 0, 0, WEEKDAY_DAYS, 40,
                300_000, 360_000, 16, 200, 0, Generated.TODAY - 20, 2);
        List<JobScorer.Match> top = scorer.topK(w, List.of(far, heavy, perfect, stale), 3, Generated.TODAY);
        assertThat(top).extracting(JobScorer.Match::listingId).doesNotContain(heavy.id()).startsWith(perfect.id());
        assertThat(top).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(scorer.topK(w, List.of(far, heavy, perfect, stale), 1, Generated.TODAY)).hasSize(1);
    }

    @Test
    void hardshipLiftsOnlyWhenStaffRank() {
        WorkerTraits extreme = new WorkerTraits(UUID.randomUUID(), levels(Skill.COOKING, 2), 0, 0, NANMING, new int[]{NANMING},
                WEEKDAY_DAYS, 40, 300_000, 45, false, 2);
        assertThat(scorer.hardshipLift(extreme)).isEqualTo(10);
        ListingTraits l = Generated.perfectFor(extreme);
        assertThat(scorer.explain(extreme, l, Generated.TODAY, true)).extracting(JobScorer.Contribution::factor)
                .contains(JobScorer.Factor.HARDSHIP_PRIORITY);
        assertThat(scorer.explain(extreme, l, Generated.TODAY, false)).extracting(JobScorer.Contribution::factor)
                .doesNotContain(JobScorer.Factor.HARDSHIP_PRIORITY);
    }
}
