package org.weiyuan.mutualaid;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentRulesTest {

    @Test
    void theTypeComesFromTheMagicNumber() {
        assertThat(DocumentRules.check(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}, 100)).isEqualTo(DocumentRules.JPEG);
        assertThat(DocumentRules.check(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}, 100)).isEqualTo(DocumentRules.PNG);
        assertThat(DocumentRules.check("%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII), 100)).isEqualTo(DocumentRules.PDF);
        // a PNG signature cut short, a PDF without its dash, an HTML page, nothing at all
        for (byte[] bad : new byte[][] {{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0}, "%PDF 1.7".getBytes(StandardCharsets.US_ASCII),
                "<html>".getBytes(StandardCharsets.US_ASCII), new byte[0], null}) {
            assertThatThrownBy(() -> DocumentRules.check(bad, 100)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("problem.mutual-aid.document-type");
        }
    }

    @Test
    void theSizeLimitIsInclusive() {
        byte[] pdf = new byte[100];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 5);
        assertThat(DocumentRules.check(pdf, 100)).isEqualTo(DocumentRules.PDF);
        assertThatThrownBy(() -> DocumentRules.check(pdf, 99)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).fieldProblems().get(0).field()).isEqualTo("file");
    }

    @Test
    void theHashIsOfTheBytes() {
        assertThat(DocumentRules.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
