package org.weiyuan.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * "Wishes for you" (为你推荐): what a donor said they care about and what they gave to before, blended
 * with need, so that wishes waiting longest and from the hardest-hit households are not starved by
 * the popular ones; and discounted by how often the wish was shown lately, so that attention moves
 * on from a wish many donors have already seen to one nobody has. A small per-donor, per-day shuffle
 * breaks ties among near-equals.
 */
public final class WishRecommender {

    /**
     * What the recommender knows of an open wish. {@code severity}: 2 extreme hardship, 1 hardship,
     * 0 none; {@code impressions}: how often it was recommended lately.
     */
    public record WishFacts(UUID id, String kind, String district, UUID campaignId, long remainingFen, int severity,
                            long waitingDays, long impressions) { }

    /**
     * A donor's stated preferences (empty = no preference) and giving history (shares of kinds given
     * to, districts given to).
     */
    public record DonorTaste(Set<String> kinds, Set<String> districts, long minFen, long maxFen, Set<UUID> campaigns,
                             Map<String, Double> historyKinds, Set<String> historyDistricts) {
        public static DonorTaste none() {
            return new DonorTaste(Set.of(), Set.of(), 0, 0, Set.of(), Map.of(), Set.of());
        }
    }

    /**
     * How much relevance, need and recent exposure count, how wide the shuffle among near-equals is,
     * and after how many impressions a wish has lost half of the exposure weight.
     */
    public record Weights(double relevance, double need, double exposure, double shuffle, double halfExposure) {
        public static final Weights FAIR = new Weights(0.6, 0.4, 0.6, 0.05, 20);
        /** Relevance alone, for comparison in the fairness measurement. */
        public static final Weights RELEVANCE_ONLY = new Weights(1, 0, 0, 0, 1);
    }

    private final Weights weights;

    public WishRecommender(Weights weights) {
        this.weights = weights;
    }

    /** 0–1: how well the wish fits what the donor asked for and has given to. */
    public static double relevance(DonorTaste t, WishFacts w) {
        double kind = !t.kinds().isEmpty() ? (t.kinds().contains(w.kind()) ? 1 : 0)
                : t.historyKinds().isEmpty() ? 0.5 : t.historyKinds().getOrDefault(w.kind(), 0.0);
        // Set.of(...).contains(null) throws: a wish without a district or campaign simply does not match one
        double place = !t.districts().isEmpty() ? (w.district() != null && t.districts().contains(w.district()) ? 1 : 0)
                : t.historyDistricts().isEmpty() ? 0.5 : w.district() != null && t.historyDistricts().contains(w.district()) ? 1 : 0.3;
        double amount = (t.minFen() > 0 && w.remainingFen() < t.minFen()) || (t.maxFen() > 0 && w.remainingFen() > t.maxFen()) ? 0 : 1;
        double campaign = t.campaigns().isEmpty() ? 0.5 : w.campaignId() != null && t.campaigns().contains(w.campaignId()) ? 1 : 0;
        return 0.35 * kind + 0.25 * place + 0.2 * amount + 0.2 * campaign;
    }

    /** 0–1: how much the wish needs attention: the household's hardship and how long it has waited. */
    public static double need(WishFacts w) {
        return 0.5 * w.severity() / 2.0 + 0.5 * Math.min(1, w.waitingDays() / 30.0);
    }

    public double score(DonorTaste t, WishFacts w, UUID donor, LocalDate day) {
        double seen = w.impressions() / (double) (w.impressions() + weights.halfExposure());
        return weights.relevance() * relevance(t, w) + weights.need() * need(w) - weights.exposure() * seen
                + weights.shuffle() * shuffle(donor, w.id(), day);
    }

    /** The k best wishes for this donor today, best first. */
    public List<WishFacts> top(DonorTaste t, List<WishFacts> wishes, int k, UUID donor, LocalDate day) {
        record Scored(WishFacts wish, double score) { }
        List<Scored> scored = new ArrayList<>(wishes.size());
        for (WishFacts w : wishes) {
            scored.add(new Scored(w, score(t, w, donor, day)));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.wish().id()));
        return scored.stream().limit(k).map(Scored::wish).toList();
    }

    /** A stable pseudo-random number in [0, 1) per donor, wish and day. */
    static double shuffle(UUID donor, UUID wish, LocalDate day) {
        long h = donor.getMostSignificantBits() * 31 + donor.getLeastSignificantBits();
        h = h * 1_000_003 + wish.getMostSignificantBits() * 17 + wish.getLeastSignificantBits();
        h = h * 1_000_003 + day.toEpochDay();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h >>> 11) / (double) (1L << 53);
    }
}
