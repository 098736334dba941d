package org.weiyuan.household;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTest {

    @Test
    void acceptsNumbersWithTheRightCheckCharacter() {
        // GB 11643 example number, check character X
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.isValid("11010519491231002x")).isTrue();
        assertThat(IdNumbers.checkChar("11010519491231002")).isEqualTo('X');
    }

    @Test
    void rejectsTyposBadDatesAndWrongLengths() {
        assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
        assertThat(IdNumbers.isValid("110105194913310024")).isFalse();
        assertThat(IdNumbers.isValid("11010519491231002")).isFalse();
        assertThat(IdNumbers.isValid("1101051949123100２X")).isFalse();
        assertThat(IdNumbers.isValid(null)).isFalse();
    }
}
