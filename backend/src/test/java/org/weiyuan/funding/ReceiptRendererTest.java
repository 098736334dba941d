package org.weiyuan.funding;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The receipt is a real PDF whose Chinese text is drawn with an embedded font. */
class ReceiptRendererTest {

    static final Path FONT = Path.of(System.getenv().getOrDefault("WEIYUAN_RECEIPT_FONT",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));

    @Test
    void rendersChineseWithTheFontEmbedded() throws Exception {
        ReceiptRenderer renderer = new ReceiptRenderer(FONT, "WenQuanYi Micro Hei");
        assertThat(renderer.available()).as("CJK font %s (./weiyuan installs fonts-wqy-microhei)", FONT).isTrue();
        UUID id = UUID.randomUUID();
        byte[] pdf = renderer.render(new ReceiptRenderer.Receipt(id, "zhao.min", "冬天的棉被和电暖器", "南明区",
                66_000, 5_000, Instant.parse("2026-11-22T04:00:00Z"), "SBX0001"));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // kept for a reviewer to look at: backend/target/receipts/sample-receipt.pdf
        java.nio.file.Files.createDirectories(Path.of("target/receipts"));
        java.nio.file.Files.write(Path.of("target/receipts/sample-receipt.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("捐赠收据", "冬天的棉被和电暖器", "¥660.00", "¥50.00", id.toString(), "2026-11-22 12:00");
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
            }
        }
    }

    @Test
    void yuanFormattingIsExact() {
        assertThat(ReceiptRenderer.yuan(0)).isEqualTo("¥0.00");
        assertThat(ReceiptRenderer.yuan(5)).isEqualTo("¥0.05");
        assertThat(ReceiptRenderer.yuan(123_456_789)).isEqualTo("¥1,234,567.89");
    }
}
