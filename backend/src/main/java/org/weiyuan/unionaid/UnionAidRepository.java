package org.weiyuan.unionaid;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.SessionRepository;
import org.weiyuan.common.db.Subtree;
import org.weiyuan.followup.PlatformRecordsRepository;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;
import org.weiyuan.household.Household;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.services.ServiceEntities.ServiceOrder;
import org.weiyuan.unionaid.UnionAidEntities.AidLine;
import org.weiyuan.unionaid.UnionAidEntities.AidList;
import org.weiyuan.unionaid.UnionAidEntities.FundDeposit;
import org.weiyuan.unionaid.UnionAidEntities.FundTransfer;
import org.weiyuan.unionaid.UnionAidEntities.UnionFund;
import org.weiyuan.wish.Wish;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every query of union-paid aid: funds and their ledger balances, deposits, aid lists and lines,
 * a household's aid history across features, and the figures of the union-fund invariant.
 * Transactions are opened here too (services say where a use case begins and ends).
 */
@ApplicationScoped
public class UnionAidRepository extends SessionRepository {

    // ---- platform records (the shared lookups of the features that follow households up)

    private final PlatformRecordsRepository records;

    public UnionAidRepository(PlatformRecordsRepository records) {
        this.records = records;
    }

    public Uni<UnionUnit> unit(UUID id) {
        return records.unit(id);
    }

    public Uni<Household> household(UUID id) {
        return records.household(id);
    }

    public Uni<List<Household>> households(List<UUID> ids) {
        return records.households(ids);
    }

    public Uni<Household> householdOfWorker(UUID subject) {
        return records.householdOfWorker(subject);
    }

    // ---- funds

    public Uni<UnionFund> fund(UUID id) {
        return find(UnionFund.class, id);
    }

    /** The fund row locked for update: approvals and payments of one fund run one at a time, so it is never overdrawn. */
    public Uni<UnionFund> lockFund(UUID id) {
        return findForUpdate(UnionFund.class, id);
    }

    /** Whether the unit has a fund of this name already (the first match is enough). */
    public Uni<Boolean> fundNameTaken(UUID unitId, String name) {
        return exists("select f.id from UnionFund f where f.unitId = :u and f.name = :n", "u", unitId, "n", name);
    }

    /** Funds of the units in the subtree at {@code path}. */
    public Uni<List<UnionFund>> fundsUnder(String path) {
        return session(s -> s.createSelectionQuery("from UnionFund where " + Subtree.hql("unitId")
                        + " order by createdAt, id", UnionFund.class)
                .setParameter(Subtree.PARAM, Subtree.pattern(path)).getResultList());
    }

    /** The fund's balance from the ledger itself: credits less debits on its fund account. */
    public Uni<Long> balance(UUID fundId) {
        return session(s -> s.createNativeQuery("""
                        select cast(coalesce(sum(l.credit_fen - l.debit_fen), 0) as bigint)
                        from ledger_account a join journal_line l on l.account_id = a.id where a.code = :code""", Long.class)
                .setParameter("code", UnionAidPosting.fund(fundId).code()).getSingleResult());
    }

    /** What approved, unpaid lists claim on the fund. */
    public Uni<Long> committed(UUID fundId) {
        return session(s -> s.createSelectionQuery("select coalesce(sum(a.totalFen), 0) from AidList a where a.fundId = :f and a.status = :s",
                        Long.class)
                .setParameter("f", fundId).setParameter("s", AidListLifecycle.Status.APPROVED).getSingleResult());
    }

    /** What transfers prepared out of the fund, and not yet approved or rejected, hold back. */
    public Uni<Long> preparedOut(UUID fundId) {
        return session(s -> s.createSelectionQuery("select coalesce(sum(t.amountFen), 0) from FundTransfer t"
                        + " where t.fromFundId = :f and t.status = :s", Long.class)
                .setParameter("f", fundId).setParameter("s", TransferLifecycle.Status.PREPARED).getSingleResult());
    }

    public Uni<List<FundDeposit>> deposits(UUID fundId) {
        return session(s -> s.createSelectionQuery("from FundDeposit where fundId = :f order by recordedAt desc, id", FundDeposit.class)
                .setParameter("f", fundId).setMaxResults(50).getResultList());
    }

    /** Transfers into or out of the fund, newest first. */
    public Uni<List<FundTransfer>> transfers(UUID fundId) {
        return session(s -> s.createSelectionQuery("from FundTransfer where fromFundId = :f or toFundId = :f order by recordedAt desc, id",
                        FundTransfer.class)
                .setParameter("f", fundId).setMaxResults(50).getResultList());
    }

    /** The two funds of a transfer, read without loading the transfer (it is locked after its funds). */
    public Uni<UUID[]> transferFunds(UUID transferId) {
        return session(s -> s.createSelectionQuery("select t.fromFundId, t.toFundId from FundTransfer t where t.id = :id", Object[].class)
                .setParameter("id", transferId).getResultList())
                .map(rows -> rows.isEmpty() ? null : new UUID[] {(UUID) rows.get(0)[0], (UUID) rows.get(0)[1]});
    }

    /** Prepared transfers both of whose funds lie in the subtree at {@code path}, with both funds, oldest first. */
    public Uni<List<Object[]>> preparedTransfersUnder(String path) {
        return session(s -> s.createSelectionQuery("select t, a, b from FundTransfer t, UnionFund a, UnionFund b"
                        + " where a.id = t.fromFundId and b.id = t.toFundId and t.status = :s and " + Subtree.hql("a.unitId")
                        + " and " + Subtree.hql("b.unitId") + " order by t.recordedAt, t.id", Object[].class)
                .setParameter("s", TransferLifecycle.Status.PREPARED)
                .setParameter(Subtree.PARAM, Subtree.pattern(path)).setMaxResults(200).getResultList());
    }

    // ---- aid lists

    public Uni<AidList> list(UUID id) {
        return find(AidList.class, id);
    }

    /** The fund a list draws on, read without loading the list (so the fund can be locked before it). */
    public Uni<UUID> fundOfList(UUID listId) {
        return session(s -> s.createSelectionQuery("select a.fundId from AidList a where a.id = :id", UUID.class)
                .setParameter("id", listId).getResultList()).map(SessionRepository::first);
    }

    public Uni<AidList> lockList(UUID id) {
        return findForUpdate(AidList.class, id);
    }

    /** Lists of the units in the subtree at {@code path}, optionally in one state, newest first. */
    public Uni<List<AidList>> listsUnder(String path, AidListLifecycle.Status status) {
        String hql = "from AidList where " + Subtree.hql("unitId")
                + (status == null ? "" : " and status = :s") + " order by createdAt desc, id";
        return session(s -> {
            var q = s.createSelectionQuery(hql, AidList.class).setParameter(Subtree.PARAM, Subtree.pattern(path));
            if (status != null) {
                q.setParameter("s", status);
            }
            return q.setMaxResults(200).getResultList();
        });
    }

    /** Submitted lists (waiting for their second staff member) of the subtree at {@code path}, with their funds, oldest first. */
    public Uni<List<Object[]>> submittedListsUnder(String path) {
        return session(s -> s.createSelectionQuery("select l, f from AidList l, UnionFund f where f.id = l.fundId and l.status = :s and "
                        + Subtree.hql("l.unitId") + " order by l.submittedAt, l.id", Object[].class)
                .setParameter("s", AidListLifecycle.Status.SUBMITTED)
                .setParameter(Subtree.PARAM, Subtree.pattern(path)).setMaxResults(200).getResultList());
    }

    public Uni<List<AidLine>> lines(UUID listId) {
        return session(s -> s.createSelectionQuery("from AidLine where listId = :l order by createdAt, id", AidLine.class)
                .setParameter("l", listId).getResultList());
    }

    public Uni<AidLine> line(UUID listId, UUID householdId) {
        return session(s -> s.createSelectionQuery("from AidLine where listId = :l and householdId = :h", AidLine.class)
                .setParameter("l", listId).setParameter("h", householdId).getResultList()).map(SessionRepository::first);
    }

    public Uni<Void> remove(AidLine line) {
        return session(s -> s.remove(line));
    }

    // ---- a household's aid history (union aid, wishes and scholarships, services)

    /** The household's lines on lists that were not cancelled, with their list, newest first. */
    public Uni<List<Object[]>> unionAidOf(UUID householdId) {
        return session(s -> s.createSelectionQuery("select l, a from AidLine l, AidList a where a.id = l.listId"
                        + " and l.householdId = :h and a.status <> :cancelled order by a.createdAt desc, l.id", Object[].class)
                .setParameter("h", householdId).setParameter("cancelled", AidListLifecycle.Status.CANCELLED).getResultList());
    }

    public Uni<List<Wish>> wishesOf(UUID householdId) {
        return session(s -> s.createSelectionQuery("from Wish where householdId = :h order by createdAt desc, id", Wish.class)
                .setParameter("h", householdId).getResultList());
    }

    /** The refunds paid out to a household on its cancelled recoveries (退款), newest first. */
    public Uni<List<UnionAidViews.RecoveryRefundItem>> recoveryRefundsOf(UUID householdId) {
        return session(s -> s.createNativeQuery("select cast(f.id as varchar), cast(r.id as varchar), cast(r.wish_id as varchar), "
                        + "f.amount_fen, f.method, f.reference, f.decided_at from aid_recovery_refund f join aid_recovery r on r.id = f.recovery_id "
                        + "where r.household_id = :h and f.status = 'PAID' order by f.decided_at desc, f.id", Object[].class)
                .setParameter("h", householdId).getResultList())
                .map(rows -> rows.stream().map(r -> new UnionAidViews.RecoveryRefundItem(UUID.fromString((String) r[0]),
                        UUID.fromString((String) r[1]), UUID.fromString((String) r[2]), ((Number) r[3]).longValue(), (String) r[4],
                        (String) r[5], toInstant(r[6]))).toList());
    }

    private static java.time.Instant toInstant(Object v) {
        return v instanceof java.time.OffsetDateTime o ? o.toInstant() : (java.time.Instant) v;
    }

    public Uni<List<ServiceOrder>> serviceOrdersOf(UUID householdId) {
        return session(s -> s.createSelectionQuery("from ServiceOrder where householdId = :h order by createdAt desc, id", ServiceOrder.class)
                .setParameter("h", householdId).getResultList());
    }

    /** Offer titles by id, for the service orders of a history. */
    public Uni<List<Object[]>> offerTitles(List<UUID> offerIds) {
        if (offerIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session(s -> s.createSelectionQuery("select o.id, o.title from ServiceOffer o where o.id in :ids", Object[].class)
                .setParameter("ids", offerIds).getResultList());
    }

    // ---- the union-fund invariant

    /**
     * Funds whose ledger disagrees with their records: the fund account's credits are not the sum of
     * its deposits and posted transfers in, its debits are not the sum of its paid lines and posted transfers out,
     * or its balance is below zero.
     */
    static final String FUND_MISMATCHES = """
            select cast(f.id as varchar) from union_fund f
            left join ledger_account a on a.code = 'union-fund:' || f.id || ':fund'
            left join (select account_id, sum(credit_fen) as credit, sum(debit_fen) as debit from journal_line group by account_id) j
                   on j.account_id = a.id
            left join (select fund_id, sum(amount_fen) as deposited from union_fund_deposit group by fund_id) d on d.fund_id = f.id
            left join (select al.fund_id, sum(l.amount_fen) as paid from aid_line l join aid_list al on al.id = l.list_id
                        where l.status = 'PAID' group by al.fund_id) p on p.fund_id = f.id
            left join (select to_fund_id, sum(amount_fen) as moved from union_fund_transfer where status = 'POSTED' group by to_fund_id) ti on ti.to_fund_id = f.id
            left join (select from_fund_id, sum(amount_fen) as moved from union_fund_transfer where status = 'POSTED'
                        group by from_fund_id) t_out
                   on t_out.from_fund_id = f.id
            where coalesce(j.credit, 0) <> coalesce(d.deposited, 0) + coalesce(ti.moved, 0)
               or coalesce(j.debit, 0) <> coalesce(p.paid, 0) + coalesce(t_out.moved, 0)
               or coalesce(j.credit, 0) - coalesce(j.debit, 0) < 0""";

    public Uni<Long> fundMismatchCount() {
        return Panache.withSession(() -> session(s -> s.createNativeQuery("select count(*) from (" + FUND_MISMATCHES + ") x", Long.class)
                .getSingleResult()));
    }

    public Uni<List<String>> fundMismatchSample(int max) {
        return Panache.withSession(() -> session(s -> s.createNativeQuery(FUND_MISMATCHES + " order by 1 limit " + max, String.class)
                .getResultList()));
    }

    public Uni<Long> fundCount() {
        return Panache.withSession(() -> session(s -> s.createNativeQuery("select count(*) from union_fund", Long.class).getSingleResult()));
    }
}
