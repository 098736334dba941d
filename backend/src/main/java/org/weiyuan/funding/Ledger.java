package org.weiyuan.funding;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.funding.LedgerEntities.JournalEntry;
import org.weiyuan.funding.LedgerEntities.JournalLine;
import org.weiyuan.funding.LedgerEntities.LedgerAccount;

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

    Ledger(BusinessTime time) {
        this.time = time;
    }

    public Uni<JournalEntry> post(Posting posting) {
        return Panache.getSession().chain(session -> {
            Uni<List<UUID>> accountIds = Uni.createFrom().item(new ArrayList<>());
            for (Posting.Line line : posting.lines()) {
                accountIds = accountIds.chain(ids -> account(line.account()).map(id -> {
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
                List<Object> rows = new ArrayList<>();
                rows.add(entry);
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
                return session.persistAll(rows.toArray()).chain(session::flush).replaceWith(entry);
            });
        });
    }

    private Uni<UUID> account(Accounts.Ref ref) {
        // a null UUID has no type a native query can bind, hence two statements
        String insert = ref.wishId() == null
                ? "insert into ledger_account (id, code, kind, name) values (:id, :code, :kind, :name) on conflict (code) do nothing"
                : "insert into ledger_account (id, code, kind, name, wish_id) values (:id, :code, :kind, :name, :wish) "
                        + "on conflict (code) do nothing";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(insert)
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("code", ref.code())
                    .setParameter("kind", ref.kind().name())
                    .setParameter("name", ref.name());
            if (ref.wishId() != null) {
                query.setParameter("wish", ref.wishId());
            }
            return query.executeUpdate()
                    .chain(() -> session.createSelectionQuery("select a.id from LedgerAccount a where a.code = :code", UUID.class)
                            .setParameter("code", ref.code()).getSingleResult());
        });
    }
}
