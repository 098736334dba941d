package org.weiyuan.web.site;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * 手机尺寸照片 A cleared photo re-encoded for a phone: at most {@code width} pixels wide (never
 * enlarged), JPEG at {@link #QUALITY}. Plain ImageIO, no native code: WebP has no writer in the JDK
 * nor in a pure-Java library on Maven Central, and every phone browser reads JPEG. The page's
 * {@code srcset} offers {@link #WIDTHS}; a 360 px phone at 2x takes the 720.
 */
public final class PhotoSizes {

    /** The widths the pages offer: a 360 px screen at 1x, and at 2x (or a wider one). */
    public static final List<Integer> WIDTHS = List.of(360, 720);
    /** Visually clean for photos of rooms and goods at a fraction of the bytes (0.75–0.8 is the usual web choice). */
    static final float QUALITY = 0.78f;

    private PhotoSizes() { }

    /** The image scaled down to {@code width} (height kept in proportion), as JPEG; CPU-heavy, for a worker thread. */
    public static byte[] resize(byte[] original, int width) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(original));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (source == null) {
            throw new IllegalArgumentException("not an image ImageIO reads");
        }
        int w = Math.min(width, source.getWidth());
        int h = Math.max(1, Math.round(source.getHeight() * (w / (float) source.getWidth())));
        BufferedImage scaled = source;
        // halve step by step, then the last step: one bilinear jump of more than 2x drops pixels and looks jagged
        while (scaled.getWidth() / 2 >= w) {
            scaled = draw(scaled, scaled.getWidth() / 2, Math.max(1, scaled.getHeight() / 2));
        }
        if (scaled.getWidth() != w || scaled.getType() != BufferedImage.TYPE_INT_RGB) {
            scaled = draw(scaled, w, h);
        }
        return jpeg(scaled);
    }

    /** Onto an opaque RGB canvas (white under any transparency of a PNG: JPEG has no alpha). */
    private static BufferedImage draw(BufferedImage from, int w, int h) {
        BufferedImage to = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = to.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(from, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return to;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            // progressive: on a slow network the whole photo shows early, blurred, then sharpens
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
