package org.weiyuan.unionaid;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.funding.Ledger;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.common.Money;
import org.weiyuan.unionaid.UnionAidEntities.FundDeposit;
import org.weiyuan.unionaid.UnionAidEntities.FundTransfer;
import org.weiyuan.unionaid.UnionAidEntities.UnionFund;
import org.weiyuan.unionaid.UnionAidViews.DepositRequest;
import org.weiyuan.unionaid.UnionAidViews.FundDetail;
import org.weiyuan.unionaid.UnionAidViews.FundRequest;
import org.weiyuan.unionaid.UnionAidViews.FundView;
import org.weiyuan.unionaid.UnionAidViews.PendingTransfer;
import org.weiyuan.unionaid.UnionAidViews.RejectRequest;
import org.weiyuan.unionaid.UnionAidViews.TransferRequest;
import org.weiyuan.unionaid.UnionAidViews.TransferResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 帮扶资金 use cases: a unit's funds by source and purpose, and money received into them. Each
 * deposit is one balanced journal entry (bank ← fund); the balance shown is read from the ledger.
 */
@ApplicationScoped
public class FundService {

    private final UnionAidRepository repository;
    private final UnionScope scope;
    private final UnionAidAccess access;
    private final Ledger ledger;
    private final UnionAidMapper mapper;
    private final AuditLog audit;
    private final BusinessTime time;
    private final Notifier notifier;

    public FundService(UnionAidRepository repository, UnionScope scope, UnionAidAccess access, Ledger ledger, UnionAidMapper mapper,
                       AuditLog audit, BusinessTime time, Notifier notifier) {
        this.notifier = notifier;
        this.access = access;
        this.repository = repository;
        this.scope = scope;
        this.ledger = ledger;
        this.mapper = mapper;
        this.audit = audit;
        this.time = time;
    }

    public Uni<FundView> create(Actor actor, FundRequest r) {
        return repository.inTransaction(() -> scope.unitInStaffScope(actor, r.unitId()).chain(unit -> {
            String name = r.name().strip();
            return repository.fundNameTaken(unit.id, name).chain(taken -> {
                if (taken) {
                    throw DomainException.conflict("problem.union-aid.fund-name-taken", name);
                }
                UnionFund f = new UnionFund();
                f.id = UUID.randomUUID();
                f.unitId = unit.id;
                f.source = r.source();
                f.purpose = r.purpose();
                f.name = name;
                f.createdBy = actor.subject();
                f.createdAt = time.now();
                return repository.persist(f)
                        .chain(() -> audit.record(actor, "union-aid.fund.create", "union_fund", f.id, null,
                                Map.of("unitId", f.unitId, "source", f.source, "purpose", f.purpose, "name", f.name), null))
                        .replaceWith(mapper.toView(f, new FundRules.Figures(0, 0, 0)));
            });
        }));
    }

    /** Funds of the caller's subtree, with their ledger balances. */
    public Uni<List<FundView>> list(Actor actor) {
        return repository.inSession(() -> scope.staffUnit(actor).chain(own -> repository.fundsUnder(own.path))
                .chain(funds -> Multi.createFrom().iterable(funds).onItem().transformToUniAndConcatenate(this::view).collect().asList()));
    }

    public Uni<FundDetail> get(Actor actor, UUID fundId) {
        return repository.inSession(() -> inScope(actor, fundId, false).chain(this::detail));
    }

    /** Money received into a fund: one journal entry, bank debited and fund credited. */
    public Uni<FundDetail> deposit(Actor actor, UUID fundId, DepositRequest r) {
        LocalDate today = time.today();
        if (r.receivedOn() != null && r.receivedOn().isAfter(today)) {
            return Uni.createFrom().failure(DomainException.unprocessable("receivedOn", "problem.union-aid.received-in-future"));
        }
        return repository.inTransaction(() -> inScope(actor, fundId, true).chain(f -> {
            FundDeposit d = new FundDeposit();
            d.id = UUID.randomUUID();
            d.fundId = f.id;
            d.amountFen = r.amountFen();
            d.reference = r.reference().strip();
            d.receivedOn = r.receivedOn() == null ? today : r.receivedOn();
            d.recordedBy = actor.subject();
            d.recordedAt = time.now();
            return ledger.post(UnionAidPosting.deposit(f.id, d.id, d.amountFen, d.reference)).chain(entry -> {
                d.entryId = entry.id;
                return repository.persist(d);
            }).chain(() -> audit.record(actor, "union-aid.fund.deposit", "union_fund", f.id, null,
                    Map.of("depositId", d.id, "amountFen", d.amountFen, "reference", d.reference), null))
                    .chain(() -> repository.flush()).chain(() -> detail(f));
        }));
    }

    /**
     * 资金划转, first step: a staff member prepares a transfer from one fund of their subtree to another
     * of the same purpose. Nothing moves yet: another staff member approves it ({@link #approveTransfer}).
     * The source must cover it now (on top of approved lists and the other prepared transfers out of it),
     * and from now on the amount is held back from the fund's 可用 until the transfer is decided; the approval checks again.
     * Its reference (划拨单号) is unique per source fund: a retried request gets 409.
     */
    public Uni<TransferResult> transfer(Actor actor, TransferRequest r) {
        return repository.inTransaction(() -> lockedPair(actor, r.fromFundId(), r.toFundId()).chain(pair -> {
            UnionFund from = pair[0];
            UnionFund to = pair[1];
            String earmark = FundRules.transferRefusal(from.id, from.purpose, to.id, to.purpose);
            if (earmark != null) {
                throw DomainException.unprocessable("toFundId", earmark, from.purpose.name(), to.purpose.name());
            }
            return requireCovered(from, r.amountFen(), 0).chain(() -> {
                FundTransfer t = new FundTransfer();
                t.id = UUID.randomUUID();
                t.fromFundId = from.id;
                t.toFundId = to.id;
                t.amountFen = r.amountFen();
                t.reference = r.reference().strip();
                t.status = TransferLifecycle.Status.PREPARED;
                t.recordedBy = actor.subject();
                t.recordedAt = time.now();
                return repository.persist(t)
                        .chain(() -> audit.record(actor, "union-aid.fund.transfer-prepared", "union_fund", from.id, null,
                                facts(t, t.status), null))
                        .chain(() -> tellApprovers(t, from, to))
                        .chain(() -> result(t, from, to));
            });
        }));
    }

    /**
     * 资金划转, second step: a staff member other than the preparer, whose subtree holds both funds,
     * approves and the transfer is posted as one balanced entry. Both funds are locked in id order
     * (opposite transfers cannot deadlock) before the transfer row, and the source must cover the
     * amount on top of what approved lists claim, so concurrent approvals never overdraw it (the
     * earmark trigger refuses an overdrawn fund at commit as well).
     */
    public Uni<TransferResult> approveTransfer(Actor actor, UUID transferId) {
        return repository.inTransaction(() -> decide(actor, transferId, TransferLifecycle.Action.APPROVE, (t, from, to, next) ->
                requireCovered(from, t.amountFen, t.amountFen)
                        .chain(() -> ledger.post(UnionAidPosting.transfer(from.id, to.id, t.id, t.amountFen, t.reference)))
                        .chain(entry -> {
                            // the entry and the status change together: the row's check wants both or neither at any flush
                            t.entryId = entry.id;
                            t.status = next;
                            t.approvedBy = actor.subject();
                            t.approvedAt = time.now();
                            Map<String, Object> after = facts(t, next);
                            return audit.record(actor, "union-aid.fund.transfer-out", "union_fund", from.id, null, after, null)
                                    .chain(() -> audit.record(actor, "union-aid.fund.transfer-in", "union_fund", to.id, null, after, null));
                        })));
    }

    /** A staff member other than the preparer sends the transfer back with a reason; nothing moved, its reference is free again. */
    public Uni<TransferResult> rejectTransfer(Actor actor, UUID transferId, RejectRequest r) {
        return repository.inTransaction(() -> decide(actor, transferId, TransferLifecycle.Action.REJECT, (t, from, to, next) -> {
            t.status = next;
            t.rejectedBy = actor.subject();
            t.rejectedAt = time.now();
            t.rejectionReason = r.reason().strip();
            return audit.record(actor, "union-aid.fund.transfer-rejected", "union_fund", from.id, null, facts(t, next),
                    t.rejectionReason);
        }));
    }

    static String transferLink(UUID transferId) {
        return "weiyuan://union-aid/transfers/" + transferId;
    }

    /**
     * Tells the staff who may approve the prepared transfer: those of the nearest unit, at or above
     * the deepest unit holding both funds, that has staff other than the preparer (the platform's
     * usual "nearest staff" rule). Staff below it cannot see both funds, so they are never told.
     */
    private Uni<Void> tellApprovers(FundTransfer t, UnionFund from, UnionFund to) {
        return repository.unit(from.unitId).chain(a -> repository.unit(to.unitId).chain(b -> notifier.notifyStaff(
                FundRules.approvingUnit(a.path, b.path), t.recordedBy, NotificationKind.UNION_AID_TRANSFER_QUEUED,
                transferLink(t.id), t.reference, from.name, to.name, Money.yuan(t.amountFen))));
    }

    /**
     * 待审批的资金划转: prepared transfers whose two funds the caller's subtree holds (the ones the
     * caller could decide), oldest first; {@code mine} marks those the caller prepared (another must decide them).
     */
    public Uni<List<PendingTransfer>> pending(Actor actor) {
        return repository.inSession(() -> scope.staffUnit(actor).chain(own -> repository.preparedTransfersUnder(own.path))
                .map(rows -> rows.stream().map(r -> {
                    FundTransfer t = (FundTransfer) r[0];
                    return new PendingTransfer(mapper.toView(t), ((UnionFund) r[1]).name, ((UnionFund) r[2]).name,
                            t.recordedBy.equals(actor.subject()));
                }).toList()));
    }

    interface TransferDecision {
        /** Does the step, setting the new status with whatever must change with it (a posted transfer's entry). */
        Uni<Void> apply(FundTransfer t, UnionFund from, UnionFund to, TransferLifecycle.Status next);
    }

    /** The checker's step on a prepared transfer: both funds in scope and locked, then the transfer; never its preparer (403). */
    private Uni<TransferResult> decide(Actor actor, UUID transferId, TransferLifecycle.Action action, TransferDecision decision) {
        return repository.transferFunds(transferId).chain(ids -> {
            if (ids == null) {
                throw DomainException.notFound("transfer");
            }
            return lockedPair(actor, ids[0], ids[1]);
        }).chain(pair -> repository.findForUpdate(FundTransfer.class, transferId).chain(t -> {
            TransferLifecycle.Status next = TransferLifecycle.next(t.status, action);
            if (!TransferLifecycle.mayDecide(t.recordedBy, actor.subject())) {
                throw DomainException.separationOfDuties("problem.union-aid.transfer-same-person");
            }
            return decision.apply(t, pair[0], pair[1], next).chain(() -> result(t, pair[0], pair[1]));
        }));
    }

    /** Both funds of a transfer in the caller's subtree, locked in id order; [from, to]. */
    private Uni<UnionFund[]> lockedPair(Actor actor, UUID fromId, UUID toId) {
        boolean fromFirst = fromId.compareTo(toId) < 0;
        UUID lockedFirst = fromFirst ? fromId : toId;
        UUID lockedSecond = fromFirst ? toId : fromId;
        return inScope(actor, lockedFirst, true).chain(first -> {
            if (fromId.equals(toId)) { // after the scope check: another subtree's fund stays unknown
                throw DomainException.unprocessable("toFundId", "problem.union-aid.transfer-same-fund");
            }
            return inScope(actor, lockedSecond, true).map(second -> fromFirst
                    ? new UnionFund[] {first, second} : new UnionFund[] {second, first});
        });
    }

    /**
     * The source (locked) covers {@code amountFen} on top of what approved lists claim and what other
     * prepared transfers out of it hold back; {@code ownHoldFen} is the transfer's own hold when it is
     * the one being approved (it draws what it held), 0 when it is being prepared.
     */
    private Uni<Void> requireCovered(UnionFund from, long amountFen, long ownHoldFen) {
        return figures(from.id).map(all -> {
            FundRules.Figures others = all.releasing(ownHoldFen);
            if (!others.covers(amountFen)) {
                throw DomainException.conflict("problem.union-aid.transfer-insufficient",
                        Money.yuan(others.availableFen()), Money.yuan(amountFen));
            }
            return null;
        }).replaceWithVoid();
    }

    /** The fund's balance from the ledger, what approved lists claim, and what prepared transfers out of it hold back. */
    Uni<FundRules.Figures> figures(UUID fundId) {
        return repository.balance(fundId).chain(balance -> repository.committed(fundId).chain(committed -> repository.preparedOut(fundId)
                .map(preparedOut -> new FundRules.Figures(balance, committed, preparedOut))));
    }

    private static Map<String, Object> facts(FundTransfer t, TransferLifecycle.Status status) {
        return Map.of("transferId", t.id, "fromFundId", t.fromFundId, "toFundId", t.toFundId, "amountFen", t.amountFen,
                "reference", t.reference, "status", status);
    }

    private Uni<TransferResult> result(FundTransfer t, UnionFund from, UnionFund to) {
        return repository.flush()
                .chain(() -> view(from).chain(fromView -> view(to).map(toView -> new TransferResult(mapper.toView(t), fromView, toView))));
    }

    /** A fund the staff caller's subtree holds (404 otherwise; 403 without a unit), optionally locked. */
    Uni<UnionFund> inScope(Actor actor, UUID fundId, boolean lock) {
        return access.held(actor, () -> lock ? repository.lockFund(fundId) : repository.fund(fundId), f -> f.unitId, "fund");
    }

    Uni<FundView> view(UnionFund f) {
        return figures(f.id).map(figures -> mapper.toView(f, figures));
    }

    private Uni<FundDetail> detail(UnionFund f) {
        return view(f).chain(v -> repository.deposits(f.id).chain(ds -> repository.transfers(f.id).map(ts -> new FundDetail(v,
                ds.stream().map(mapper::toView).toList(), ts.stream().map(mapper::toView).toList()))));
    }
}
