package org.weiyuan.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void masksEachKindOfPersonalData() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.name("王芳")).isEqualTo("王*");
        assertThat(Masking.name("张小华")).isEqualTo("张*华");
        assertThat(Masking.name("欧阳")).isEqualTo("欧*");
        assertThat(Masking.text("乳腺癌")).isEqualTo("******");
        assertThat(Masking.idNumber(null)).isNull();
    }
}
