package org.weiyuan.web.site;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ShortIdTest {

    @Test
    void aShortIdIsElevenBase62CharactersAndStandsForTheFirst64Bits() {
        for (int i = 0; i < 1000; i++) {
            UUID id = UUID.randomUUID();
            String s = ShortId.of(id);
            assertThat(s).hasSize(11).matches("[0-9A-Za-z]+");
            assertThat(ShortId.parse(s)).contains(id.getMostSignificantBits());
            assertThat(ShortId.lowest(id.getMostSignificantBits()).getMostSignificantBits()).isEqualTo(id.getMostSignificantBits());
            assertThat(ShortId.highest(id.getMostSignificantBits()).getLeastSignificantBits()).isEqualTo(-1L);
        }
    }

    @Test
    void theExtremesRoundTrip() {
        assertThat(ShortId.of(new UUID(0, 0))).isEqualTo("00000000000");
        assertThat(ShortId.parse(ShortId.of(new UUID(-1L, 0)))).contains(-1L);
    }

    @Test
    void whatIsNotAShortIdIsRefused() {
        assertThat(ShortId.parse(null)).isEmpty();
        assertThat(ShortId.parse("abc")).isEmpty();
        assertThat(ShortId.parse("0000000000-")).isEmpty();
        assertThat(ShortId.parse("zzzzzzzzzzz")).isEmpty(); // 62^11 − 1 is beyond 64 bits
    }
}
