package org.weiyuan.web.site;

import java.util.ArrayList;
import java.util.List;

/**
 * 捐赠金额 The amounts a donor may pick with one tap on a wish page: the usual small gifts that fit
 * what the wish still needs, and "the rest" (what would fund it completely). A donor may always
 * type an amount of their own; the pledge API decides whether it fits.
 */
public final class GiftPresets {

    /** ¥10, ¥20, ¥50, ¥100, ¥200 in fen: small enough for a first gift from a phone. */
    static final long[] USUAL_FEN = {1_000, 2_000, 5_000, 10_000, 20_000};
    static final int MAX_USUAL = 3;

    private GiftPresets() { }

    /** Up to three usual amounts below what remains, then the remainder itself; none when nothing remains. */
    public static List<Long> of(long remainingFen) {
        List<Long> presets = new ArrayList<>();
        if (remainingFen <= 0) {
            return presets;
        }
        for (long fen : USUAL_FEN) {
            if (fen < remainingFen && presets.size() < MAX_USUAL) {
                presets.add(fen);
            }
        }
        presets.add(remainingFen);
        return presets;
    }
}
