package org.weiyuan.household;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response shapes of spot checks (抽查). */
public final class SpotCheckViews {

    private SpotCheckViews() { }

    /**
     * Draw a sample in {@code unitId}'s subtree: either {@code sharePct} of the approved files, or a
     * size from {@code confidencePct} (80, 90, 95, 98, 99) and {@code marginPct} (default 95 / 5).
     * {@code seed} repeats an earlier draw; left out, a random one is drawn and recorded.
     */
    public record SpotCheckRequest(@NotNull UUID unitId,
                                   Integer confidencePct,
                                   @DecimalMin(value = "0.1") @DecimalMax(value = "50") BigDecimal marginPct,
                                   @DecimalMin(value = "0.1") @DecimalMax(value = "100") BigDecimal sharePct,
                                   Long seed) { }

    public record SpotCheckItemView(UUID id, UUID householdId, UUID investigatorSubject, UUID recheckId) { }

    public record SpotCheckView(UUID id, UUID unitId, UUID drawnBy, SpotCheck.Method method, Integer confidencePct,
                                BigDecimal marginPct, BigDecimal sharePct, String seed, int population, int sampleSize,
                                SpotCheck.Status status, Instant createdAt, List<SpotCheckItemView> items) {
        static SpotCheckView of(SpotCheck c, List<SpotCheckItem> items) {
            return new SpotCheckView(c.id, c.unitId, c.drawnBy, c.method, c.confidencePct, c.marginPct, c.sharePct,
                    Long.toString(c.seed), c.population, c.sampleSize, c.status, c.createdAt,
                    items.stream().map(i -> new SpotCheckItemView(i.id, i.householdId, i.investigatorSubject, i.recheckId)).toList());
        }
    }

    public record Drawn(SpotCheck check, List<SpotCheckItem> items) { }

    /**
     * 抽查记录 (issue 14, money5): one past draw as the list shows it: how it was sized (share, or confidence
     * and margin), its seed (a string: a 64-bit number would lose digits in JavaScript), the population and
     * sample, how many sampled files were visited and how many are outstanding, and who drew it.
     */
    public record SpotCheckSummary(UUID id, UUID unitId, UUID drawnBy, SpotCheck.Method method, Integer confidencePct,
                                   BigDecimal marginPct, BigDecimal sharePct, String seed, int population, int sampleSize,
                                   long visited, long outstanding, SpotCheck.Status status, Instant createdAt) {
        static SpotCheckSummary of(SpotCheck c, long[] progress) {
            long[] p = progress == null ? new long[] {0, 0} : progress;
            return new SpotCheckSummary(c.id, c.unitId, c.drawnBy, c.method, c.confidencePct, c.marginPct, c.sharePct,
                    Long.toString(c.seed), c.population, c.sampleSize, p[0], p[1], c.status, c.createdAt);
        }
    }
}
