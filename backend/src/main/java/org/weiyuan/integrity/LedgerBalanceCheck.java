package org.weiyuan.integrity;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.funding.FundingViews.WishMismatch;
import org.weiyuan.funding.LedgerService;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 账目平衡: all debits equal all credits, every journal entry balances, and each wish's escrow
 * account holds what was paid for it less what went out. The ledger's own check, run on a schedule.
 */
@ApplicationScoped
public class LedgerBalanceCheck implements InvariantCheck {

    private final LedgerService ledger;

    public LedgerBalanceCheck(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "ledger-balance";
    }

    @Override
    public Uni<CheckResult> run() {
        return ledger.check().map(r -> {
            List<String> ids = new ArrayList<>();
            r.unbalancedEntries().stream().map(UUID::toString).forEach(ids::add);
            r.wishMismatches().stream().map(WishMismatch::wishId).map(UUID::toString).forEach(ids::add);
            long totals = r.totalDebitFen() == r.totalCreditFen() ? 0 : 1;
            long violations = totals + r.unbalancedEntries().size() + r.wishMismatches().size();
            String detail = "debit " + r.totalDebitFen() + " fen, credit " + r.totalCreditFen() + " fen over " + r.entries()
                    + " entries; " + r.unbalancedEntries().size() + " unbalanced entries, " + r.wishMismatches().size()
                    + " wishes whose escrow differs";
            return new CheckResult(violations, ids, detail);
        });
    }
}
