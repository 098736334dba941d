package org.weiyuan.funding;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.common.db.BatchClaim;
import org.weiyuan.common.db.SessionRepository;
import org.weiyuan.common.db.Subtree;
import org.weiyuan.funding.FundingViews.WishMismatch;
import org.weiyuan.funding.LedgerEntities.JournalEntry;
import org.weiyuan.funding.LedgerEntities.JournalLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Repositories of the funding feature, one per aggregate (认捐, 拨付, 配捐池, 账目, 公示), with the
 * queries each owns: the services say what they need by intent and never write HQL or SQL.
 */
public final class FundingRepositories {

    private FundingRepositories() { }

    /** Pledges (认捐). */
    @ApplicationScoped
    public static class Pledges implements PanacheRepositoryBase<Pledge, UUID> {

        /**
         * Makes retries with one Idempotency-Key take turns (a transaction-scoped advisory lock on
         * the donor's key), so a second sees the first's pledge instead of colliding on the unique index.
         */
        Uni<Void> lockIdempotencyKey(UUID donor, String key) {
            return getSession().chain(s -> s.createNativeQuery(
                            "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:k, 0))) l", Long.class)
                    .setParameter("k", "pledge|" + donor + "|" + key).getSingleResult()).replaceWithVoid();
        }

        /** The donor's pledge made under this Idempotency-Key, or null. */
        Uni<Pledge> byIdempotencyKey(UUID donor, String key) {
            return find("donorSubject = ?1 and idempotencyKey = ?2", donor, key).firstResult();
        }

        /** The pledge paid under this payment reference, or null. */
        Uni<Pledge> byPaymentReference(String reference) {
            return find("paymentReference", reference).firstResult();
        }

        /** The pledge paid under this payment reference under a row lock, or null. */
        Uni<Pledge> byPaymentReferenceForUpdate(String reference) {
            return find("paymentReference", reference).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        }

        /** When one donor made pledges in {@code (from, to]} (配捐防刷: the rate rule). */
        Uni<List<Instant>> madeBetween(UUID donor, Instant from, Instant to) {
            return find("select p.createdAt from Pledge p where p.donorSubject = ?1 and p.createdAt > ?2 and p.createdAt <= ?3",
                    donor, from, to).project(Instant.class).list();
        }

        /** A wish's pledges in these states, oldest first. */
        Uni<List<Pledge>> onWish(UUID wishId, Collection<PledgeStatus> statuses) {
            return list("wishId = ?1 and status in ?2 order by createdAt", wishId, statuses);
        }

        /** A donor's pledges, newest first. */
        Uni<List<Pledge>> ofDonor(UUID donor) {
            return list("donorSubject = ?1 order by createdAt desc", donor);
        }

        /** The wish of each paid pledge of a donor (one entry per pledge). */
        Uni<List<UUID>> paidWishIds(UUID donor, int limit) {
            return find("select p.wishId from Pledge p where p.donorSubject = ?1 and p.status = ?2", donor, PledgeStatus.PAID)
                    .project(UUID.class).range(0, limit - 1).list();
        }

        /** Everyone who paid a pledge to this wish, each once. */
        Uni<List<UUID>> paidDonorsOf(UUID wishId) {
            return find("select distinct p.donorSubject from Pledge p where p.wishId = ?1 and p.status = ?2", wishId, PledgeStatus.PAID)
                    .project(UUID.class).list();
        }

        /** Claims up to {@code batch} holds that ran out before {@code now} (SKIP LOCKED) and releases each. */
        Uni<Integer> eachExpiredHold(Instant now, int batch, Function<UUID, Uni<?>> release) {
            return BatchClaim.each("select cast(id as varchar) from pledge where status = 'HELD' and hold_expires_at < :now "
                    + "order by hold_expires_at", Map.of("now", now), batch, release);
        }
    }

    /** Disbursements (拨付). */
    @ApplicationScoped
    public static class Disbursements implements PanacheRepositoryBase<Disbursement, UUID> {

        /** What is recorded for a wish but still waits for its second approval. */
        Uni<Long> pendingFen(UUID wishId) {
            return find("select coalesce(sum(d.amountFen), 0) from Disbursement d where d.wishId = ?1 and d.status = ?2",
                    wishId, Disbursement.Status.PENDING_APPROVAL).project(Long.class).singleResult();
        }

        /** A wish's approved disbursements, in the order they were approved. */
        Uni<List<Disbursement>> approvedOn(UUID wishId) {
            return list("wishId = ?1 and status = ?2 order by approvedAt", wishId, Disbursement.Status.APPROVED);
        }

        /** Disbursements waiting for a second approver in the subtree at {@code unitPath}, oldest first, with their wish's title. */
        Uni<List<DisbursementService.Pending>> pendingInSubtree(String unitPath, int limit) {
            return getSession().chain(s -> s.createSelectionQuery("select d, w.title from Disbursement d, Wish w "
                            + "where d.wishId = w.id and d.status = :pending and " + Subtree.hql("w.unitId")
                            + " order by d.createdAt, d.id", Object[].class)
                    .setParameter("pending", Disbursement.Status.PENDING_APPROVAL)
                    .setParameter(Subtree.PARAM, Subtree.pattern(unitPath))
                    .setMaxResults(limit).getResultList())
                    .map(rows -> rows.stream().map(r -> new DisbursementService.Pending((Disbursement) r[0], (String) r[1])).toList());
        }
    }

    /** Matching pools (配捐池). */
    @ApplicationScoped
    public static class Pools implements PanacheRepositoryBase<MatchingPool, UUID> {

        /** A campaign's pools active on {@code day}, oldest first, each row locked for the draw. */
        Uni<List<MatchingPool>> activeForUpdate(UUID campaignId, LocalDate day) {
            return find("campaignId = ?1 and status = ?2 and startsOn <= ?3 and endsOn >= ?3 order by createdAt, id",
                    campaignId, MatchingPool.Status.ACTIVE, day).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        }

        /** The pool funded under this payment reference, or null. */
        Uni<MatchingPool> byPaymentReference(String reference) {
            return find("paymentReference", reference).firstResult();
        }

        /** The pool funded under this payment reference under a row lock, or null. */
        Uni<MatchingPool> byPaymentReferenceForUpdate(String reference) {
            return find("paymentReference", reference).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        }
    }

    /** What the pools gave (配捐记录). */
    @ApplicationScoped
    public static class Matches implements PanacheRepositoryBase<PoolMatch, UUID> {

        /** What one pool already gave one wish. */
        Uni<Long> matchedFor(UUID poolId, UUID wishId) {
            return find("select coalesce(sum(m.amountFen), 0) from PoolMatch m where m.poolId = ?1 and m.wishId = ?2",
                    poolId, wishId).project(Long.class).singleResult();
        }

        /** What one donor's pledges drew of one campaign's matching in all. */
        Uni<Long> matchedForDonor(UUID donor, UUID campaignId) {
            return find("select coalesce(sum(m.amountFen), 0) from PoolMatch m, Pledge p, MatchingPool pool "
                    + "where m.pledgeId = p.id and m.poolId = pool.id and p.donorSubject = ?1 and pool.campaignId = ?2",
                    donor, campaignId).project(Long.class).singleResult();
        }

        /** The matches drawn for one wish. */
        Uni<List<PoolMatch>> ofWish(UUID wishId) {
            return list("wishId", wishId);
        }
    }

    /** The double-entry journal (账目): accounts, entries and their lines, and the checks over them. */
    @ApplicationScoped
    public static class Journal extends SessionRepository {

        /**
         * The id of the account, created on first use with an insert that ignores a concurrent twin,
         * so two first payments to one wish cannot clash.
         */
        Uni<UUID> accountId(Accounts.Ref ref) {
            // a null UUID has no type a native query can bind, hence two statements
            String insert = ref.wishId() == null
                    ? "insert into ledger_account (id, code, kind, name) values (:id, :code, :kind, :name) on conflict (code) do nothing"
                    : "insert into ledger_account (id, code, kind, name, wish_id) values (:id, :code, :kind, :name, :wish) "
                            + "on conflict (code) do nothing";
            return session(s -> {
                var query = s.createNativeQuery(insert)
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("code", ref.code())
                        .setParameter("kind", ref.kind().name())
                        .setParameter("name", ref.name());
                if (ref.wishId() != null) {
                    query.setParameter("wish", ref.wishId());
                }
                return query.executeUpdate()
                        .chain(() -> s.createSelectionQuery("select a.id from LedgerAccount a where a.code = :code", UUID.class)
                                .setParameter("code", ref.code()).getSingleResult());
            });
        }

        /** Writes an entry and its lines, and flushes: a duplicate {@code externalRef} fails here, in the caller's transaction. */
        Uni<Void> write(JournalEntry entry, List<JournalLine> lines) {
            Object[] rows = new Object[lines.size() + 1];
            rows[0] = entry;
            for (int i = 0; i < lines.size(); i++) {
                rows[i + 1] = lines.get(i);
            }
            return session(s -> s.persistAll(rows).chain(s::flush));
        }

        /**
         * The account's balance (credits − debits) with its row locked until the transaction ends, so
         * whoever takes money from it next waits and then sees this transaction's lines (the account is
         * created if it has no row yet: a fund never credited holds 0).
         */
        Uni<Long> lockedBalance(Accounts.Ref ref) {
            // two statements: the sum must be read after the lock is granted. In READ COMMITTED a statement that
            // waited for a row lock still reads everything else from the snapshot it started with, so a sum in
            // the locking statement would miss the lines of the transaction it waited for.
            return accountId(ref).chain(id -> session(s -> s.createNativeQuery(
                                    "select count(*) from (select a.id from ledger_account a where a.id = :id for no key update) l", Long.class)
                            .setParameter("id", id).getSingleResult()
                    .chain(() -> s.createNativeQuery("select cast(coalesce(sum(l.credit_fen - l.debit_fen), 0) as bigint) "
                                    + "from journal_line l where l.account_id = :id", Long.class)
                            .setParameter("id", id).getSingleResult())));
        }

        /** Whether an entry was posted under this external reference. */
        Uni<Boolean> posted(String externalRef) {
            return session(s -> s.createSelectionQuery("select count(e) from JournalEntry e where e.externalRef = :ref", Long.class)
                    .setParameter("ref", externalRef).getSingleResult()).map(n -> n > 0);
        }

        /** All debits, all credits and the number of entries. */
        record Totals(long debitFen, long creditFen, long entries) { }

        Uni<Totals> totals() {
            return session(s -> s.createNativeQuery(
                            "select cast(coalesce(sum(debit_fen), 0) as bigint), cast(coalesce(sum(credit_fen), 0) as bigint), "
                                    + "(select count(*) from journal_entry) from journal_line", Object[].class)
                    .getSingleResult())
                    .map(r -> new Totals(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }

        /** Entries whose lines do not balance. */
        Uni<List<UUID>> unbalancedEntries() {
            return session(s -> s.createNativeQuery("select cast(entry_id as varchar) from journal_line group by entry_id "
                            + "having sum(debit_fen) <> sum(credit_fen)", String.class).getResultList())
                    .map(ids -> ids.stream().map(UUID::fromString).toList());
        }

        /** Wishes whose escrow balance is not paid − disbursed − returned. */
        Uni<List<WishMismatch>> escrowMismatches() {
            return session(s -> s.createNativeQuery(
                            "select cast(w.id as varchar), w.paid_fen - w.disbursed_fen - w.returned_fen, "
                                    + "cast(coalesce(sum(l.credit_fen - l.debit_fen), 0) as bigint) "
                                    + "from wish w left join ledger_account a on a.wish_id = w.id "
                                    + "left join journal_line l on l.account_id = a.id "
                                    + "group by w.id, w.paid_fen, w.disbursed_fen, w.returned_fen "
                                    + "having w.paid_fen - w.disbursed_fen - w.returned_fen <> coalesce(sum(l.credit_fen - l.debit_fen), 0)",
                            Object[].class).getResultList())
                    .map(rows -> rows.stream().map(r -> new WishMismatch(UUID.fromString((String) r[0]),
                            ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList());
        }
    }

    /** The public totals (公开透明): counts and sums of published wishes, nothing about any household. */
    @ApplicationScoped
    public static class Transparency extends SessionRepository {

        /** The select list of a wish set's totals over {@code wish w}, in {@link TransparencyService.Totals#of} order (the public unit page reuses it). */
        public static final String TOTALS = "count(w.id), cast(coalesce(sum(w.target_fen), 0) as bigint), "
                + "cast(coalesce(sum(w.paid_fen - w.matched_fen), 0) as bigint), cast(coalesce(sum(w.matched_fen), 0) as bigint), "
                + "cast(coalesce(sum(w.disbursed_fen), 0) as bigint), cast(coalesce(sum(w.returned_fen), 0) as bigint), "
                + "count(w.id) filter (where w.status in ('FUNDED', 'FULFILLING', 'FULFILLED', 'CLOSED')), "
                + "(select count(distinct p.donor_subject) from pledge p where p.status = 'PAID' and p.wish_id = any(array_agg(w.id)))";

        /** The totals of a campaign's published wishes. */
        Uni<TransparencyService.Totals> ofCampaign(UUID campaignId) {
            return session(s -> s.createNativeQuery(
                            "select " + TOTALS + " from wish w where w.campaign_id = :c and w.published_at is not null", Object[].class)
                    .setParameter("c", campaignId).getSingleResult()).map(r -> TransparencyService.Totals.of(r, 0));
        }

        /** The totals of the published wishes of the subtree at {@code unitPath}. */
        Uni<TransparencyService.Totals> ofSubtree(String unitPath) {
            return session(s -> s.createNativeQuery("select " + TOTALS + " from wish w join union_unit u on u.id = w.unit_id "
                            + "where " + Subtree.pathIn("u.path", ":prefix") + " and w.published_at is not null", Object[].class)
                    .setParameter("prefix", Subtree.pattern(unitPath)).getSingleResult()).map(r -> TransparencyService.Totals.of(r, 0));
        }

        /** Each direct child unit of {@code parentId} with the totals of its subtree, in path order. */
        Uni<List<TransparencyService.ChildTotals>> ofChildren(UUID parentId) {
            return session(s -> s.createNativeQuery("select cast(c.id as varchar), c.name, " + TOTALS + " from union_unit c "
                            + "left join union_unit u on " + Subtree.joinBelow("u.path", "c.path") + " "
                            + "left join wish w on w.unit_id = u.id and w.published_at is not null "
                            + "where c.parent_id = :parent group by c.id, c.name, c.path order by c.path", Object[].class)
                    .setParameter("parent", parentId).getResultList())
                    .map(rows -> rows.stream().map(r -> new TransparencyService.ChildTotals(UUID.fromString((String) r[0]),
                            (String) r[1], TransparencyService.Totals.of(r, 2))).toList());
        }
    }
}
