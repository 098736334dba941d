package org.weiyuan.funding;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.Money;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.security.Actor;
import org.weiyuan.wish.Wish;

import java.util.List;
import java.util.Map;

/**
 * Letting a wish's money go when it can no longer be fulfilled (到期未筹满, 冻结): holds are released,
 * each paid pledge is refunded or moved to the campaign's general fund as its donor chose, matches
 * go back to their pools; every movement a ledger entry. Written once for expiry and freezing.
 * Callers hold the wish's row lock.
 */
@ApplicationScoped
class WishSettlement {

    /** Why the money goes back: the ledger's reference prefix, the memo texts and the donor's notices. */
    record Reason(String refPrefix, String auditNote, String refundMemo, String moveMemo, String matchMemo,
                  NotificationKind refunded, NotificationKind moved) {
    }

    static final Reason EXPIRY = new Reason("expiry:", "wish expired", "微愿到期未筹满,退款",
            "微愿到期未筹满,转入活动公共基金", "微愿到期未筹满,配捐退回配捐池",
            NotificationKind.PLEDGE_REFUNDED, NotificationKind.PLEDGE_MOVED);
    static final Reason FREEZE = new Reason("freeze:", "wish frozen", "受助家庭不再符合条件,微愿冻结,退款",
            "受助家庭不再符合条件,微愿冻结,转入活动公共基金", "受助家庭不再符合条件,配捐退回配捐池",
            NotificationKind.PLEDGE_REFUNDED_WISH_FROZEN, NotificationKind.PLEDGE_MOVED_WISH_FROZEN);

    final BusinessTime time;
    final FundingRepositories.Pools pools;
    final PaymentGateway gateway;
    final Ledger ledger;
    final AuditLog audit;
    final Notifier notifier;

    WishSettlement(BusinessTime time, FundingRepositories.Pools pools, PaymentGateway gateway, Ledger ledger, AuditLog audit,
                   Notifier notifier) {
        this.time = time;
        this.pools = pools;
        this.gateway = gateway;
        this.ledger = ledger;
        this.audit = audit;
        this.notifier = notifier;
    }

    /** Releases the held pledges and refunds or moves the paid ones, in order. */
    Uni<Void> settleEach(List<Pledge> live, int i, Wish wish, Reason why) {
        if (i >= live.size()) {
            return Uni.createFrom().voidItem();
        }
        Pledge p = live.get(i);
        Uni<Void> step;
        if (p.status == PledgeStatus.HELD) {
            p.status = PledgeStatus.RELEASED;
            p.releasedAt = time.now();
            wish.dropHoldOnExpiry(p.amountFen);
            step = audit.record(Actor.system(), "PLEDGE_RELEASED", "pledge", p.id, null, Map.of("status", p.status), why.auditNote());
        } else {
            boolean refund = p.onExpiry == OnExpiry.REFUND;
            p.status = refund ? PledgeStatus.REFUNDED : PledgeStatus.MOVED_TO_FUND;
            p.releasedAt = time.now();
            wish.returnPaid(p.amountFen);
            Posting posting = Posting.transfer(refund ? "REFUNDED" : "MOVED_TO_FUND", why.refPrefix() + p.id, wish.id, p.id,
                    refund ? why.refundMemo() : why.moveMemo(),
                    Accounts.escrow(wish.id), refund ? Accounts.clearing(gateway.name()) : Accounts.generalFund(wish.campaignId),
                    p.amountFen);
            step = ledger.post(posting).chain(() -> audit.record(Actor.system(), refund ? "PLEDGE_REFUNDED" : "PLEDGE_MOVED_TO_FUND",
                            "pledge", p.id, null, Map.of("status", p.status, "amountFen", p.amountFen), why.auditNote()))
                    .chain(() -> notifier.notify(p.donorSubject, refund ? why.refunded() : why.moved(),
                            Notifier.pledge(p.id), Money.yuan(p.amountFen), wish.title));
        }
        return step.chain(() -> settleEach(live, i + 1, wish, why));
    }

    /** Matches drawn for the wish go back to their pools, budget and all. */
    Uni<Void> returnMatches(List<PoolMatch> drawn, int i, Wish wish, Reason why) {
        if (i >= drawn.size()) {
            return Uni.createFrom().voidItem();
        }
        PoolMatch m = drawn.get(i);
        return pools.findById(m.poolId, LockModeType.PESSIMISTIC_WRITE).chain(pool -> {
            pool.spentFen -= m.amountFen;
            wish.returnPaid(m.amountFen);
            return ledger.post(Posting.transfer("MATCH_RETURNED", why.refPrefix() + "match:" + m.id, wish.id, m.pledgeId,
                            why.matchMemo(), Accounts.escrow(wish.id), Accounts.pool(pool.id), m.amountFen))
                    .replaceWithVoid();
        }).chain(() -> returnMatches(drawn, i + 1, wish, why));
    }
}
