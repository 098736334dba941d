package org.weiyuan.funding;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Money;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.wish.WishRepositories;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 撤销追回的退款: what a cancelled recovery had received is owed back to the household. It is taken
 * from the fund the instalments went into only as far as that fund holds money (the fund's ledger
 * row locked, so two takers never overdraw it together; a database trigger refuses any overdraft that
 * got past this), onto the recovery's payable; what the fund lacks waits (AWAITING_FUNDS) and is taken
 * when a payout is approved and the fund has it. Staff pay it out: one records the payout with its
 * proof, another approves it (maker-checker), and only then one balanced entry moves the money and the
 * household is told.
 */
@ApplicationScoped
public class RefundService {

    @ApplicationScoped
    public static class Refunds implements PanacheRepositoryBase<RecoveryRefund, UUID> {
        /** A recovery's payouts, oldest first. */
        Uni<List<RecoveryRefund>> ofRecoveries(Collection<UUID> recoveryIds) {
            return recoveryIds.isEmpty() ? Uni.createFrom().item(List.of())
                    : list("recoveryId in ?1 order by recordedAt, id", recoveryIds);
        }

        /** What payouts waiting for approval already claim on a recovery. */
        Uni<Long> pendingOn(UUID recoveryId) {
            return find("select coalesce(sum(r.amountFen), 0) from RecoveryRefund r where r.recoveryId = ?1 and r.status = ?2",
                    recoveryId, RecoveryRefund.Status.PENDING_APPROVAL).project(Long.class).singleResult();
        }
    }

    public record RefundRequest(@NotNull @Positive Long amountFen, @NotNull RecoveryRefund.Method method,
                                @NotBlank @Size(max = 100) String reference, @NotBlank @Size(max = 500) String proof) { }

    public record RefundRejection(@NotBlank @Size(max = 500) String reason) { }

    /** One payout of a cancelled recovery's refund, as staff and the household's history show it. */
    public record RefundView(UUID id, UUID recoveryId, long amountFen, RecoveryRefund.Method method, String reference, String proof,
                             RecoveryRefund.Status status, UUID recordedBy, Instant recordedAt, UUID decidedBy, Instant decidedAt,
                             String rejectReason, UUID entryId) {
        static RefundView of(RecoveryRefund r) {
            return new RefundView(r.id, r.recoveryId, r.amountFen, r.method, r.reference, r.proof, r.status, r.recordedBy,
                    r.recordedAt, r.decidedBy, r.decidedAt, r.rejectReason, r.entryId);
        }
    }

    private final BusinessTime time;
    private final Refunds refunds;
    private final RecoveryService.Recoveries recoveries;
    private final WishRepositories.Wishes wishes;
    private final HouseholdService households;
    private final Ledger ledger;
    private final AuditLog audit;
    private final Notifier notifier;
    private final UnionScope scope;

    RefundService(BusinessTime time, Refunds refunds, RecoveryService.Recoveries recoveries, WishRepositories.Wishes wishes,
                  HouseholdService households, Ledger ledger, AuditLog audit, Notifier notifier, UnionScope scope) {
        this.scope = scope;
        this.time = time;
        this.refunds = refunds;
        this.recoveries = recoveries;
        this.wishes = wishes;
        this.households = households;
        this.ledger = ledger;
        this.audit = audit;
        this.notifier = notifier;
    }

    /**
     * A recovery just cancelled (locked by the caller): everything received is owed back, and as much of
     * it as the fund holds is booked now, by the {@code RECOVERY_CANCELLED} entry.
     */
    Uni<Void> owe(Recovery r) {
        r.refundOwedFen = r.receivedFen;
        r.refundStatus = RefundRules.status(r.refundOwedFen, r.refundBookedFen, r.refundPaidFen);
        return r.refundOwedFen == 0 ? Uni.createFrom().voidItem() : book(r, "RECOVERY_CANCELLED", "recovery-cancel:" + r.id);
    }

    /** Takes what the fund can give towards what is still unbooked, under the fund's lock; nothing when it holds nothing. */
    private Uni<Void> book(Recovery r, String kind, String externalRef) {
        if (r.refundBookedFen == r.refundOwedFen) {
            return Uni.createFrom().voidItem(); // all booked: the fund is not asked (nor locked) again
        }
        return wishes.findById(r.wishId).chain(w -> {
            Accounts.Ref fund = Accounts.generalFund(w.campaignId);
            return ledger.lockedBalance(fund).chain(balance -> {
                long now = RefundRules.bookable(balance, r.refundOwedFen, r.refundBookedFen);
                if (now == 0) {
                    return Uni.createFrom().voidItem();
                }
                return ledger.post(Posting.transfer(kind, externalRef, null, null,
                                "撤销追回,已追回款项转入应退受助家庭款 微愿 " + w.id, fund, Accounts.recoveryRefund(r.id), now))
                        .invoke(() -> {
                            r.refundBookedFen += now;
                            r.refundStatus = RefundRules.status(r.refundOwedFen, r.refundBookedFen, r.refundPaidFen);
                        }).replaceWithVoid();
            });
        });
    }

    /** The maker's step: a payout recorded with its proof, waiting for a second staff member. */
    @WithTransaction
    public Uni<RecoveryRefund> record(Actor staff, UUID recoveryId, RefundRequest request) {
        return lockedInScope(staff, recoveryId).chain(rec -> refunds.pendingOn(rec.id).chain(pending -> {
            RefundRules.checkPayout(request.amountFen(), rec.refundOwedFen, rec.refundPaidFen, pending);
            RecoveryRefund p = new RecoveryRefund();
            p.id = UUID.randomUUID();
            p.recoveryId = rec.id;
            p.amountFen = request.amountFen();
            p.method = request.method();
            p.reference = request.reference().trim();
            p.proof = request.proof().trim();
            p.status = RecoveryRefund.Status.PENDING_APPROVAL;
            p.recordedBy = staff.subject();
            p.recordedAt = time.now();
            return refunds.persist(p).replaceWith(p).call(() -> audit.record(staff, "RECOVERY_REFUND_RECORDED", "aid_recovery", rec.id,
                    null, Map.of("refundId", p.id, "amountFen", p.amountFen, "method", p.method), p.reference));
        }));
    }

    /**
     * The checker's step, never the maker's (403): what the fund now holds towards the refund is booked
     * first, then the payout is paid from the payable; 409 while the fund lacks it (the payout stays
     * pending and can be approved once the fund has the money).
     */
    @WithTransaction
    public Uni<RecoveryRefund> approve(Actor staff, UUID refundId) {
        return pending(staff, refundId, "approve").chain(p -> lockedInScope(staff, p.recoveryId).chain(rec ->
                book(rec, "RECOVERY_REFUND_BOOKED", "recovery-refund-booked:" + rec.id + ":" + rec.refundBookedFen).chain(() -> {
                    RefundRules.checkPayable(p.amountFen, rec.refundBookedFen, rec.refundPaidFen);
                    return ledger.post(Posting.transfer("RECOVERY_REFUND_PAID", "recovery-refund:" + p.id, null, null,
                            "撤销追回退款 " + p.reference, Accounts.recoveryRefund(rec.id), Accounts.recovered(), p.amountFen));
                }).chain(entry -> {
                    Map<String, Object> before = Map.of("refundPaidFen", rec.refundPaidFen, "refundStatus", String.valueOf(rec.refundStatus));
                    p.status = RecoveryRefund.Status.PAID;
                    p.decidedBy = staff.subject();
                    p.decidedAt = time.now();
                    p.entryId = entry.id;
                    rec.refundPaidFen += p.amountFen;
                    rec.refundStatus = RefundRules.status(rec.refundOwedFen, rec.refundBookedFen, rec.refundPaidFen);
                    return audit.record(staff, "RECOVERY_REFUND_PAID", "aid_recovery", rec.id, before,
                                    Map.of("refundId", p.id, "refundPaidFen", rec.refundPaidFen, "refundStatus", rec.refundStatus), p.reference)
                            .chain(() -> households.inStaffScope(staff, rec.householdId))
                            .chain(h -> notifier.notify(h.ownerSubject, NotificationKind.HOUSEHOLD_RECOVERY_REFUND_PAID,
                                    Notifier.household(h.id), Money.yuan(p.amountFen), p.reference))
                            .replaceWith(p);
                })));
    }

    /** The checker sends a payout back with a reason (never its maker: 403); nothing moved. */
    @WithTransaction
    public Uni<RecoveryRefund> reject(Actor staff, UUID refundId, RefundRejection request) {
        return pending(staff, refundId, "reject").call(p -> lockedInScope(staff, p.recoveryId)).chain(p -> {
            p.status = RecoveryRefund.Status.REJECTED;
            p.decidedBy = staff.subject();
            p.decidedAt = time.now();
            p.rejectReason = request.reason().trim();
            return audit.record(staff, "RECOVERY_REFUND_REJECTED", "aid_recovery", p.recoveryId, null,
                    Map.of("refundId", p.id, "status", p.status), p.rejectReason).replaceWith(p);
        });
    }

    /** The payouts of these recoveries (already read in the caller's scope). */
    Uni<List<RecoveryRefund>> of(Collection<UUID> recoveryIds) {
        return refunds.ofRecoveries(recoveryIds);
    }

    /** A payout waiting for approval, locked with its recovery, whose recovery is in the caller's scope, decided by someone other than its maker. */
    private Uni<RecoveryRefund> pending(Actor staff, UUID refundId, String action) {
        return scope.staffUnit(staff).chain(() -> refunds.findById(refundId, LockModeType.PESSIMISTIC_WRITE))
                .onItem().ifNull().failWith(() -> DomainException.notFound("refund"))
                // the recovery's first read in this session takes its lock: an unlocked read here left the entity
                // cached, so the later locking find did not reload it and a concurrent approval's paid amount was lost
                .call(p -> recoveries.findById(p.recoveryId, LockModeType.PESSIMISTIC_WRITE)
                        .chain(rec -> households.inStaffScope(staff, rec.householdId)))
                .invoke(p -> {
                    if (p.status != RecoveryRefund.Status.PENDING_APPROVAL) {
                        throw DomainException.illegalTransition(action, p.status);
                    }
                    if (p.recordedBy.equals(staff.subject())) {
                        throw DomainException.separationOfDuties("problem.refund.same-person");
                    }
                });
    }

    /** The recovery under its row lock, for staff whose subtree holds its household (404 otherwise). */
    private Uni<Recovery> lockedInScope(Actor staff, UUID recoveryId) {
        return scope.staffUnit(staff).chain(() -> recoveries.findById(recoveryId, LockModeType.PESSIMISTIC_WRITE))
                .onItem().ifNull().failWith(() -> DomainException.notFound("recovery"))
                .call(rec -> households.inStaffScope(staff, rec.householdId));
    }
}
