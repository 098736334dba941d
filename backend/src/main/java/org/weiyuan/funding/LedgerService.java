package org.weiyuan.funding;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.funding.FundingViews.LedgerReport;


/**
 * Checks the ledger's invariants in SQL: all debits equal all credits, every entry balances, and
 * each wish's escrow balance equals what was paid for it (less disbursements and refunds, once
 * those exist).
 */
@ApplicationScoped
public class LedgerService {

    private final FundingRepositories.Journal journal;

    LedgerService(FundingRepositories.Journal journal) {
        this.journal = journal;
    }

    @WithSession
    public Uni<LedgerReport> check() {
        return journal.totals().chain(totals -> journal.unbalancedEntries().chain(unbalanced -> journal.escrowMismatches()
                .map(wishes -> new LedgerReport(totals.debitFen() == totals.creditFen() && unbalanced.isEmpty() && wishes.isEmpty(),
                        totals.debitFen(), totals.creditFen(), totals.entries(), unbalanced, wishes))));
    }
}
