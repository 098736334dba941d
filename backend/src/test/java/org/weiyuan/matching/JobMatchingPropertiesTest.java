package org.weiyuan.matching;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Over generated workers and listings: no recommendation ever breaks a hard constraint, and scores stay in range. */
class JobMatchingPropertiesTest {

    private final JobScorer scorer = new JobScorer(JobScorer.Weights.DEFAULT, Generated.CITY);

    @Property(tries = 300)
    void noRecommendationBreaksAHardConstraint(@ForAll long seed) {
        Generated g = new Generated(seed);
        WorkerTraits w = g.worker();
        List<ListingTraits> listings = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            listings.add(g.listing());
        }
        Map<java.util.UUID, ListingTraits> byId = listings.stream().collect(Collectors.toMap(ListingTraits::id, Function.identity()));
        for (JobScorer.Match m : scorer.topK(w, listings, 10, Generated.TODAY)) {
            ListingTraits l = byId.get(m.listingId());
            assertThat(w.reaches(l.district())).isTrue();
            assertThat(w.healthLimits() & l.demands()).isZero();
            assertThat(w.certificates() & l.certificates()).isEqualTo(l.certificates());
            assertThat(w.availability() & l.shifts()).isEqualTo(l.shifts());
            assertThat(w.age()).isBetween(l.ageMin(), l.ageMax());
            assertThat(l.openPositions()).isPositive();
            assertThat(m.score()).isBetween(0.0, 100.0);
        }
    }

    @Property(tries = 300)
    void everyListingThatPassesIsConsideredSoNothingGoodIsLost(@ForAll long seed) {
        Generated g = new Generated(seed);
        WorkerTraits w = g.worker();
        List<ListingTraits> listings = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            listings.add(g.listing());
        }
        long allowed = listings.stream().filter(l -> scorer.violation(w, l) == null).count();
        assertThat(scorer.topK(w, listings, 1000, Generated.TODAY)).hasSize((int) allowed);
    }
}
