package org.weiyuan.funding;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.org.UnionScope;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.security.Actor;
import org.weiyuan.wish.Wish;
import org.weiyuan.wish.WishAction;
import org.weiyuan.wish.WishRepositories;
import org.weiyuan.wish.WishStatus;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fulfilment (兑现): staff record what was handed over, with proof; above a configurable amount
 * a second staff member approves (recorder ≠ approver). Only approved disbursements move money
 * out of the wish's escrow. The household confirms receipt and may thank its donors; staff clear
 * the note before donors see it.
 */
@ApplicationScoped
public class DisbursementService {

    final BusinessTime time;

    final HouseholdMoneyGuard guard;
    final FundingRepositories.Disbursements disbursements;
    final WishRepositories.Wishes wishes;
    final UnionScope scope;
    final HouseholdService households;
    final Ledger ledger;
    final org.weiyuan.wish.FeedService feed;
    final AuditLog audit;
    final Notifier notifier;
    final FundingRepositories.Pledges pledges;

    DisbursementService(BusinessTime time, HouseholdMoneyGuard guard, FundingRepositories.Disbursements disbursements, WishRepositories.Wishes wishes, UnionScope scope, HouseholdService households, Ledger ledger, org.weiyuan.wish.FeedService feed, AuditLog audit, Notifier notifier, FundingRepositories.Pledges pledges, FundingConfig config) {
        this.secondApprovalAboveFen = config.disbursements().secondApprovalAboveFen();
        this.time = time;
        this.guard = guard;
        this.disbursements = disbursements;
        this.wishes = wishes;
        this.scope = scope;
        this.households = households;
        this.ledger = ledger;
        this.feed = feed;
        this.audit = audit;
        this.notifier = notifier;
        this.pledges = pledges;
    }
    final long secondApprovalAboveFen;

    /** A disbursement waiting for its second approval, with its wish's title. */
    public record Pending(Disbursement disbursement, String wishTitle) { }

    public record DisbursementRequest(@NotNull @Positive @Max(100_000_000L) Long amountFen,
                                      @NotNull Disbursement.Method method,
                                      @NotBlank @Size(max = 100) String reference,
                                      @NotBlank @Size(max = 500) String proof) { }

    public record ReceiptRequest(@Size(max = 1000) String thankYou) { }

    @WithTransaction
    public Uni<Disbursement> record(Actor staff, UUID wishId, DisbursementRequest r) {
        return lockedWishInScope(staff, wishId).call(guard::requireApproved).chain(wish -> {
            if (wish.status != WishStatus.FUNDED && wish.status != WishStatus.FULFILLING) {
                throw DomainException.illegalTransition(WishAction.DISBURSE.name(), wish.status);
            }
            return disbursements.pendingFen(wishId)
                    .chain(pending -> {
                        long available = wish.paidFen - wish.disbursedFen - pending;
                        if (r.amountFen() > available) {
                            throw DomainException.unprocessable("amountFen", "problem.disbursement.too-much", available);
                        }
                        Disbursement d = new Disbursement();
                        d.id = UUID.randomUUID();
                        d.wishId = wishId;
                        d.amountFen = r.amountFen();
                        d.method = r.method();
                        d.reference = r.reference().trim();
                        d.proof = r.proof().trim();
                        d.recordedBy = staff.subject();
                        d.createdAt = time.now();
                        d.status = Disbursement.Status.PENDING_APPROVAL;
                        Uni<Disbursement> saved = disbursements.persist(d).replaceWith(d)
                                .call(() -> audit.record(staff, "DISBURSEMENT_RECORDED", "disbursement", d.id, null,
                                        Map.of("wishId", wishId, "amountFen", d.amountFen, "method", d.method), d.reference));
                        return r.amountFen() > secondApprovalAboveFen
                                ? saved.call(() -> notifier.notifyStaff(wish.unitId, staff.subject(),
                                        NotificationKind.DISBURSEMENT_NEEDS_SECOND_APPROVAL, Notifier.disbursement(wish.id, d.id),
                                        org.weiyuan.common.Money.yuan(d.amountFen), wish.title))
                                : saved.chain(x -> approveLocked(staff, d, wish));
                    });
        });
    }

    /** Disbursements waiting for a second approver in the staff member's subtree, oldest first, with their wish. */
    @WithSession
    public Uni<List<Pending>> pendingInScope(Actor staff) {
        return scope.staffUnit(staff).chain(unit -> disbursements.pendingInSubtree(unit.path, 100));
    }

    /** The second staff member approves a disbursement above the threshold. */
    @WithTransaction
    public Uni<Disbursement> approve(Actor staff, UUID disbursementId) {
        return disbursements.findById(disbursementId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> DomainException.notFound("disbursement"))
                .chain(d -> lockedWishInScope(staff, d.wishId).call(guard::requireApproved).chain(wish -> {
                    if (d.status != Disbursement.Status.PENDING_APPROVAL) {
                        throw DomainException.illegalTransition("APPROVE", d.status);
                    }
                    if (d.recordedBy.equals(staff.subject())) {
                        throw DomainException.separationOfDuties("problem.disbursement.same-person");
                    }
                    return approveLocked(staff, d, wish);
                }));
    }

    private Uni<Disbursement> approveLocked(Actor approver, Disbursement d, Wish wish) {
        Map<String, Object> before = wish.snapshot();
        d.status = Disbursement.Status.APPROVED;
        d.approvedBy = approver.subject().equals(d.recordedBy) ? null : approver.subject();
        d.approvedAt = time.now();
        wish.disburse(d.amountFen, d.approvedAt);
        return ledger.post(Posting.transfer("DISBURSED", "disbursement:" + d.id, wish.id, null, "拨付 " + d.reference,
                        Accounts.escrow(wish.id), Accounts.payout(d.method), d.amountFen))
                .call(() -> audit.record(approver, "DISBURSEMENT_APPROVED", "disbursement", d.id, null,
                        Map.of("status", d.status, "amountFen", d.amountFen), null))
                .call(() -> before.get("status") == wish.status ? Uni.createFrom().voidItem()
                        : audit.record(approver, "WISH_FULFILLING", "wish", wish.id, before, wish.snapshot(), null))
                .call(() -> notifier.notify(wish.createdBy, NotificationKind.WISH_DISBURSED, Notifier.wish(wish.id),
                        org.weiyuan.common.Money.yuan(d.amountFen), wish.title))
                .replaceWith(d);
    }

    /** The household confirms receipt once everything paid has been handed over. */
    @WithTransaction
    public Uni<Wish> confirmReceipt(Actor worker, UUID wishId, ReceiptRequest r) {
        return households.ownedHousehold(worker.subject()).chain(h -> wishes.findById(wishId, LockModeType.PESSIMISTIC_WRITE)
                .map(w -> {
                    if (w == null || h == null || !w.householdId.equals(h.id)) {
                        throw DomainException.notFound("wish");
                    }
                    return w;
                }))
                .chain(w -> {
                    Map<String, Object> before = w.snapshot();
                    w.confirmReceipt(r == null ? null : r.thankYou(), time.now());
                    return audit.record(worker, "WISH_RECEIVED", "wish", w.id, before, w.snapshot(), null).replaceWith(w);
                });
    }

    /** Staff clear the thank-you note (or close without one): donors see it from now on. */
    @WithTransaction
    public Uni<Wish> clearThankYouAndClose(Actor staff, UUID wishId) {
        return lockedWishInScope(staff, wishId).chain(w -> {
            Map<String, Object> before = w.snapshot();
            w.close(staff.subject(), time.now());
            Uni<Void> thanks = w.thankYou == null ? Uni.createFrom().voidItem()
                    : pledges.paidDonorsOf(w.id)
                            .chain(donors -> {
                                Uni<Void> all = Uni.createFrom().voidItem();
                                for (UUID donor : donors) {
                                    all = all.chain(() -> notifier.notify(donor, NotificationKind.THANK_YOU_RECEIVED,
                                            Notifier.wish(w.id), w.title));
                                }
                                return all;
                            });
            return audit.record(staff, "WISH_CLOSED", "wish", w.id, before, w.snapshot(),
                    w.thankYou == null ? null : "thank-you cleared").chain(() -> thanks).replaceWith(w);
        });
    }

    /** The public report of a published wish; the thank-you note shows once staff cleared it. */
    @WithSession
    public Uni<FundingViews.WishReport> report(UUID wishId) {
        return wishes.findById(wishId).chain(w -> {
            if (w == null || w.publishedAt == null || w.status == WishStatus.WITHDRAWN) {
                return Uni.createFrom().failure(DomainException.notFound("wish"));
            }
            return disbursements.approvedOn(wishId)
                    .chain(ds -> feed.clearedImages(List.of(wishId), org.weiyuan.wish.WishPhoto.Kind.DISBURSEMENT_PROOF)
                            .map(proofs -> new FundingViews.WishReport(w.id, w.status.name(), w.targetFen, w.paidFen - w.matchedFen,
                                    w.matchedFen, w.disbursedFen, w.returnedFen, w.paidFen - w.disbursedFen - w.returnedFen,
                                    ds.stream().map(d -> new FundingViews.ReportLine(d.amountFen, d.method, d.approvedAt)).toList(),
                                    proofs.getOrDefault(wishId, List.of()), w.receivedAt,
                                    w.thankYouClearedBy == null ? null : w.thankYou)));
        });
    }

    private Uni<Wish> lockedWishInScope(Actor staff, UUID wishId) {
        return wishes.findById(wishId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> DomainException.notFound("wish"))
                .call(w -> scope.covers(staff, w.unitId).invoke(inScope -> {
                    if (!inScope) {
                        throw DomainException.notFound("wish");
                    }
                }));
    }
}
