package org.weiyuan.common;

/** Money is integer fen everywhere; this only formats it for people. */
public final class Money {

    private Money() { }

    /** Fen to "¥1,234.50": integer arithmetic, no floating point. */
    public static String yuan(long fen) {
        return String.format("¥%,d.%02d", fen / 100, Math.abs(fen % 100));
    }
}
