package org.weiyuan.wish;

import org.weiyuan.common.DomainException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Accepts a JPEG or PNG and gives back a clean re-encoding: decoding and encoding again drops every
 * metadata block (EXIF GPS position, camera, comments), and proves the bytes really are an image.
 * The size is read from the header first ({@link #probe}): a small file that would decode into a
 * huge raster (a "decompression bomb") is refused before a single pixel is decoded.
 */
public final class Images {

    /** Defaults of {@code weiyuan.photos.max-side} and {@code weiyuan.photos.max-pixels}. */
    public static final int MAX_SIDE = 4096;
    public static final long MAX_PIXELS = 16_777_216L;

    /** How large an image may be. */
    public record Limits(int maxSide, long maxPixels) {
        public static final Limits DEFAULT = new Limits(MAX_SIDE, MAX_PIXELS);
    }

    /** What an image's header says, read without decoding it. */
    public record Header(String format, int width, int height) { }

    /** A re-encoded image. */
    public record Clean(String contentType, int width, int height, byte[] bytes) { }

    private Images() { }

    /**
     * The format (by magic number) and dimensions from the header only; 422 when the bytes are not
     * a JPEG or PNG, the header cannot be read, or the image is larger than the limits. Cheap
     * enough for the event loop: no raster is read.
     */
    public static Header probe(byte[] upload, Limits limits) {
        String format = sniff(upload);
        int width;
        int height;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw DomainException.unprocessable("image", "problem.photo.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.unprocessable("image", "problem.photo.unreadable");
        }
        if (width <= 0 || height <= 0) {
            throw DomainException.unprocessable("image", "problem.photo.unreadable");
        }
        if (width > limits.maxSide() || height > limits.maxSide() || (long) width * height > limits.maxPixels()) {
            throw DomainException.unprocessable("image", "problem.photo.too-large", limits.maxSide(), limits.maxPixels() / 1_000_000.0);
        }
        return new Header(format, width, height);
    }

    /** Decodes and re-encodes: CPU-heavy, so callers run it on a worker thread, after {@link #probe}. */
    public static Clean clean(byte[] upload, Limits limits) {
        Header header = probe(upload, limits);
        String format = header.format();
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(upload));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw DomainException.unprocessable("image", "problem.photo.unreadable");
        }
        if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
            image = rgb;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg".equals(format) ? "jpg" : "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Clean("jpeg".equals(format) ? "image/jpeg" : "image/png", image.getWidth(), image.getHeight(), out.toByteArray());
    }

    /** By magic number, not by what the client claims. */
    static String sniff(byte[] b) {
        if (b != null && b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (b != null && b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        throw DomainException.unprocessable("image", "problem.photo.type");
    }
}
