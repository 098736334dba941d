package org.weiyuan.evidence;

import org.weiyuan.common.DomainException;

import java.nio.charset.StandardCharsets;

/**
 * What an evidence upload must be: a JPEG, PNG or PDF by its content (magic bytes, never the
 * client's Content-Type), not empty and not larger than the limit; a PDF without active content
 * (scripts, launch actions), which staff would otherwise open on their own machines.
 */
public final class DocumentRules {

    /** The document types accepted, as detected from the bytes. */
    public enum Type {
        JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), PDF("application/pdf", "pdf");

        public final String contentType;
        public final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public boolean image() {
            return this != PDF;
        }
    }

    private static final String[] ACTIVE_PDF = {"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/OpenAction"};

    private DocumentRules() { }

    /** The type by magic bytes; 422 on {@code document} for empty, oversize or anything else. */
    public static Type check(byte[] upload, long maxBytes) {
        if (upload == null || upload.length == 0) {
            throw DomainException.unprocessable("document", "problem.document.empty");
        }
        if (upload.length > maxBytes) {
            throw DomainException.unprocessable("document", "problem.document.too-large", maxBytes / 1024);
        }
        Type type = sniff(upload);
        if (type == null) {
            throw DomainException.unprocessable("document", "problem.document.type");
        }
        if (type == Type.PDF && hasActiveContent(upload)) {
            throw DomainException.unprocessable("document", "problem.document.pdf-active");
        }
        return type;
    }

    static Type sniff(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Type.JPEG;
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Type.PNG;
        }
        if (b.length > 8 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Type.PDF;
        }
        return null;
    }

    /** Name tokens of scripts and actions anywhere in the file (a plain scan: compressed object streams can hide them). */
    static boolean hasActiveContent(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        for (String token : ACTIVE_PDF) {
            int at = text.indexOf(token);
            while (at >= 0) {
                int end = at + token.length();
                // "/JS" must not match "/JSomething"; a name ends at a delimiter or whitespace
                if (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
                    return true;
                }
                at = text.indexOf(token, end);
            }
        }
        return false;
    }
}
