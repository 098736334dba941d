package org.weiyuan.web.site;

import java.util.Optional;
import java.util.UUID;

/**
 * 短链接 The short id of a public page: the first 64 bits of the UUID (random in a v4 UUID, 58 of
 * them after the version bits) in base62, 11 characters. Nothing is stored: the page looks the row
 * up by the UUID range those 64 bits fix, which the primary-key index answers. 58 random bits are
 * far beyond guessing (and only published wishes answer anyway), and two wishes sharing them is
 * negligible at this scale (a birthday collision needs about 2^29 wishes); if it ever happens the
 * oldest row answers.
 */
public final class ShortId {

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static final int LENGTH = 11;

    private ShortId() { }

    public static String of(UUID id) {
        long v = id.getMostSignificantBits();
        char[] out = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            out[i] = DIGITS.charAt((int) Long.remainderUnsigned(v, 62));
            v = Long.divideUnsigned(v, 62);
        }
        return new String(out);
    }

    /** The 64 bits a short id stands for, or empty when it is not one (wrong length, character or range). */
    public static Optional<Long> parse(String s) {
        if (s == null || s.length() != LENGTH) {
            return Optional.empty();
        }
        long v = 0;
        for (int i = 0; i < LENGTH; i++) {
            int d = DIGITS.indexOf(s.charAt(i));
            if (d < 0) {
                return Optional.empty();
            }
            long hi = Math.unsignedMultiplyHigh(v, 62);
            long next = v * 62 + d;
            if (hi != 0 || Long.compareUnsigned(next, v * 62) < 0) {
                return Optional.empty(); // beyond 64 bits
            }
            v = next;
        }
        return Optional.of(v);
    }

    /** The first and last UUID whose first 64 bits are these. */
    static UUID lowest(long bits) {
        return new UUID(bits, 0L);
    }

    static UUID highest(long bits) {
        return new UUID(bits, -1L);
    }

    /** For scripts (bench/web-bench.sh): prints the short id of each UUID given. */
    public static void main(String[] args) {
        for (String a : args) {
            System.out.println(of(UUID.fromString(a)));
        }
    }
}
