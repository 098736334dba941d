package org.weiyuan.web.site;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoSizesTest {

    /** A camera-like picture: shapes, gradients and sensor noise (flat colours would compress to nothing). */
    static byte[] photo(int w, int h, String format, boolean alpha) throws Exception {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(200, 170, 120), w, h, new Color(60, 80, 140)));
        g.fillRect(0, 0, w, h);
        Random r = new Random(7);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), alpha ? 128 : 255));
            g.fillOval(r.nextInt(w), r.nextInt(h), 40 + r.nextInt(w / 4), 40 + r.nextInt(h / 4));
        }
        g.dispose();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = r.nextInt(17) - 8;
                int p = img.getRGB(x, y);
                int rr = clamp(((p >> 16) & 0xFF) + n);
                int gg = clamp(((p >> 8) & 0xFF) + n);
                int bb = clamp((p & 0xFF) + n);
                img.setRGB(x, y, (p & 0xFF000000) | (rr << 16) | (gg << 8) | bb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static BufferedImage read(byte[] b) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(b));
    }

    @Test
    void aCameraPhotoIsScaledToEachWidthKeepingItsProportionsAndShrinks() throws Exception {
        byte[] original = photo(1600, 1200, "jpg", false);
        byte[] small = PhotoSizes.resize(original, 360);
        byte[] large = PhotoSizes.resize(original, 720);
        assertThat(read(small).getWidth()).isEqualTo(360);
        assertThat(read(small).getHeight()).isEqualTo(270);
        assertThat(read(large).getWidth()).isEqualTo(720);
        assertThat(read(large).getHeight()).isEqualTo(540);
        assertThat(small.length).isLessThan(large.length);
        assertThat(large.length).isLessThan(original.length / 3);
        assertThat(small[0] & 0xFF).isEqualTo(0xFF); // JPEG
        assertThat(small[1] & 0xFF).isEqualTo(0xD8);
    }

    @Test
    void aNarrowImageIsNeverEnlargedAndATransparentPngBecomesAnOpaqueJpeg() throws Exception {
        byte[] narrow = PhotoSizes.resize(photo(300, 500, "png", true), 720);
        BufferedImage img = read(narrow);
        assertThat(img.getWidth()).isEqualTo(300);
        assertThat(img.getHeight()).isEqualTo(500);
        assertThat(img.getColorModel().hasAlpha()).isFalse();
        assertThat(read(PhotoSizes.resize(photo(1000, 333, "png", false), 360)).getHeight()).isEqualTo(120);
    }

    @Test
    void notAnImageIsRefused() {
        assertThatThrownBy(() -> PhotoSizes.resize("no picture".getBytes(), 360)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVariantCacheKeepsToItsBudgetDroppingTheLeastRecentlyUsed() {
        PhotoVariants cache = new PhotoVariants();
        UUID first = UUID.randomUUID();
        int chunk = (int) (PhotoVariants.BUDGET_BYTES / 4);
        cache.put(first, 360, new byte[chunk]);
        UUID second = UUID.randomUUID();
        cache.put(second, 360, new byte[chunk]);
        cache.get(first, 360); // used again: the second is now the eldest
        for (int i = 0; i < 3; i++) {
            cache.put(UUID.randomUUID(), 720, new byte[chunk]);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(PhotoVariants.BUDGET_BYTES);
        assertThat(cache.get(first, 360)).isNotNull();
        assertThat(cache.get(second, 360)).isNull();
    }
}
