package org.weiyuan.matching;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Relevance for wishes that lack a campaign or a district (issue 11: a NullPointerException before). */
class WishRecommenderTest {

    @Test
    void aWishWithoutCampaignOrDistrictSimplyDoesNotMatchThem() {
        UUID campaign = UUID.randomUUID();
        var taste = new WishRecommender.DonorTaste(Set.of("GOODS"), Set.of("南明区"), 0, 0, Set.of(campaign),
                Map.of(), Set.of("南明区"));
        var bare = new WishRecommender.WishFacts(UUID.randomUUID(), "GOODS", null, null, 1_000, 1, 3, 0);
        var matching = new WishRecommender.WishFacts(UUID.randomUUID(), "GOODS", "南明区", campaign, 1_000, 1, 3, 0);
        assertThat(WishRecommender.relevance(taste, bare)).isCloseTo(0.55, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(WishRecommender.relevance(taste, matching)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        var historyOnly = new WishRecommender.DonorTaste(Set.of(), Set.of(), 0, 0, Set.of(), Map.of("GOODS", 1.0), Set.of("南明区"));
        assertThat(WishRecommender.relevance(historyOnly, bare)).isGreaterThan(0);
    }
}
