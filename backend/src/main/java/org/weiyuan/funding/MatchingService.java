package org.weiyuan.funding;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.security.Actor;
import org.weiyuan.wish.Wish;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Matching pools (配捐). A sponsor opens a pool for a campaign and pays its budget in; from then
 * on every paid pledge to a wish of that campaign draws its match, under the pool's row lock, so
 * a pool never goes below zero and never matches past a wish's target or its cap per wish.
 */
@ApplicationScoped
public class MatchingService {

    final BusinessTime time;

    final FundingRepositories.Pools pools;
    final FundingRepositories.Matches matches;
    final org.weiyuan.wish.WishRepositories.Campaigns campaigns;
    final org.weiyuan.wish.CampaignGate gate;
    final org.weiyuan.org.UnionUnitRepository units;
    final HouseholdMoneyGuard guard;
    final FundingRepositories.Pledges pledgeTimes;
    final FundingConfig.Matching config;
    final Ledger ledger;
    final PaymentGateway gateway;
    final AuditLog audit;

    MatchingService(BusinessTime time, FundingRepositories.Pools pools, FundingRepositories.Matches matches, org.weiyuan.wish.WishRepositories.Campaigns campaigns, org.weiyuan.wish.CampaignGate gate, org.weiyuan.org.UnionUnitRepository units, HouseholdMoneyGuard guard, FundingRepositories.Pledges pledgeTimes, FundingConfig funding, Ledger ledger, PaymentGateway gateway, AuditLog audit) {
        this.time = time;
        this.pools = pools;
        this.matches = matches;
        this.campaigns = campaigns;
        this.gate = gate;
        this.units = units;
        this.guard = guard;
        this.pledgeTimes = pledgeTimes;
        this.config = funding.matching();
        this.ledger = ledger;
        this.gateway = gateway;
        this.audit = audit;
    }

    private final SecureRandom random = new SecureRandom();

    public record PoolRequest(@jakarta.validation.constraints.NotNull UUID campaignId,
                              @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 100) String name,
                              @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Min(1)
                              @jakarta.validation.constraints.Max(1000) Integer ratioPct,
                              @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Positive
                              @jakarta.validation.constraints.Max(100_000_000L) Long capPerWishFen,
                              @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Positive
                              @jakarta.validation.constraints.Max(10_000_000_000L) Long budgetFen,
                              @jakarta.validation.constraints.NotNull LocalDate startsOn,
                              @jakarta.validation.constraints.NotNull LocalDate endsOn) { }

    @WithTransaction
    public Uni<MatchingPool> open(Actor sponsor, PoolRequest r) {
        if (r.endsOn().isBefore(r.startsOn())) {
            throw DomainException.unprocessable("endsOn", "problem.campaign.window");
        }
        return campaigns.findById(r.campaignId()).onItem().ifNull()
                .failWith(() -> DomainException.unprocessable("campaignId", "problem.wish.campaign-missing"))
                .chain(campaign -> {
                    MatchingPool p = new MatchingPool();
                    p.id = UUID.randomUUID();
                    p.sponsorSubject = sponsor.subject();
                    p.campaignId = campaign.id;
                    p.name = r.name().trim();
                    p.ratioPct = r.ratioPct();
                    p.capPerWishFen = r.capPerWishFen();
                    p.budgetFen = r.budgetFen();
                    p.status = MatchingPool.Status.AWAITING_FUNDS;
                    byte[] b = new byte[12];
                    random.nextBytes(b);
                    p.paymentReference = POOL_REFERENCE + HexFormat.of().formatHex(b);
                    p.startsOn = r.startsOn();
                    p.endsOn = r.endsOn();
                    p.createdAt = time.now();
                    return pools.persist(p).replaceWith(p).call(saved -> audit.record(sponsor, "POOL_OPENED", "matching_pool",
                            saved.id, null, Map.of("budgetFen", saved.budgetFen, "ratioPct", saved.ratioPct), saved.name));
                });
    }

    @WithSession
    public Uni<MatchingPool> mine(Actor sponsor, UUID id) {
        return pools.findById(id).map(p -> {
            if (p == null || !p.sponsorSubject.equals(sponsor.subject())) {
                throw DomainException.notFound("pool");
            }
            return p;
        });
    }

    /** Pools' payment references start with this (for people reading a statement; payments are routed by lookup). */
    static final String POOL_REFERENCE = "POOL";

    /** The pool that issued this payment reference, or null (then a pledge did). */
    @WithSession
    public Uni<MatchingPool> byReference(String reference) {
        return pools.byPaymentReference(reference);
    }

    /** The sponsor's budget arrived: the pool becomes active. Idempotent like pledge payments. */
    @WithTransaction
    public Uni<MatchingPool> confirmFunding(PaymentGateway.Notification n) {
        return pools.byPaymentReferenceForUpdate(n.reference()).chain(p -> {
                    if (p == null) {
                        throw DomainException.notFound("pool");
                    }
                    if (!n.succeeded() || p.status == MatchingPool.Status.ACTIVE) {
                        return Uni.createFrom().item(p);
                    }
                    if (n.amountFen() != p.budgetFen) {
                        throw DomainException.unprocessable("amountFen", "problem.payment.amount");
                    }
                    p.status = MatchingPool.Status.ACTIVE;
                    return ledger.post(Posting.transfer("POOL_FUNDED", "payment:" + gateway.name() + ":" + n.reference(),
                                    null, null, "配捐池资金到账", Accounts.clearing(gateway.name()), Accounts.pool(p.id), p.budgetFen))
                            .call(() -> audit.record(Actor.system(), "POOL_FUNDED", "matching_pool", p.id, null,
                                    Map.of("status", p.status), n.notificationId()))
                            .replaceWith(p);
                });
    }

    /**
     * Draws matches for a pledge just paid to {@code wish} (whose row the caller holds locked).
     * Pools are taken oldest first, each under its own row lock. Returns the total matched; the
     * pledge records it, and why it drew nothing or less ({@link MatchRefusal}).
     */
    public Uni<Long> drawFor(Wish wish, Pledge pledge) {
        if (wish.campaignId == null) {
            return refuse(pledge, MatchRefusal.NO_CAMPAIGN);
        }
        return campaigns.findById(wish.campaignId).chain(campaign -> {
            if (campaign == null) {
                return refuse(pledge, MatchRefusal.NO_CAMPAIGN);
            }
            // 专款专用: a pool draws only for wishes its campaign takes (kind and unit subtree)
            return gate.acceptedPaths(campaign)
                    .chain(paths -> units.findById(wish.unitId).map(unit -> MatchingRules.draws(
                            campaign.acceptedKinds, paths, wish.kind, unit == null ? null : unit.path)))
                    .chain(accepted -> !accepted ? refuse(pledge, MatchRefusal.NOT_ACCEPTED) : guard.mayMove(wish)
                            .chain(approved -> !approved ? refuse(pledge, MatchRefusal.HOUSEHOLD_NOT_APPROVED)
                                    : drawWithinDonorLimits(wish, pledge, campaign)));
        });
    }

    /** 配捐防刷: the rate rule, then the donor's cap for this campaign. */
    private Uni<Long> drawWithinDonorLimits(Wish wish, Pledge pledge, org.weiyuan.wish.Campaign campaign) {
        return pledgeTimes.madeBetween(pledge.donorSubject, pledge.createdAt.minus(config.rateWindow()), pledge.createdAt)
                .chain(times -> {
                    if (DonorMatchingRules.tooFast(times, pledge.createdAt, config.maxPledgesPerWindow(), config.rateWindow())) {
                        return refuse(pledge, MatchRefusal.TOO_FAST);
                    }
                    long cap = campaign.matchCapPerDonorFen != null ? campaign.matchCapPerDonorFen : config.donorCapFen();
                    return matches.matchedForDonor(pledge.donorSubject, campaign.id).chain(matched -> {
                        Draw draw = new Draw(DonorMatchingRules.roomUnderCap(cap, matched));
                        return pools.activeForUpdate(wish.campaignId, time.today())
                                .chain(active -> drawFrom(active, 0, wish, pledge, draw))
                                .map(total -> {
                                    pledge.matchedFen = total;
                                    pledge.matchRefusal = DonorMatchingRules.afterDraw(draw.wanted, total);
                                    return total;
                                });
                    });
                });
    }

    private static Uni<Long> refuse(Pledge pledge, MatchRefusal why) {
        pledge.matchedFen = 0;
        pledge.matchRefusal = why;
        return Uni.createFrom().item(0L);
    }

    /** What the pools would give and what the donor may still draw, across the pools of one draw. */
    private static final class Draw {
        long wanted;
        long room;

        Draw(long room) {
            this.room = room;
        }
    }

    private Uni<Long> drawFrom(List<MatchingPool> active, int index, Wish wish, Pledge pledge, Draw draw) {
        if (index >= active.size()) {
            return Uni.createFrom().item(0L);
        }
        MatchingPool pool = active.get(index);
        return matches.matchedFor(pool.id, wish.id)
                .chain(already -> {
                    long byPool = MatchingRules.match(pledge.amountFen, pool.ratioPct, pool.capPerWishFen, already,
                            pool.budgetFen - pool.spentFen, wish.targetFen - wish.pledgedFen);
                    draw.wanted += byPool;
                    long m = Math.min(byPool, draw.room);
                    if (m <= 0) {
                        return drawFrom(active, index + 1, wish, pledge, draw);
                    }
                    draw.room -= m;
                    pool.spentFen += m;
                    wish.addMatch(m);
                    PoolMatch row = new PoolMatch();
                    row.id = UUID.randomUUID();
                    row.poolId = pool.id;
                    row.wishId = wish.id;
                    row.pledgeId = pledge.id;
                    row.amountFen = m;
                    row.createdAt = time.now();
                    return matches.persist(row)
                            .chain(() -> ledger.post(Posting.transfer("MATCH_DRAWN", "match:" + pool.id + ":" + pledge.id,
                                    wish.id, pledge.id, "配捐", Accounts.pool(pool.id), Accounts.escrow(wish.id), m)))
                            .chain(() -> audit.record(Actor.system(), "POOL_MATCHED", "matching_pool", pool.id, null,
                                    Map.of("wishId", wish.id, "pledgeId", pledge.id, "amountFen", m), null))
                            .chain(() -> drawFrom(active, index + 1, wish, pledge, draw))
                            .map(rest -> rest + m);
                });
    }
}
