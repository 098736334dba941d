package org.weiyuan.funding;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdReinstatements;
import org.weiyuan.security.Actor;
import org.weiyuan.wish.Wish;
import org.weiyuan.wish.WishRepositories;
import org.weiyuan.wish.WishStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 解冻与撤销追回: a file approved again gets its frozen wishes back where {@link ThawRules} allows (the
 * rest stay frozen, with the reason); when the ineligible finding was overturned, each recovery it
 * started is cancelled: no further instalments, and what had been received is owed back to the
 * household ({@link RefundService}: booked from the fund it was paid into as far as the fund holds it,
 * never overdrawing it; the rest waits for the fund and is paid out later). Everything is audited, on
 * the wish, the recovery and the file.
 */
@ApplicationScoped
public class WishThawer implements HouseholdReinstatements {

    private final BusinessTime time;
    private final WishRepositories.Wishes wishes;
    private final RecoveryService.Recoveries recoveries;
    private final RefundService refunds;
    private final AuditLog audit;

    WishThawer(BusinessTime time, WishRepositories.Wishes wishes, RecoveryService.Recoveries recoveries, RefundService refunds, AuditLog audit) {
        this.time = time;
        this.wishes = wishes;
        this.recoveries = recoveries;
        this.refunds = refunds;
        this.audit = audit;
    }

    @Override
    public Uni<Reinstatement> reinstated(Actor actor, Household household, java.time.Instant ineligibleFindingAt) {
        Reinstatement done = new Reinstatement(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        boolean findingReversed = ineligibleFindingAt != null;
        // ids first, rows after under their locks: a row read before its lock could be stale (a concurrent
        // instalment or pledge) and would be written back over the newer values
        return wishes.idsOfHousehold(household.id, Set.of(WishStatus.FROZEN))
                .chain(frozen -> thawAll(actor, frozen, done))
                .chain(() -> findingReversed ? recoveries.idsNotCancelledSince(household.id, ineligibleFindingAt)
                        : recoveries.idsOpen(household.id))
                .chain(ids -> recoveriesEach(actor, ids, 0, findingReversed, done))
                .chain(() -> done.unfrozenWishIds().isEmpty() && done.stillFrozen().isEmpty() && done.cancelledRecoveries().isEmpty()
                        && done.recoveriesLeftOpen().isEmpty()
                        ? Uni.createFrom().voidItem()
                        : audit.record(actor, "HOUSEHOLD_REINSTATED", "household", household.id, null, summary(done),
                                findingReversed ? "申诉撤销 finding overturned" : "重新审批 approved again"))
                .replaceWith(done);
    }

    /** One wish after the other, each under its row lock, in the caller's session. */
    private Uni<Void> thawAll(Actor actor, List<UUID> ids, Reinstatement done) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID id : ids) {
            chain = chain.chain(() -> wishes.findById(id, LockModeType.PESSIMISTIC_WRITE)).chain(w -> thaw(actor, w, done));
        }
        return chain;
    }

    private Uni<Void> thaw(Actor actor, Wish w, Reinstatement done) {
        if (w.status != WishStatus.FROZEN) {
            return Uni.createFrom().voidItem(); // moved on since it was listed
        }
        ThawRules.Decision d = ThawRules.decide(w.publishedAt != null, w.pledgedFen, w.returnedFen, w.disbursedFen, w.deadline,
                time.today());
        if (d.action() == null) {
            done.stillFrozen().add(new StillFrozenWish(w.id, d.stays()));
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> before = w.snapshot();
        w.advance(d.action(), time.now());
        done.unfrozenWishIds().add(w.id);
        return audit.record(actor, "WISH_UNFROZEN", "wish", w.id, before, w.snapshot(), d.action().name());
    }

    private Uni<Void> recoveriesEach(Actor actor, List<UUID> ids, int i, boolean cancel, Reinstatement done) {
        if (i >= ids.size()) {
            return Uni.createFrom().voidItem();
        }
        return recoveries.findById(ids.get(i), LockModeType.PESSIMISTIC_WRITE).chain(r -> {
            if (r.status == Recovery.Status.CANCELLED) {
                return Uni.createFrom().voidItem(); // cancelled since it was listed
            }
            if (!cancel) {
                if (r.status == Recovery.Status.OPEN) {
                    done.recoveriesLeftOpen().add(r.id);
                }
                return Uni.createFrom().voidItem();
            }
            return cancel(actor, r, done);
        }).chain(() -> recoveriesEach(actor, ids, i + 1, cancel, done));
    }

    private Uni<Void> cancel(Actor actor, Recovery r, Reinstatement done) {
        Map<String, Object> before = Map.of("status", r.status, "receivedFen", r.receivedFen);
        r.status = Recovery.Status.CANCELLED;
        r.cancelledBy = actor.subject();
        r.cancelledAt = time.now();
        r.cancelReason = "申诉撤销不符合条件的认定 the ineligible finding was overturned on appeal";
        // what was received is owed back; the fund gives only what it holds (never overdrawn), the rest waits
        return refunds.owe(r).chain(() -> {
            done.cancelledRecoveries().add(new CancelledRecovery(r.id, r.wishId, r.amountFen, r.receivedFen, r.refundBookedFen,
                    r.refundStatus == null ? null : r.refundStatus.name()));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", r.status);
            after.put("receivedFen", r.receivedFen);
            after.put("refundOwedFen", r.refundOwedFen);
            after.put("refundBookedFen", r.refundBookedFen);
            after.put("refundStatus", String.valueOf(r.refundStatus));
            return audit.record(actor, "RECOVERY_CANCELLED", "aid_recovery", r.id, before, after, r.cancelReason);
        });
    }

    private static Map<String, Object> summary(Reinstatement done) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("unfrozenWishIds", done.unfrozenWishIds());
        s.put("stillFrozen", done.stillFrozen().stream().map(f -> f.wishId() + ":" + f.reason()).toList());
        s.put("cancelledRecoveries", done.cancelledRecoveries().stream().map(CancelledRecovery::recoveryId).toList());
        s.put("recoveriesLeftOpen", done.recoveriesLeftOpen());
        return s;
    }
}
