package org.weiyuan.app.ui;

import android.graphics.Bitmap;
import android.graphics.BitmapFactory;

import java.io.ByteArrayOutputStream;

/**
 * Makes a phone photo small before it is sent over a slow network: at most 1280 px on its longest
 * side, JPEG at quality 80 (a 12-megapixel photo of 4 MB becomes about 200 KB). The server re-encodes
 * it again and drops the camera's metadata.
 */
final class Photos {

    static final int MAX_SIDE = 1280;

    private Photos() { }

    /** Reads a picked image and makes it small: the bytes to upload. */
    static byte[] readSmall(android.content.ContentResolver resolver, android.net.Uri uri) throws java.io.IOException {
        try (java.io.InputStream in = resolver.openInputStream(uri)) {
            if (in == null) {
                throw new java.io.IOException("no data");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
            return compress(out.toByteArray());
        }
    }

    static byte[] compress(byte[] original) {
        BitmapFactory.Options bounds = new BitmapFactory.Options();
        bounds.inJustDecodeBounds = true;
        BitmapFactory.decodeByteArray(original, 0, original.length, bounds);
        if (bounds.outWidth <= 0 || bounds.outHeight <= 0) {
            throw new IllegalArgumentException("not an image");
        }
        BitmapFactory.Options decode = new BitmapFactory.Options();
        int sample = 1;
        while (Math.max(bounds.outWidth, bounds.outHeight) / (sample * 2) >= MAX_SIDE) {
            sample *= 2; // decode at a fraction first: a cheap phone has little memory
        }
        decode.inSampleSize = sample;
        Bitmap bitmap = BitmapFactory.decodeByteArray(original, 0, original.length, decode);
        int longest = Math.max(bitmap.getWidth(), bitmap.getHeight());
        if (longest > MAX_SIDE) {
            float scale = MAX_SIDE / (float) longest;
            bitmap = Bitmap.createScaledBitmap(bitmap, Math.round(bitmap.getWidth() * scale),
                    Math.round(bitmap.getHeight() * scale), true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bitmap.compress(Bitmap.CompressFormat.JPEG, 80, out);
        return out.toByteArray();
    }
}
