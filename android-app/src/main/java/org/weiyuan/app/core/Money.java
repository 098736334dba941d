package org.weiyuan.app.core;

import java.util.Locale;

/** Amounts are integer fen on the wire; people read yuan. */
public final class Money {

    private Money() { }

    /** "¥1,234.50"; whole yuan drop the decimals ("¥300"). */
    public static String yuan(long fen) {
        long yuan = fen / 100;
        long cents = Math.abs(fen % 100);
        return cents == 0 ? String.format(Locale.ROOT, "¥%,d", yuan) : String.format(Locale.ROOT, "¥%,d.%02d", yuan, cents);
    }
}
