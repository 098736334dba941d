package org.weiyuan.app.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a picked document (a PDF) as it is, up to what the backend takes for one document. */
final class Documents {

    /** The backend's limit for one evidence document (EvidenceConfig.maxBytes: 1,000,000 bytes). */
    static final int MAX_BYTES = 1_000_000;

    private Documents() { }

    static byte[] read(android.content.ContentResolver resolver, android.net.Uri uri) throws IOException {
        try (InputStream in = resolver.openInputStream(uri)) {
            if (in == null) {
                throw new IOException("no data");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new IllegalArgumentException("larger than the backend takes");
                }
            }
            return out.toByteArray();
        }
    }
}
