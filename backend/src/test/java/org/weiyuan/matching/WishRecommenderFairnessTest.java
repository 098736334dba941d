package org.weiyuan.matching;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures fairness: 400 open wishes and 2,000 donors, arriving one after another, whose tastes
 * crowd onto the popular kinds and districts. Each donor sees ten wishes, and each showing counts
 * as an impression the next donor's ranking knows of, as on the server. Compared with ranking by relevance alone, the fair
 * recommender must show more of the wishes at all, give the neglected ones (long waiting, extreme
 * hardship) at least their share of attention, and spread attention more evenly (lower Gini).
 */
class WishRecommenderFairnessTest {

    private static final String[] KINDS = {"GOODS", "CASH", "SERVICE", "SCHOLARSHIP", "FESTIVAL_AID"};
    private static final String[] DISTRICTS = {"南明区", "云岩区", "花溪区", "乌当区", "白云区", "观山湖区"};
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    record Exposure(double coverage, double neglectedShare, double neglectedWishShare, double gini, int starvedNeglected,
                    double meanRelevance) { }

    @Test
    void neglectedWishesAreNotStarvedByPopularOnes() {
        Random random = new Random(7);
        List<WishRecommender.WishFacts> wishes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            wishes.add(new WishRecommender.WishFacts(UUID.randomUUID(), KINDS[skewed(random, KINDS.length)],
                    DISTRICTS[skewed(random, DISTRICTS.length)], null, 5_000 + random.nextInt(200_000), random.nextInt(3),
                    random.nextInt(60), 0));
        }
        List<UUID> donors = new ArrayList<>();
        List<WishRecommender.DonorTaste> tastes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            donors.add(UUID.randomUUID());
            // most donors want goods in the two central districts
            tastes.add(new WishRecommender.DonorTaste(Set.of(KINDS[skewed(random, 2)]), Set.of(DISTRICTS[skewed(random, 2)]),
                    0, 0, Set.of(), Map.of(), Set.of()));
        }
        Exposure fair = measure(new WishRecommender(WishRecommender.Weights.FAIR), wishes, donors, tastes);
        Exposure relevanceOnly = measure(new WishRecommender(WishRecommender.Weights.RELEVANCE_ONLY), wishes, donors, tastes);
        System.out.printf("fairness, relevance only: %s%nfairness, fair recommender: %s%n", relevanceOnly, fair);

        assertThat(fair.coverage()).isGreaterThan(relevanceOnly.coverage()).isGreaterThanOrEqualTo(0.5);
        assertThat(fair.neglectedShare()).isGreaterThanOrEqualTo(fair.neglectedWishShare());
        assertThat(fair.neglectedShare()).isGreaterThan(relevanceOnly.neglectedShare());
        assertThat(fair.starvedNeglected()).isZero();
        assertThat(fair.gini()).isLessThan(relevanceOnly.gini());
        // and it still listens to the donor: most of the relevance is kept
        assertThat(fair.meanRelevance()).isGreaterThanOrEqualTo(0.7 * relevanceOnly.meanRelevance());
    }

    /** Index 0 most often, then 1, and so on: popularity is uneven. */
    private static int skewed(Random random, int n) {
        return Math.min(n - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 1.2));
    }

    private static boolean neglected(WishRecommender.WishFacts w) {
        return w.severity() == 2 && w.waitingDays() >= 30;
    }

    private static Exposure measure(WishRecommender r, List<WishRecommender.WishFacts> wishes, List<UUID> donors,
                                    List<WishRecommender.DonorTaste> tastes) {
        Map<UUID, Integer> shown = new HashMap<>();
        double relevance = 0;
        for (int i = 0; i < donors.size(); i++) {
            List<WishRecommender.WishFacts> now = wishes.stream().map(w -> new WishRecommender.WishFacts(w.id(), w.kind(),
                    w.district(), w.campaignId(), w.remainingFen(), w.severity(), w.waitingDays(), shown.getOrDefault(w.id(), 0)))
                    .toList();
            for (WishRecommender.WishFacts w : r.top(tastes.get(i), now, 10, donors.get(i), DAY)) {
                shown.merge(w.id(), 1, Integer::sum);
                relevance += WishRecommender.relevance(tastes.get(i), w);
            }
        }
        long total = shown.values().stream().mapToLong(Integer::longValue).sum();
        long neglectedViews = wishes.stream().filter(WishRecommenderFairnessTest::neglected)
                .mapToLong(w -> shown.getOrDefault(w.id(), 0)).sum();
        long neglectedCount = wishes.stream().filter(WishRecommenderFairnessTest::neglected).count();
        int starved = (int) wishes.stream().filter(WishRecommenderFairnessTest::neglected).filter(w -> !shown.containsKey(w.id())).count();
        double[] counts = wishes.stream().mapToDouble(w -> shown.getOrDefault(w.id(), 0)).sorted().toArray();
        double cum = 0;
        double weighted = 0;
        for (int i = 0; i < counts.length; i++) {
            cum += counts[i];
            weighted += (i + 1) * counts[i];
        }
        double gini = (2 * weighted) / (counts.length * cum) - (counts.length + 1.0) / counts.length;
        return new Exposure(shown.size() / (double) wishes.size(), neglectedViews / (double) total,
                neglectedCount / (double) wishes.size(), gini, starved, relevance / total);
    }
}
