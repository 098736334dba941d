package org.weiyuan.household;

/**
 * How many files a spot check (抽查) draws: from a confidence level and a margin of error for a
 * proportion (worst case p = 0.5) with the finite-population correction, as verification plans
 * for cash transfers size their samples; or a fixed share of the files.
 *
 * <p>n₀ = z²·p(1−p)/e², n = n₀ / (1 + (n₀ − 1)/N), rounded up, never more than N; any non-empty
 * population gives at least one file.
 */
public final class SampleSize {

    private SampleSize() { }

    /** Two-sided z for the supported confidence levels, in percent. */
    static double z(int confidencePct) {
        return switch (confidencePct) {
            case 80 -> 1.2816;
            case 90 -> 1.6449;
            case 95 -> 1.9600;
            case 98 -> 2.3263;
            case 99 -> 2.5758;
            default -> throw new IllegalArgumentException("confidence level must be 80, 90, 95, 98 or 99 percent");
        };
    }

    /** @param marginPct margin of error in percent points (0 < e ≤ 50) */
    public static int forConfidence(int population, int confidencePct, double marginPct) {
        if (population < 0) {
            throw new IllegalArgumentException("population cannot be negative");
        }
        if (!(marginPct > 0 && marginPct <= 50)) {
            throw new IllegalArgumentException("margin must be above 0 and at most 50 percent points");
        }
        double z = z(confidencePct);
        if (population == 0) {
            return 0;
        }
        double e = marginPct / 100.0;
        double n0 = z * z * 0.25 / (e * e);
        double n = n0 / (1 + (n0 - 1) / population);
        // tolerate floating noise just above an integer (e.g. 384.0000000001 → 384)
        long rounded = (long) Math.ceil(n - 1e-9);
        return (int) Math.max(1, Math.min(population, rounded));
    }

    /** A fixed share in percent (0 < share ≤ 100), rounded up; at least one file of a non-empty population. */
    public static int forShare(int population, double sharePct) {
        if (population < 0) {
            throw new IllegalArgumentException("population cannot be negative");
        }
        if (!(sharePct > 0 && sharePct <= 100)) {
            throw new IllegalArgumentException("share must be above 0 and at most 100 percent");
        }
        if (population == 0) {
            return 0;
        }
        long n = (long) Math.ceil(population * sharePct / 100.0 - 1e-9);
        return (int) Math.max(1, Math.min(population, n));
    }
}
