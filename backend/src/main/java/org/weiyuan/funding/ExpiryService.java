package org.weiyuan.funding;

import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.db.BatchClaim;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.security.Actor;
import org.weiyuan.wish.Wish;
import org.weiyuan.wish.WishRepositories;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 到期未筹满: a wish still short of its target at its deadline expires. Holds are released; each
 * paid pledge is refunded or moved to the campaign's general fund as its donor chose; matches go
 * back to their pools. Every movement is a ledger entry. Wishes are claimed with SKIP LOCKED, so
 * several replicas can run this together.
 */
@ApplicationScoped
public class ExpiryService {

    final BusinessTime time;

    private static final Logger LOG = Logger.getLogger(ExpiryService.class);

    final WishRepositories.Wishes wishes;
    final PledgeService.Pledges pledges;
    final MatchingService.Pools pools;
    final MatchingService.Matches matches;
    final PaymentGateway gateway;
    final Ledger ledger;
    final AuditLog audit;
    final Notifier notifier;

    ExpiryService(BusinessTime time, WishRepositories.Wishes wishes, PledgeService.Pledges pledges, MatchingService.Pools pools, MatchingService.Matches matches, PaymentGateway gateway, Ledger ledger, AuditLog audit, Notifier notifier) {
        this.time = time;
        this.wishes = wishes;
        this.pledges = pledges;
        this.pools = pools;
        this.matches = matches;
        this.gateway = gateway;
        this.ledger = ledger;
        this.audit = audit;
        this.notifier = notifier;
    }

    @Scheduled(every = "${weiyuan.expiry.every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return expireDue(100).invoke(n -> {
                    if (n > 0) {
                        LOG.infof("Expired %d wishes past their deadline", n);
                    }
                })
                .onFailure().invoke(e -> LOG.warn("Expiring wishes failed; will retry", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Expires up to {@code batch} wishes whose deadline (China time) has passed. */
    @WithTransaction
    public Uni<Integer> expireDue(int batch) {
        return BatchClaim.each("select cast(id as varchar) from wish where status in ('PUBLISHED', 'PARTLY_FUNDED') "
                + "and deadline < :today order by deadline", Map.of("today", time.today()), batch, this::expire);
    }

    private Uni<Void> expire(UUID wishId) {
        return wishes.findById(wishId, LockModeType.PESSIMISTIC_WRITE).chain(wish -> {
            Map<String, Object> before = wish.snapshot();
            wish.expire(time.now());
            return pledges.list("wishId = ?1 and status in ?2 order by createdAt", wishId,
                            List.of(PledgeStatus.HELD, PledgeStatus.PAID))
                    .chain(live -> settleEach(live, 0, wish))
                    .chain(() -> matches.list("wishId", wishId))
                    .chain(drawn -> returnMatches(drawn, 0, wish))
                    .chain(() -> audit.record(Actor.system(), "WISH_EXPIRED", "wish", wish.id, before, wish.snapshot(), null));
        });
    }

    private Uni<Void> settleEach(List<Pledge> live, int i, Wish wish) {
        if (i >= live.size()) {
            return Uni.createFrom().voidItem();
        }
        Pledge p = live.get(i);
        Uni<Void> step;
        if (p.status == PledgeStatus.HELD) {
            p.status = PledgeStatus.RELEASED;
            p.releasedAt = time.now();
            wish.dropHoldOnExpiry(p.amountFen);
            step = audit.record(Actor.system(), "PLEDGE_RELEASED", "pledge", p.id, null, Map.of("status", p.status), "wish expired");
        } else {
            boolean refund = p.onExpiry == OnExpiry.REFUND;
            p.status = refund ? PledgeStatus.REFUNDED : PledgeStatus.MOVED_TO_FUND;
            p.releasedAt = time.now();
            wish.returnPaid(p.amountFen);
            Posting posting = Posting.transfer(refund ? "REFUNDED" : "MOVED_TO_FUND", "expiry:" + p.id, wish.id, p.id,
                    refund ? "微愿到期未筹满,退款" : "微愿到期未筹满,转入活动公共基金",
                    Accounts.escrow(wish.id), refund ? Accounts.clearing(gateway.name()) : Accounts.generalFund(wish.campaignId),
                    p.amountFen);
            step = ledger.post(posting).chain(() -> audit.record(Actor.system(), refund ? "PLEDGE_REFUNDED" : "PLEDGE_MOVED_TO_FUND",
                    "pledge", p.id, null, Map.of("status", p.status, "amountFen", p.amountFen), null))
                    .chain(() -> notifier.notify(p.donorSubject, refund ? NotificationKind.PLEDGE_REFUNDED : NotificationKind.PLEDGE_MOVED,
                            Notifier.pledge(p.id), org.weiyuan.common.Money.yuan(p.amountFen), wish.title));
        }
        return step.chain(() -> settleEach(live, i + 1, wish));
    }

    /** Matches drawn for an expired wish go back to their pools, budget and all. */
    private Uni<Void> returnMatches(List<PoolMatch> drawn, int i, Wish wish) {
        if (i >= drawn.size()) {
            return Uni.createFrom().voidItem();
        }
        PoolMatch m = drawn.get(i);
        return pools.findById(m.poolId, LockModeType.PESSIMISTIC_WRITE).chain(pool -> {
            pool.spentFen -= m.amountFen;
            wish.returnPaid(m.amountFen);
            return ledger.post(Posting.transfer("MATCH_RETURNED", "expiry:match:" + m.id, wish.id, m.pledgeId,
                            "微愿到期未筹满,配捐退回配捐池", Accounts.escrow(wish.id), Accounts.pool(pool.id), m.amountFen))
                    .replaceWithVoid();
        }).chain(() -> returnMatches(drawn, i + 1, wish));
    }
}
