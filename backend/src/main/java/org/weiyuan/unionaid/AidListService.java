package org.weiyuan.unionaid;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Money;
import org.weiyuan.funding.Ledger;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.security.Masking;
import org.weiyuan.unionaid.AidListLifecycle.Action;
import org.weiyuan.unionaid.AidListLifecycle.Status;
import org.weiyuan.unionaid.UnionAidEntities.AidLine;
import org.weiyuan.unionaid.UnionAidEntities.AidList;
import org.weiyuan.unionaid.UnionAidEntities.FundTransfer;
import org.weiyuan.unionaid.UnionAidEntities.LineStatus;
import org.weiyuan.unionaid.UnionAidEntities.UnionFund;
import org.weiyuan.unionaid.UnionAidViews.AwaitingApproval;
import org.weiyuan.unionaid.UnionAidViews.AwaitingKind;
import org.weiyuan.unionaid.UnionAidViews.LineRequest;
import org.weiyuan.unionaid.UnionAidViews.ListRequest;
import org.weiyuan.unionaid.UnionAidViews.ListSummary;
import org.weiyuan.unionaid.UnionAidViews.ListView;
import org.weiyuan.unionaid.UnionAidViews.PayRequest;
import org.weiyuan.unionaid.UnionAidViews.RejectRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * 帮扶名单 use cases (e.g. 两节送温暖): staff prepare a list of approved households of the fund's
 * subtree with an amount (or goods and their value) each, submit it, and a second staff member
 * approves it (maker-checker: never the preparer). Approval reserves the list's total on the fund;
 * payment posts one balanced entry per household out of the fund, with proof, and tells each
 * household. Approval and payment take the fund's row lock first, then the list's, so two approvals
 * of one list, or two lists drawing one fund, run one after the other and never overdraw it.
 */
@ApplicationScoped
public class AidListService {

    private final UnionAidRepository repository;
    private final FundService funds;
    private final UnionScope scope;
    private final UnionAidAccess access;
    private final Ledger ledger;
    private final Notifier notifier;
    private final UnionAidMapper mapper;
    private final AuditLog audit;
    private final UnionAidConfig config;
    private final BusinessTime time;

    public AidListService(UnionAidRepository repository, FundService funds, UnionScope scope, UnionAidAccess access, Ledger ledger,
                          Notifier notifier, UnionAidMapper mapper, AuditLog audit, UnionAidConfig config, BusinessTime time) {
        this.access = access;
        this.repository = repository;
        this.funds = funds;
        this.scope = scope;
        this.ledger = ledger;
        this.notifier = notifier;
        this.mapper = mapper;
        this.audit = audit;
        this.config = config;
        this.time = time;
    }

    static String deepLink(UUID listId) {
        return "weiyuan://union-aid/lists/" + listId;
    }

    static final String MY_HISTORY = "weiyuan://me/aid-history";

    public Uni<ListView> create(Actor actor, ListRequest r) {
        return repository.inTransaction(() -> funds.inScope(actor, r.fundId(), false).chain(f -> {
                    if (!FundRules.earmarkAllows(f.purpose, r.purpose())) {
                        throw DomainException.unprocessable("purpose", "problem.union-aid.earmark", f.purpose.name(), r.purpose().name());
                    }
                    Instant now = time.now();
                    AidList list = new AidList();
                    list.id = UUID.randomUUID();
                    list.fundId = f.id;
                    list.unitId = f.unitId;
                    list.purpose = r.purpose();
                    list.title = r.title().strip();
                    list.status = Status.DRAFT;
                    list.preparedBy = actor.subject();
                    list.createdAt = now;
                    list.updatedAt = now;
                    return repository.persist(list)
                            .chain(() -> audit.record(actor, "union-aid.list.create", "aid_list", list.id, null,
                                    Map.of("fundId", f.id, "purpose", list.purpose, "title", list.title), null))
                            .chain(() -> view(list));
                }));
    }

    public Uni<List<ListSummary>> list(Actor actor, Status status) {
        return repository.inSession(() -> scope.staffUnit(actor).chain(own -> repository.listsUnder(own.path, status))
                .map(lists -> lists.stream().map(mapper::toSummary).toList()));
    }

    /**
     * 待我审批: the prepared transfers and submitted lists of the caller's subtree that the caller may
     * decide (never their own), oldest first. A transfer counts when the subtree holds both its funds
     * (who may approve it), a list when the subtree holds its unit.
     */
    public Uni<List<AwaitingApproval>> awaitingApproval(Actor actor) {
        return repository.inSession(() -> scope.staffUnit(actor).chain(own -> repository.preparedTransfersUnder(own.path)
                .chain(transfers -> repository.submittedListsUnder(own.path).map(lists -> {
                    List<AwaitingApproval> all = new ArrayList<>();
                    for (Object[] r : transfers) {
                        FundTransfer t = (FundTransfer) r[0];
                        UnionFund from = (UnionFund) r[1];
                        all.add(new AwaitingApproval(AwaitingKind.FUND_TRANSFER, t.id, t.reference, from.purpose, from.name,
                                ((UnionFund) r[2]).name, t.amountFen, t.recordedBy, t.recordedAt));
                    }
                    for (Object[] r : lists) {
                        AidList l = (AidList) r[0];
                        all.add(new AwaitingApproval(AwaitingKind.AID_LIST, l.id, l.title, l.purpose, ((UnionFund) r[1]).name, null,
                                l.totalFen, l.preparedBy, l.submittedAt == null ? l.updatedAt : l.submittedAt));
                    }
                    return ApprovalQueue.forChecker(actor.subject(), all);
                }))));
    }

    public Uni<ListView> get(Actor actor, UUID listId) {
        return repository.inSession(() -> inScope(actor, listId, false).chain(this::view));
    }

    /** Adds the household to a draft list, or changes its line: an approved household of the list's subtree. */
    public Uni<ListView> putLine(Actor actor, UUID listId, UUID householdId, LineRequest r) {
        return onDraft(actor, listId, list -> repository.household(householdId).chain(h -> repository.unit(list.unitId).chain(listUnit -> {
            if (h == null) {
                throw DomainException.notFound("household");
            }
            return repository.unit(h.unitId).chain(hUnit -> {
                if (!listUnit.contains(hUnit)) {
                    throw DomainException.notFound("household");
                }
                if (h.status != HouseholdStatus.APPROVED) {
                    throw DomainException.unprocessable("householdId", "problem.union-aid.household-not-approved", h.status.name());
                }
                return repository.line(list.id, h.id);
            }).chain(existing -> {
                String goods = FundRules.goods(r.goods());
                if (existing != null) {
                    list.totalFen = Math.addExact(list.totalFen - existing.amountFen, r.amountFen());
                    existing.amountFen = r.amountFen();
                    existing.goods = goods;
                    return audit.record(actor, "union-aid.line.change", "aid_list", list.id, null,
                            Map.of("householdId", h.id, "amountFen", r.amountFen()), null);
                }
                return repository.lines(list.id).chain(lines -> {
                    if (lines.size() >= config.maxLines()) {
                        throw DomainException.unprocessable("householdId", "problem.union-aid.too-many-lines", config.maxLines());
                    }
                    AidLine line = new AidLine();
                    line.id = UUID.randomUUID();
                    line.listId = list.id;
                    line.householdId = h.id;
                    line.amountFen = r.amountFen();
                    line.goods = goods;
                    line.status = LineStatus.PLANNED;
                    line.createdAt = time.now();
                    list.totalFen = Math.addExact(list.totalFen, line.amountFen);
                    return repository.persist(line).chain(() -> audit.record(actor, "union-aid.line.add", "aid_list", list.id, null,
                            Map.of("householdId", h.id, "amountFen", line.amountFen), null));
                });
            });
        })));
    }

    public Uni<ListView> removeLine(Actor actor, UUID listId, UUID householdId) {
        return onDraft(actor, listId, list -> repository.line(list.id, householdId).chain(line -> {
            if (line == null) {
                throw DomainException.notFound("line");
            }
            list.totalFen -= line.amountFen;
            return repository.remove(line).chain(() -> audit.record(actor, "union-aid.line.remove", "aid_list", list.id, null,
                    Map.of("householdId", householdId), null));
        }));
    }

    /** The preparer hands the list to a second staff member, who is told. */
    public Uni<ListView> submit(Actor actor, UUID listId) {
        return repository.inTransaction(() -> inScope(actor, listId, true).chain(list -> repository.lines(list.id).chain(lines -> {
            Status next = next(list, Action.SUBMIT);
            if (lines.isEmpty()) {
                throw DomainException.unprocessable("lines", "problem.union-aid.list-empty");
            }
            list.status = next;
            list.submittedAt = time.now();
            list.rejectionReason = null;
            list.updatedAt = list.submittedAt;
            return audit.record(actor, "union-aid.list.submit", "aid_list", list.id, Map.of("status", Status.DRAFT),
                            Map.of("status", next, "totalFen", list.totalFen), null)
                    .chain(() -> notifier.notifyStaff(list.unitId, list.preparedBy, NotificationKind.UNION_AID_LIST_QUEUED,
                            deepLink(list.id), list.title, Money.yuan(list.totalFen), lines.size()))
                    .chain(() -> view(list));
        })));
    }

    /** A second staff member sends the list back to draft, with the reason. */
    public Uni<ListView> reject(Actor actor, UUID listId, RejectRequest r) {
        return repository.inTransaction(() -> inScope(actor, listId, true).chain(list -> {
            Status next = next(list, Action.REJECT);
            if (!AidListLifecycle.mayApprove(list.preparedBy, actor.subject())) {
                throw DomainException.separationOfDuties("problem.union-aid.same-person");
            }
            list.status = next;
            list.rejectionReason = r.reason().strip();
            list.updatedAt = time.now();
            return audit.record(actor, "union-aid.list.reject", "aid_list", list.id, Map.of("status", Status.SUBMITTED),
                    Map.of("status", next), list.rejectionReason).chain(() -> view(list));
        }));
    }

    /**
     * 审批: a second staff member approves; the fund must cover the list on top of what approved lists claim
     * and what transfers prepared out of it hold back. A list draws on its fund only from its approval (a
     * draft or submitted list holds nothing back), so the approval is where the check belongs.
     */
    public Uni<ListView> approve(Actor actor, UUID listId) {
        return repository.inTransaction(() -> lockedWithFund(actor, listId, (fund, list) -> {
            Status next = next(list, Action.APPROVE);
            if (!AidListLifecycle.mayApprove(list.preparedBy, actor.subject())) {
                throw DomainException.separationOfDuties("problem.union-aid.same-person");
            }
            if (!FundRules.earmarkAllows(fund.purpose, list.purpose)) {
                throw DomainException.unprocessable("purpose", "problem.union-aid.earmark", fund.purpose.name(), list.purpose.name());
            }
            return funds.figures(fund.id).chain(figures -> {
                if (!figures.covers(list.totalFen)) {
                    throw DomainException.conflict("problem.union-aid.insufficient", Money.yuan(figures.availableFen()),
                            Money.yuan(list.totalFen));
                }
                list.status = next;
                list.approvedBy = actor.subject();
                list.approvedAt = time.now();
                list.updatedAt = list.approvedAt;
                return audit.record(actor, "union-aid.list.approve", "aid_list", list.id, Map.of("status", Status.SUBMITTED),
                        Map.of("status", next, "totalFen", list.totalFen), null).chain(() -> view(list));
            });
        }));
    }

    /** 发放: one journal entry per household out of the fund, with the proof; each household is told. */
    public Uni<ListView> pay(Actor actor, UUID listId, PayRequest r) {
        return repository.inTransaction(() -> lockedWithFund(actor, listId, (fund, list) -> {
            Status next = next(list, Action.PAY);
            String reference = r.reference().strip();
            Instant now = time.now();
            return repository.lines(list.id).chain(lines -> repository.households(lines.stream().map(l -> l.householdId).toList())
                    .chain(households -> {
                        Map<UUID, Household> byId = new HashMap<>();
                        households.forEach(h -> byId.put(h.id, h));
                        return Multi.createFrom().iterable(lines).onItem().transformToUniAndConcatenate(line ->
                                ledger.post(UnionAidPosting.payment(fund.id, line.id, line.amountFen, reference)).chain(entry -> {
                                    line.status = LineStatus.PAID;
                                    line.entryId = entry.id;
                                    line.paidAt = now;
                                    Household h = byId.get(line.householdId);
                                    return notifier.notify(h == null ? null : h.ownerSubject, NotificationKind.UNION_AID_PAID, MY_HISTORY,
                                            Money.yuan(line.amountFen), list.title);
                                })).collect().asList();
                    }))
                    .chain(x -> {
                        list.status = next;
                        list.paidBy = actor.subject();
                        list.paidAt = now;
                        list.payReference = reference;
                        list.proof = r.proof().strip();
                        list.updatedAt = now;
                        return audit.record(actor, "union-aid.list.pay", "aid_list", list.id, Map.of("status", Status.APPROVED),
                                Map.of("status", next, "totalFen", list.totalFen, "reference", reference), list.proof);
                    }).chain(() -> view(list));
        }));
    }

    public Uni<ListView> cancel(Actor actor, UUID listId) {
        return repository.inTransaction(() -> inScope(actor, listId, true).chain(list -> {
            Status before = list.status;
            list.status = next(list, Action.CANCEL);
            list.updatedAt = time.now();
            return audit.record(actor, "union-aid.list.cancel", "aid_list", list.id, Map.of("status", before),
                    Map.of("status", list.status), null).chain(() -> view(list));
        }));
    }

    private static Status next(AidList list, Action action) {
        return AidListLifecycle.next(list.status, action).orElseThrow(() -> DomainException.illegalTransition(action.name(), list.status));
    }

    interface FundAndList {
        Uni<ListView> apply(UnionFund fund, AidList list);
    }

    /** The fund's lock first, then the list's: every path that moves or reserves money locks in this order. */
    private Uni<ListView> lockedWithFund(Actor actor, UUID listId, FundAndList work) {
        return repository.fundOfList(listId).chain(fundId -> {
            if (fundId == null) {
                throw DomainException.notFound("aid-list");
            }
            return funds.inScope(actor, fundId, true)
                    .onFailure(DomainException.class).transform(e -> ((DomainException) e).status() == 404
                            ? DomainException.notFound("aid-list") : e)
                    .chain(fund -> repository.lockList(listId).chain(list -> work.apply(fund, list)));
        });
    }

    private Uni<ListView> onDraft(Actor actor, UUID listId, Function<AidList, Uni<Void>> change) {
        return repository.inTransaction(() -> inScope(actor, listId, true).chain(list -> {
            if (!AidListLifecycle.editable(list.status)) {
                throw DomainException.illegalTransition("EDIT_LINES", list.status);
            }
            list.updatedAt = time.now();
            return change.apply(list).chain(() -> repository.flush()).chain(() -> view(list));
        }));
    }

    /** A list the staff caller's subtree holds (404 otherwise; 403 without a unit), optionally locked. */
    private Uni<AidList> inScope(Actor actor, UUID listId, boolean lock) {
        return access.held(actor, () -> lock ? repository.lockList(listId) : repository.list(listId), l -> l.unitId, "aid-list");
    }

    private Uni<ListView> view(AidList list) {
        return repository.flush().chain(() -> repository.lines(list.id)).chain(lines -> repository.households(
                lines.stream().map(l -> l.householdId).toList()).map(households -> {
                    Map<UUID, String> names = new HashMap<>();
                    households.forEach(h -> names.put(h.id, Masking.name(h.headName)));
                    return mapper.toView(list, lines.stream().map(l -> mapper.toView(l, names.get(l.householdId))).toList());
                }));
    }
}
