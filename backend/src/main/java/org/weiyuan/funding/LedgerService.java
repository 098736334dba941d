package org.weiyuan.funding;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.funding.FundingViews.LedgerReport;
import org.weiyuan.funding.FundingViews.WishMismatch;

import java.util.List;
import java.util.UUID;

/**
 * Checks the ledger's invariants in SQL: all debits equal all credits, every entry balances, and
 * each wish's escrow balance equals what was paid for it (less disbursements and refunds, once
 * those exist).
 */
@ApplicationScoped
public class LedgerService {

    @WithSession
    public Uni<LedgerReport> check() {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select cast(coalesce(sum(debit_fen), 0) as bigint), cast(coalesce(sum(credit_fen), 0) as bigint), "
                                + "(select count(*) from journal_entry) from journal_line", Object[].class)
                .getSingleResult()
                .chain(totals -> s.createNativeQuery(
                                "select cast(entry_id as varchar) from journal_line group by entry_id "
                                        + "having sum(debit_fen) <> sum(credit_fen)", String.class)
                        .getResultList()
                        .chain(unbalanced -> s.createNativeQuery(
                                        "select cast(w.id as varchar), w.paid_fen - w.disbursed_fen - w.returned_fen, "
                                                + "cast(coalesce(sum(l.credit_fen - l.debit_fen), 0) as bigint) "
                                                + "from wish w left join ledger_account a on a.wish_id = w.id "
                                                + "left join journal_line l on l.account_id = a.id "
                                                + "group by w.id, w.paid_fen, w.disbursed_fen, w.returned_fen "
                                                + "having w.paid_fen - w.disbursed_fen - w.returned_fen <> coalesce(sum(l.credit_fen - l.debit_fen), 0)", Object[].class)
                                .getResultList()
                                .map(mismatches -> {
                                    long debit = ((Number) totals[0]).longValue();
                                    long credit = ((Number) totals[1]).longValue();
                                    long entries = ((Number) totals[2]).longValue();
                                    List<WishMismatch> wishes = mismatches.stream().map(r -> new WishMismatch(
                                            UUID.fromString((String) r[0]), ((Number) r[1]).longValue(),
                                            ((Number) r[2]).longValue())).toList();
                                    List<UUID> entriesOff = unbalanced.stream().map(UUID::fromString).toList();
                                    return new LedgerReport(debit == credit && entriesOff.isEmpty() && wishes.isEmpty(),
                                            debit, credit, entries, entriesOff, wishes);
                                }))));
    }
}
