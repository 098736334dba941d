package org.weiyuan.integrity;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 微愿金额对账: each wish's running totals agree with its pledges and matches.
 * <ul>
 *   <li>{@code pledged_fen} = pledges held, paid, refunded or moved to the fund + matches drawn
 *       (an expired wish keeps its pledged total: what went back is in {@code returned_fen});</li>
 *   <li>{@code paid_fen} = pledges paid, refunded or moved + matches drawn;</li>
 *   <li>{@code matched_fen} = matches drawn.</li>
 * </ul>
 * Released and credited pledges count for neither.
 */
@ApplicationScoped
public class WishTotalsCheck implements InvariantCheck {

    private final InvariantRepository repository;

    public WishTotalsCheck(InvariantRepository repository) {
        this.repository = repository;
    }

    @Override
    public String name() {
        return "wish-totals";
    }

    @Override
    @WithSession
    public Uni<CheckResult> run() {
        return repository.mismatchedWishTotals(SAMPLE)
                .map(b -> new CheckResult(b.count(), b.sampleIds(),
                        b.count() + " wishes whose pledged, paid or matched total disagrees with their pledges"));
    }
}
