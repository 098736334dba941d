package org.weiyuan.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextRulesTest {

    @Test
    void multiLineTextKeepsTabsAndLineBreaksOnly() {
        assertThat(TextRules.firstControl("第一行\r\n第二行\t完", true)).isEqualTo(-1);
        assertThat(TextRules.firstControl("南明区", false)).isEqualTo(-1);
        assertThat(TextRules.firstControl("a\u0000b", true)).isEqualTo(1);
        assertThat(TextRules.firstControl("\u0007", true)).isZero();
        assertThat(TextRules.firstControl("x\u007f", true)).isEqualTo(1);
        assertThat(TextRules.firstControl("x\u0085", true)).isEqualTo(1);
        assertThat(TextRules.firstControl("a\nb", false)).isEqualTo(1);
        assertThat(TextRules.firstControl("emoji 😀 and 中文 ok", false)).isEqualTo(-1);
    }

    @Test
    void aParameterWithAControlCharacterIsABadParameter() {
        TextRules.checkParameter("district", null);
        TextRules.checkParameter("district", "南明区");
        assertThatThrownBy(() -> TextRules.checkParameter("district", "南明\u0000"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldProblems().get(0).field()).isEqualTo("district");
                });
    }

    @Test
    void cursorPositionsOutsideTheYearsWeCanHaveMadeAreRefused() {
        assertThat(Cursor.instantOfMicros(1_700_000_000_000_000L)).isNotNull();
        assertThatThrownBy(() -> Cursor.instantOfMicros(Long.MAX_VALUE)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Cursor.instantOfMicros(-1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Cursor.dateOfEpochDay(99_999_999_999L)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Cursor.amountOf(-5)).isInstanceOf(DomainException.class);
        assertThat(Cursor.amountOf(5_000)).isEqualTo(5_000);
    }
}
