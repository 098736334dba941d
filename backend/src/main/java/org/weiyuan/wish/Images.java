package org.weiyuan.wish;

import org.weiyuan.common.DomainException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Accepts a JPEG or PNG and gives back a clean re-encoding: decoding and encoding again drops every
 * metadata block (EXIF GPS position, camera, comments), and proves the bytes really are an image.
 */
public final class Images {

    public static final int MAX_SIDE = 4096;

    /** A re-encoded image. */
    public record Clean(String contentType, int width, int height, byte[] bytes) { }

    private Images() { }

    public static Clean clean(byte[] upload) {
        String format = sniff(upload);
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(upload));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw DomainException.unprocessable("image", "problem.photo.unreadable");
        }
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw DomainException.unprocessable("image", "problem.photo.too-large", MAX_SIDE);
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
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        throw DomainException.unprocessable("image", "problem.photo.type");
    }
}
