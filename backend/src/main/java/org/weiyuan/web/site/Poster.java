package org.weiyuan.web.site;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 分享海报 A wish's sharing poster for where links do not travel (a WeChat moment, a printed notice):
 * title, progress and a QR code of the short link, drawn with Java2D in the CJK font the receipts
 * use. Blocking work: callers run it on a worker thread.
 */
@ApplicationScoped
public class Poster {

    static final int WIDTH = 720;
    static final int HEIGHT = 1080;
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color ACCENT = new Color(0xb4, 0x23, 0x18);

    private final Font font;

    public Poster(org.weiyuan.web.WebSettings settings) {
        this.font = load(settings.receipts().font());
    }

    private static Font load(String file) {
        File f = new File(file);
        if (!f.canRead()) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12); // no CJK font installed: logical font, may show boxes
        }
        try {
            return Font.createFont(Font.TRUETYPE_FONT, f); // a .ttc: its first face
        } catch (FontFormatException | IOException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }

    public byte[] render(SitePages.Card card, String link, Map<String, String> t) {
        return draw(card.title(), t.get(card.kind()) + " · " + card.district(),
                t.get("raised") + " " + card.raised() + " / " + card.target() + " (" + card.percent() + "%)", card.percent(),
                t.get("share"), link, t);
    }

    /** 活动分享海报 A campaign's poster: its name, its dates, what its wishes have raised of their goal, and its link as a QR code. */
    public byte[] render(SitePages.CampaignPage campaign, String link, Map<String, String> t) {
        long target = campaign.totals().targetFen();
        long raised = campaign.totals().donatedFen() + campaign.totals().matchedFen();
        int percent = target <= 0 ? 0 : (int) Math.min(100, raised * 100 / target);
        return draw(campaign.name(), t.get(campaign.kind()) + " · " + campaign.startsOn() + " – " + campaign.endsOn(),
                t.get("raised") + " " + org.weiyuan.common.Money.yuan(raised) + " / " + campaign.target() + " (" + percent + "%)", percent,
                t.get("shareCampaign"), link, t);
    }

    private byte[] draw(String title, String subtitle, String progress, int percent, String hint, String link, Map<String, String> t) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, WIDTH, 120);
            g.setColor(Color.WHITE);
            g.setFont(font.deriveFont(Font.BOLD, 48f));
            g.drawString(t.get("site") + " · " + t.get("wall"), 48, 80);

            g.setColor(INK);
            g.setFont(font.deriveFont(Font.BOLD, 40f));
            int y = 200;
            for (String line : wrap(g, title, WIDTH - 96, 3)) {
                g.drawString(line, 48, y);
                y += 56;
            }
            g.setFont(font.deriveFont(28f));
            g.drawString(subtitle, 48, y + 10);
            y += 70;
            g.setColor(new Color(0xe5, 0xe7, 0xeb));
            g.fillRoundRect(48, y, WIDTH - 96, 28, 28, 28);
            g.setColor(ACCENT);
            g.fillRoundRect(48, y, Math.max(28, (WIDTH - 96) * percent / 100), 28, 28, 28);
            g.setColor(INK);
            g.drawString(progress, 48, y + 72);

            BufferedImage qr = qr(link, 420);
            g.drawImage(qr, (WIDTH - 420) / 2, HEIGHT - 420 - 130, null);
            g.setFont(font.deriveFont(26f));
            g.drawString(hint, (WIDTH - g.getFontMetrics().stringWidth(hint)) / 2, HEIGHT - 90);
            g.setFont(font.deriveFont(22f));
            g.drawString(link, (WIDTH - g.getFontMetrics().stringWidth(link)) / 2, HEIGHT - 50);
        } finally {
            g.dispose();
        }
        return png(img);
    }

    /** The link preview image of pages without a cleared photo (1200 × 630, as link previews expect). */
    public byte[] banner() {
        BufferedImage img = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(ACCENT);
            g.fillRect(0, 0, 1200, 630);
            g.setColor(Color.WHITE);
            g.setFont(font.deriveFont(Font.BOLD, 120f));
            String title = SiteText.ZH.get("site") + " · " + SiteText.ZH.get("wall");
            g.drawString(title, (1200 - g.getFontMetrics().stringWidth(title)) / 2, 300);
            g.setFont(font.deriveFont(44f));
            String sub = SiteText.EN.get("site") + " · " + SiteText.EN.get("wall");
            g.drawString(sub, (1200 - g.getFontMetrics().stringWidth(sub)) / 2, 420);
        } finally {
            g.dispose();
        }
        return png(img);
    }

    private static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage qr(String text, int size) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            return MatrixToImageWriter.toBufferedImage(m);
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Breaks a title into lines that fit, character by character (Chinese has no spaces); at most max lines. */
    private static List<String> wrap(Graphics2D g, String text, int width, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            if (g.getFontMetrics().stringWidth(next) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == max) {
                    lines.set(max - 1, lines.get(max - 1) + "…");
                    return lines;
                }
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
