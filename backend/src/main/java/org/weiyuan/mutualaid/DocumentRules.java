package org.weiyuan.mutualaid;

import org.weiyuan.common.DomainException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * 申领材料 what a claim document may be: a JPEG or PNG photo, or a PDF, recognised by its first
 * bytes (the magic number), never by the type the client announces; and no larger than the limit.
 */
public final class DocumentRules {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private DocumentRules() { }

    /** The content type the bytes really have; 422 on the field {@code file} when empty, too large or of another type. */
    public static String check(byte[] upload, int maxBytes) {
        if (upload == null || upload.length == 0) {
            throw DomainException.unprocessable("file", "problem.mutual-aid.document-type");
        }
        if (upload.length > maxBytes) {
            throw DomainException.unprocessable("file", "problem.mutual-aid.document-too-large", maxBytes / 1000);
        }
        String type = sniff(upload);
        if (type == null) {
            throw DomainException.unprocessable("file", "problem.mutual-aid.document-type");
        }
        return type;
    }

    /** JPEG (FF D8 FF), PNG (89 'PNG' CR LF 1A LF) or PDF ('%PDF-'); null for anything else. */
    static String sniff(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return PNG;
        }
        if (b.length > 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return PDF;
        }
        return null;
    }

    /** SHA-256 of the bytes as sent, hex: the same file sent twice has the same hash (keyed before it is stored). */
    public static String sha256(byte[] upload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(upload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
