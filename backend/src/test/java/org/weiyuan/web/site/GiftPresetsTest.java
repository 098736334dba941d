package org.weiyuan.web.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GiftPresetsTest {

    @Test
    void usualAmountsBelowWhatRemainsThenTheRest() {
        assertThat(GiftPresets.of(48_800)).containsExactly(1_000L, 2_000L, 5_000L, 48_800L);
        assertThat(GiftPresets.of(3_000)).containsExactly(1_000L, 2_000L, 3_000L);
    }

    @Test
    void anAmountEqualToTheRestIsOfferedOnce() {
        assertThat(GiftPresets.of(2_000)).containsExactly(1_000L, 2_000L);
        assertThat(GiftPresets.of(500)).containsExactly(500L);
    }

    @Test
    void nothingToOfferWhenNothingRemains() {
        assertThat(GiftPresets.of(0)).isEmpty();
        assertThat(GiftPresets.of(-1)).isEmpty();
    }
}
