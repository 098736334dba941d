package org.weiyuan.funding;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Renders a donation receipt (捐赠收据) as a one-page PDF with the Chinese font embedded (as a
 * subset), so it reads the same on any phone or printer. Plain Java: give it a font file (TrueType,
 * or a TrueType collection with the face's name) and the receipt's facts.
 */
public final class ReceiptRenderer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** What a receipt states. Amounts in fen. */
    public record Receipt(UUID pledgeId, String donorName, String wishTitle, String district, long amountFen,
                          long matchedFen, Instant paidAt, String paymentReference,
                          /* 未配捐原因 in zh-CN and English, or null when nothing held the match back */
                          String notMatchedZh, String notMatchedEn) {
        public Receipt(UUID pledgeId, String donorName, String wishTitle, String district, long amountFen,
                       long matchedFen, Instant paidAt, String paymentReference) {
            this(pledgeId, donorName, wishTitle, district, amountFen, matchedFen, paidAt, paymentReference, null, null);
        }
    }

    private final Path fontFile;
    private final String faceName;

    public ReceiptRenderer(Path fontFile, String faceName) {
        this.fontFile = fontFile;
        this.faceName = faceName;
    }

    public boolean available() {
        return Files.isReadable(fontFile);
    }

    public byte[] render(Receipt r) {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection collection = collectionOrNull()) {
            PDType0Font font = collection == null
                    ? PDType0Font.load(doc, fontFile.toFile())
                    : PDType0Font.load(doc, face(collection), true);
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("微愿捐赠收据 " + r.pledgeId());
            info.setCreator("Weiyuan 微愿");
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - 60;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                y = line(out, font, 18, 40, y, "微愿 · 捐赠收据");
                y = line(out, font, 10, 40, y + 4, "Weiyuan donation receipt");
                y -= 16;
                List<String[]> rows = new java.util.ArrayList<>(List.of(
                        new String[] {"收据编号 Receipt no.", r.pledgeId().toString()},
                        new String[] {"捐赠人 Donor", r.donorName()},
                        new String[] {"微愿 Wish", r.wishTitle()},
                        new String[] {"地区 District", r.district()},
                        new String[] {"捐赠金额 Amount", yuan(r.amountFen())},
                        new String[] {"企业配捐 Matched", yuan(r.matchedFen())}));
                if (r.notMatchedZh() != null) {
                    rows.add(new String[] {"未配捐原因", r.notMatchedZh()});
                    rows.add(new String[] {"Not matched because", r.notMatchedEn()});
                }
                rows.add(new String[] {"到账时间 Paid at", r.paidAt() == null ? "-" : WHEN.format(r.paidAt()) + " (北京时间)"});
                rows.add(new String[] {"支付流水 Payment ref.", r.paymentReference()});
                for (String[] row : rows) {
                    line(out, font, 10, 40, y, row[0]);
                    y = line(out, font, 11, 170, y, row[1]);
                    y -= 6;
                }
                y -= 14;
                y = line(out, font, 9, 40, y, "善款进入该微愿的托管账户,专款专用;去向可在微愿页面“善款去向”中查询。");
                line(out, font, 9, 40, y, "Held in the wish's escrow account and used only for it; see the wish's report.");
                out.setLineWidth(0.5f);
                out.moveTo(40, 40);
                out.lineTo(width - 40, 40);
                out.stroke();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render receipt " + r.pledgeId(), e);
        }
    }

    public static String yuan(long fen) {
        return org.weiyuan.common.Money.yuan(fen);
    }

    private TrueTypeCollection collectionOrNull() throws IOException {
        String name = fontFile.getFileName().toString().toLowerCase();
        return name.endsWith(".ttc") ? new TrueTypeCollection(fontFile.toFile()) : null;
    }

    /** The face whose PostScript name matches (ignoring spaces and case), else the collection's first. */
    private TrueTypeFont face(TrueTypeCollection collection) throws IOException {
        String wanted = faceName.replace(" ", "").toLowerCase();
        TrueTypeFont[] found = new TrueTypeFont[2];
        collection.processAllFonts(font -> {
            if (found[1] == null) {
                found[1] = font;
            }
            if (found[0] == null && font.getName() != null && font.getName().replace(" ", "").toLowerCase().equals(wanted)) {
                found[0] = font;
            }
        });
        TrueTypeFont face = found[0] != null ? found[0] : found[1];
        if (face == null) {
            throw new IOException("No font in " + fontFile);
        }
        return face;
    }

    private static float line(PDPageContentStream out, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text == null ? "-" : text);
        out.endText();
        return y - size - 6;
    }
}
