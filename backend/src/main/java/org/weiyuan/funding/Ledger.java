package org.weiyuan.funding;

import org.weiyuan.common.BusinessTime;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.funding.LedgerEntities.JournalEntry;
import org.weiyuan.funding.LedgerEntities.JournalLine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes balanced journal entries in the caller's transaction. Accounts are created on first use
 * with an insert that ignores a concurrent twin, so two first payments to one wish cannot clash.
 * {@code externalRef} is unique: the same event can never be posted twice.
 */
@ApplicationScoped
public class Ledger {

    final BusinessTime time;
    final FundingRepositories.Journal journal;

    Ledger(BusinessTime time, FundingRepositories.Journal journal) {
        this.time = time;
        this.journal = journal;
    }

    public Uni<JournalEntry> post(Posting posting) {
        Uni<List<UUID>> accountIds = Uni.createFrom().item(new ArrayList<>());
        for (Posting.Line line : posting.lines()) {
            accountIds = accountIds.chain(ids -> journal.accountId(line.account()).map(id -> {
                ids.add(id);
                return ids;
            }));
        }
        return accountIds.chain(ids -> {
            JournalEntry entry = new JournalEntry();
            entry.id = UUID.randomUUID();
            entry.occurredAt = time.now();
            entry.kind = posting.kind();
            entry.wishId = posting.wishId();
            entry.pledgeId = posting.pledgeId();
            entry.externalRef = posting.externalRef();
            entry.memo = posting.memo();
            List<JournalLine> rows = new ArrayList<>();
            for (int i = 0; i < posting.lines().size(); i++) {
                Posting.Line l = posting.lines().get(i);
                JournalLine row = new JournalLine();
                row.id = UUID.randomUUID();
                row.entryId = entry.id;
                row.accountId = ids.get(i);
                row.debitFen = l.debitFen();
                row.creditFen = l.creditFen();
                rows.add(row);
            }
            return journal.write(entry, rows).replaceWith(entry);
        });
    }

    /**
     * A liability account's balance, its row locked for the rest of the transaction: read it this way
     * before taking money from the account, so two takers go one after the other and neither overdraws it.
     */
    public Uni<Long> lockedBalance(Accounts.Ref account) {
        return journal.lockedBalance(account);
    }

    /** Whether an entry was posted under this external reference (a payment already booked). */
    Uni<Boolean> posted(String externalRef) {
        return journal.posted(externalRef);
    }
}
