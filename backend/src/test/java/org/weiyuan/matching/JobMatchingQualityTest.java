package org.weiyuan.matching;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planted answers: for each of 1,000 generated workers one listing is built to fit them perfectly,
 * among 4,000 random ones and the other workers' planted listings. The planted one must come first
 * for at least 99% of the workers.
 */
class JobMatchingQualityTest {

    @Test
    void thePlantedListingRanksFirstForAtLeast99PercentOfWorkers() {
        Generated g = new Generated(20261122L);
        JobScorer scorer = new JobScorer(JobScorer.Weights.DEFAULT, Generated.CITY);
        List<WorkerTraits> workers = new ArrayList<>();
        List<ListingTraits> planted = new ArrayList<>();
        List<ListingTraits> all = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            WorkerTraits w = g.worker();
            workers.add(w);
            ListingTraits p = Generated.perfectFor(w);
            planted.add(p);
            all.add(p);
        }
        for (int i = 0; i < 4000; i++) {
            all.add(g.listing());
        }
        int first = 0;
        for (int i = 0; i < workers.size(); i++) {
            List<JobScorer.Match> top = scorer.topK(workers.get(i), all, 10, Generated.TODAY);
            if (!top.isEmpty() && top.get(0).listingId().equals(planted.get(i).id())) {
                first++;
            }
        }
        System.out.printf("planted listing ranked first for %d of %d workers%n", first, workers.size());
        assertThat(first).isGreaterThanOrEqualTo(990);
    }
}
