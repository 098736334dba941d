package org.weiyuan.funding;

import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DatabaseOutage;
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
    final FundingRepositories.Pledges pledges;
    final FundingRepositories.Matches matches;
    final WishSettlement settlement;
    final AuditLog audit;
    final DatabaseOutage outage;

    ExpiryService(BusinessTime time, WishRepositories.Wishes wishes, FundingRepositories.Pledges pledges, FundingRepositories.Matches matches, WishSettlement settlement, AuditLog audit,
                  DatabaseOutage outage) {
        this.outage = outage;
        this.time = time;
        this.wishes = wishes;
        this.pledges = pledges;
        this.matches = matches;
        this.settlement = settlement;
        this.audit = audit;
    }

    @Scheduled(every = "${weiyuan.funding.expiry.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return outage.backgroundRound(expireDue(100).invoke(n -> {
            if (n > 0) {
                LOG.infof("Expired %d wishes past their deadline", n);
            }
        }), LOG, "Expiring wishes failed; will retry");
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
            return pledges.onWish(wishId, List.of(PledgeStatus.HELD, PledgeStatus.PAID))
                    .chain(live -> settlement.settleEach(live, 0, wish, WishSettlement.EXPIRY))
                    .chain(() -> matches.ofWish(wishId))
                    .chain(drawn -> settlement.returnMatches(drawn, 0, wish, WishSettlement.EXPIRY))
                    .chain(() -> audit.record(Actor.system(), "WISH_EXPIRED", "wish", wish.id, before, wish.snapshot(), null));
        });
    }
}
