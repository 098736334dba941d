package org.weiyuan.stats;

import java.math.BigDecimal;

/**
 * Fen (分, the integer money of the ledger) as yuan (元) with two decimals for spreadsheets.
 * Exact: the decimal is built from the long's digits, never through a double.
 */
public final class Yuan {

    /** Excel number format for yuan cells: thousands separators, always two decimals. */
    public static final String FORMAT = "#,##0.00";

    private Yuan() { }

    /** 123456 fen → 1234.56 (scale 2, exact). */
    public static BigDecimal of(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** 123456 fen → "1234.56"; −5 fen → "-0.05". Plain digits, for text cells and logs. */
    public static String text(long fen) {
        return of(fen).toPlainString();
    }
}
