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
}
