package org.weiyuan.unionaid;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.funding.Ledger;
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
    private final Ledger ledger;
    private final UnionAidMapper mapper;
    private final AuditLog audit;
    private final BusinessTime time;

    public FundService(UnionAidRepository repository, UnionScope scope, Ledger ledger, UnionAidMapper mapper, AuditLog audit,
                       BusinessTime time) {
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
                        .replaceWith(mapper.toView(f, 0, 0, 0));
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
     * 资金划转: money from one fund of the caller's subtree to another of the same purpose, as one
     * balanced entry. Both funds are locked in id order (so opposite transfers cannot deadlock), and
     * the source must cover the amount on top of what approved lists claim, so concurrent transfers and
     * approvals never overdraw it (the earmark trigger refuses an overdrawn fund at commit as well).
     */
    public Uni<TransferResult> transfer(Actor actor, TransferRequest r) {
        boolean fromFirst = r.fromFundId().compareTo(r.toFundId()) < 0;
        UUID lockedFirst = fromFirst ? r.fromFundId() : r.toFundId();
        UUID lockedSecond = fromFirst ? r.toFundId() : r.fromFundId();
        return repository.inTransaction(() -> inScope(actor, lockedFirst, true).chain(first -> {
            if (r.fromFundId().equals(r.toFundId())) { // after the scope check: another subtree's fund stays unknown
                throw DomainException.unprocessable("toFundId", "problem.union-aid.transfer-same-fund");
            }
            return inScope(actor, lockedSecond, true).chain(second -> {
                UnionFund from = fromFirst ? first : second;
                UnionFund to = fromFirst ? second : first;
                String earmark = FundRules.transferRefusal(from.id, from.purpose, to.id, to.purpose);
                if (earmark != null) {
                    throw DomainException.unprocessable("toFundId", earmark, from.purpose.name(), to.purpose.name());
                }
                return repository.balance(from.id).chain(balance -> repository.committed(from.id).chain(committed -> {
                    if (r.amountFen() > FundRules.available(balance, committed)) {
                        throw DomainException.conflict("problem.union-aid.transfer-insufficient",
                                Money.yuan(FundRules.available(balance, committed)), Money.yuan(r.amountFen()));
                    }
                    return post(actor, from, to, r);
                }));
            });
        }));
    }

    private Uni<TransferResult> post(Actor actor, UnionFund from, UnionFund to, TransferRequest r) {
        FundTransfer t = new FundTransfer();
        t.id = UUID.randomUUID();
        t.fromFundId = from.id;
        t.toFundId = to.id;
        t.amountFen = r.amountFen();
        t.reference = r.reference().strip();
        t.recordedBy = actor.subject();
        t.recordedAt = time.now();
        Map<String, Object> after = Map.of("transferId", t.id, "fromFundId", from.id, "toFundId", to.id,
                "amountFen", t.amountFen, "reference", t.reference);
        return ledger.post(UnionAidPosting.transfer(from.id, to.id, t.id, t.amountFen, t.reference)).chain(entry -> {
            t.entryId = entry.id;
            return repository.persist(t);
        }).chain(() -> audit.record(actor, "union-aid.fund.transfer-out", "union_fund", from.id, null, after, null))
                .chain(() -> audit.record(actor, "union-aid.fund.transfer-in", "union_fund", to.id, null, after, null))
                .chain(() -> repository.flush())
                .chain(() -> view(from).chain(fromView -> view(to).map(toView -> new TransferResult(mapper.toView(t), fromView, toView))));
    }

    /** A fund the staff caller's subtree holds (404 otherwise; 403 without a unit), optionally locked. */
    Uni<UnionFund> inScope(Actor actor, UUID fundId, boolean lock) {
        return scope.staffUnit(actor).chain(own -> (lock ? repository.lockFund(fundId) : repository.fund(fundId)).chain(f -> {
            if (f == null) {
                throw DomainException.notFound("fund");
            }
            return repository.unit(f.unitId).map(u -> {
                if (!own.contains(u)) {
                    throw DomainException.notFound("fund");
                }
                return f;
            });
        }));
    }

    Uni<FundView> view(UnionFund f) {
        return repository.balance(f.id).chain(balance -> repository.committed(f.id)
                .map(committed -> mapper.toView(f, balance, committed, FundRules.available(balance, committed))));
    }

    private Uni<FundDetail> detail(UnionFund f) {
        return view(f).chain(v -> repository.deposits(f.id).chain(ds -> repository.transfers(f.id).map(ts -> new FundDetail(v,
                ds.stream().map(mapper::toView).toList(), ts.stream().map(mapper::toView).toList()))));
    }
}
