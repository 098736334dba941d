package org.weiyuan.integrity;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.unionaid.UnionAidRepository;

/**
 * 工会帮扶资金对账: each union fund's ledger agrees with its records. Its fund account was credited
 * exactly its deposits and debited exactly its paid aid lines, and it is never below zero. (That
 * every entry balances is {@code ledger-balance}'s part; the database trigger refuses overdrafts
 * and mixed entries as they happen, this check finds any that got past it.)
 */
@ApplicationScoped
public class UnionFundCheck implements InvariantCheck {

    private final UnionAidRepository funds;

    public UnionFundCheck(UnionAidRepository funds) {
        this.funds = funds;
    }

    @Override
    public String name() {
        return "union-funds";
    }

    @Override
    public Uni<CheckResult> run() {
        return funds.fundMismatchCount().chain(n -> funds.fundCount().chain(total -> funds.fundMismatchSample(SAMPLE)
                .map(ids -> new CheckResult(n, ids, n + " of " + total
                        + " union funds whose ledger differs from their deposits and paid aid, or is overdrawn"))));
    }
}
