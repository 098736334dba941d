package org.weiyuan.support;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Images for upload tests. */
public final class TestImages {

    private TestImages() { }

    /** A 64×48 PNG with a tEXt chunk, as cameras and editors leave them. */
    public static byte[] pngWithComment(String comment) throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = img.getGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(8, 8, 40, 30);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        byte[] png = out.toByteArray();
        byte[] data = ("Comment\0" + comment).getBytes(StandardCharsets.ISO_8859_1.newEncoder().canEncode(comment)
                ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 25; // signature + IHDR chunk
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(png, 0, afterHeader);
        withText.write(chunk.array());
        withText.write(png, afterHeader, png.length - afterHeader);
        return withText.toByteArray();
    }

    /**
     * A PNG that says it is {@code width × height} (1-bit grey), as an attacker's "decompression
     * bomb": a few KB that decode to a huge raster. With {@code pixels} false the image data is
     * garbage, so only a reader that trusts the header alone can tell how large it claims to be.
     */
    public static byte[] pngClaiming(int width, int height, boolean pixels) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        byte[] data;
        if (pixels) {
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            try (var z = new java.util.zip.DeflaterOutputStream(deflated, new java.util.zip.Deflater(9))) {
                byte[] row = new byte[1 + (width + 7) / 8];
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            data = deflated.toByteArray();
        } else {
            data = "not deflate data at all".getBytes(StandardCharsets.US_ASCII);
        }
        chunk(png, "IDAT", data);
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        ByteBuffer c = ByteBuffer.allocate(12 + data.length);
        c.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        c.putInt((int) crc.getValue());
        out.writeBytes(c.array());
    }
}
