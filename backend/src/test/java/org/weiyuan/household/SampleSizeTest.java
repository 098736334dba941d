package org.weiyuan.household;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleSizeTest {

    @Test
    void aLargePopulationNeedsTheTextbookSample() {
        // z = 1.96, p = 0.5, e = 5%: n0 = 384.16 → 385
        assertThat(SampleSize.forConfidence(1_000_000_000, 95, 5)).isEqualTo(385);
        // z = 2.5758, e = 1%: n0 = 16,586.9 → 16,587
        assertThat(SampleSize.forConfidence(1_000_000_000, 99, 1)).isEqualTo(16_587);
    }

    @Test
    void theFinitePopulationCorrectionShrinksSmallSamples() {
        assertThat(SampleSize.forConfidence(1_000, 95, 5)).isEqualTo(278);   // 384.16 / 1.38316 = 277.7
        assertThat(SampleSize.forConfidence(197_392, 95, 5)).isEqualTo(384); // Guizhou's files, 2016
        assertThat(SampleSize.forConfidence(10, 95, 5)).isEqualTo(10);
    }

    @Test
    void edges() {
        assertThat(SampleSize.forConfidence(0, 95, 5)).isZero();
        assertThat(SampleSize.forConfidence(1, 95, 5)).isEqualTo(1);
        assertThat(SampleSize.forConfidence(500, 80, 50)).isEqualTo(2); // the widest margin: n0 = z² = 1.64 → 2
        assertThatThrownBy(() -> SampleSize.forConfidence(100, 85, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.forConfidence(100, 95, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.forConfidence(100, 95, 50.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.forConfidence(-1, 95, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFixedShareRoundsUpAndNeverPassesThePopulation() {
        assertThat(SampleSize.forShare(1_000, 10)).isEqualTo(100);
        assertThat(SampleSize.forShare(7, 10)).isEqualTo(1);
        assertThat(SampleSize.forShare(3, 100)).isEqualTo(3);
        assertThat(SampleSize.forShare(0, 10)).isZero();
        assertThat(SampleSize.forShare(1_001, 10)).isEqualTo(101);
        assertThatThrownBy(() -> SampleSize.forShare(10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.forShare(10, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
