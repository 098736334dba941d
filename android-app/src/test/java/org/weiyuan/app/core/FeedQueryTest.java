package org.weiyuan.app.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed's filters become the server's query, every value encoded. */
class FeedQueryTest {

    @Test
    void theWholeFeedIsTheUsualOrder() {
        assertThat(FeedQuery.ALL.path(null)).isEqualTo("/api/v1/feed/wishes?limit=20&sort=URGENCY");
        assertThat(FeedQuery.ALL.isDefault()).isTrue();
    }

    @Test
    void kindDistrictOrderAndCursorAreSentEncoded() {
        FeedQuery q = FeedQuery.ALL.kind("SCHOLARSHIP").district("南明区").sort(FeedQuery.Sort.NEAREST_GOAL);
        assertThat(q.path("a+b/c=")).isEqualTo("/api/v1/feed/wishes?limit=20&sort=NEAREST_GOAL&kind=SCHOLARSHIP"
                + "&district=%E5%8D%97%E6%98%8E%E5%8C%BA&cursor=a%2Bb%2Fc%3D");
        assertThat(q.isDefault()).isFalse();
    }

    @Test
    void choosingAnyAgainIsTheWholeFeed() {
        FeedQuery q = FeedQuery.ALL.kind("CASH").district("云岩区").kind("").district(null);
        assertThat(q).isEqualTo(FeedQuery.ALL);
        assertThat(q.isDefault()).isTrue();
    }
}
