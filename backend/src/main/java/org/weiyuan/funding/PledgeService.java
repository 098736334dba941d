package org.weiyuan.funding;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Messages;
import org.weiyuan.common.TextRules;
import org.weiyuan.funding.FundingViews.PledgeRequest;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.security.Actor;
import org.weiyuan.wish.Wish;
import org.weiyuan.wish.WishRepositories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Pledges and payments. A pledge is taken under the wish's row lock, so the sum of live pledges
 * never passes the target however many donors press at once; the payment notification is
 * idempotent (one ledger entry per payment reference, ever) and tolerant of arriving late.
 */
@ApplicationScoped
public class PledgeService {

    final BusinessTime time;

    final FundingRepositories.Pledges pledges;
    final WishRepositories.Wishes wishes;
    final PaymentGateway gateway;
    final Ledger ledger;
    final MatchingService matching;
    final Notifier notifier;
    final HouseholdMoneyGuard guard;
    final AuditLog audit;
    final org.weiyuan.common.db.SimulatedLatency latency;

    PledgeService(BusinessTime time, FundingRepositories.Pledges pledges, WishRepositories.Wishes wishes, PaymentGateway gateway, Ledger ledger, MatchingService matching, Notifier notifier, HouseholdMoneyGuard guard, AuditLog audit, org.weiyuan.common.db.SimulatedLatency latency, FundingConfig config) {
        this.latency = latency;
        this.hold = config.pledges().hold();
        this.time = time;
        this.pledges = pledges;
        this.wishes = wishes;
        this.gateway = gateway;
        this.ledger = ledger;
        this.matching = matching;
        this.notifier = notifier;
        this.guard = guard;
        this.audit = audit;
    }
    final Duration hold;

    private final SecureRandom random = new SecureRandom();

    /** A pledge, and whether this answer repeats an earlier one (same Idempotency-Key). */
    public record Result(Pledge pledge, boolean replayed) { }

    @WithTransaction
    public Uni<Result> pledge(Actor donor, UUID wishId, String idempotencyKey, PledgeRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw DomainException.badParameter("Idempotency-Key", "problem.pledge.key-required");
        }
        OnExpiry onExpiry = request.onExpiry() == null ? OnExpiry.REFUND : request.onExpiry();
        String requestHash = sha256(wishId + "|" + request.amountFen() + "|" + onExpiry);
        TextRules.checkParameter("Idempotency-Key", idempotencyKey);
        // Retries with one key arrive together (a client timing out and resending): a transaction
        // lock on the donor's key makes them take turns, so the second sees the first's pledge and
        // replays it instead of colliding with it on the unique index.
        return pledges.lockIdempotencyKey(donor.subject(), idempotencyKey.trim())
                .chain(() -> pledges.byIdempotencyKey(donor.subject(), idempotencyKey.trim()).chain(earlier -> {
                    if (earlier != null) {
                        if (!earlier.requestHash.equals(requestHash)) {
                            throw DomainException.unprocessable("Idempotency-Key", "problem.pledge.key-reused");
                        }
                        return Uni.createFrom().item(new Result(earlier, true));
                    }
                    return wishes.findById(wishId, LockModeType.PESSIMISTIC_WRITE)
                            .onItem().ifNull().failWith(() -> DomainException.notFound("wish"))
                            .call(guard::requireApproved)
                            .call(latency::pause)
                            .chain(wish -> hold(donor, wish, idempotencyKey.trim(), requestHash, request.amountFen(), onExpiry))
                            .map(p -> new Result(p, false));
                }));
    }

    private Uni<Pledge> hold(Actor donor, Wish wish, String key, String requestHash, long amount, OnExpiry onExpiry) {
        Map<String, Object> before = wish.snapshot();
        wish.reserve(amount, time.now());
        Pledge p = new Pledge();
        p.id = UUID.randomUUID();
        p.wishId = wish.id;
        p.donorSubject = donor.subject();
        p.amountFen = amount;
        p.status = PledgeStatus.HELD;
        p.onExpiry = onExpiry;
        p.idempotencyKey = key;
        p.requestHash = requestHash;
        p.paymentReference = "SBX" + HexFormat.of().formatHex(randomBytes());
        p.createdAt = wish.updatedAt;
        p.holdExpiresAt = p.createdAt.plus(hold);
        return pledges.persist(p).replaceWith(p)
                .call(() -> audit.record(donor, "PLEDGE_HELD", "pledge", p.id, null,
                        Map.of("wishId", wish.id, "amountFen", amount, "status", p.status), null))
                .call(() -> before.get("status") == wish.status ? Uni.createFrom().voidItem()
                        : audit.record(donor, "WISH_FIRST_PLEDGE", "wish", wish.id, before, wish.snapshot(), null)
                                .chain(() -> notifier.notify(wish.createdBy, NotificationKind.WISH_FIRST_PLEDGE,
                                        Notifier.wish(wish.id), wish.title)));
    }

    private byte[] randomBytes() {
        byte[] b = new byte[12];
        random.nextBytes(b);
        return b;
    }

    @WithSession
    public Uni<Pledge> mine(Actor donor, UUID id) {
        return pledges.findById(id).map(p -> {
            if (p == null || !p.donorSubject.equals(donor.subject())) {
                throw DomainException.notFound("pledge");
            }
            return p;
        });
    }

    /** What the donor's receipt for a paid pledge states. */
    @WithSession
    public Uni<ReceiptRenderer.Receipt> receipt(Actor donor, UUID pledgeId) {
        return mine(donor, pledgeId).chain(p -> {
            if (p.status != PledgeStatus.PAID) {
                throw DomainException.illegalTransition("RECEIPT", p.status);
            }
            String zh = p.matchRefusal == null ? null : Messages.get(Messages.CHINESE, "match.refusal." + p.matchRefusal.name());
            String en = p.matchRefusal == null ? null : Messages.get(java.util.Locale.ENGLISH, "match.refusal." + p.matchRefusal.name());
            return wishes.findById(p.wishId).map(w -> new ReceiptRenderer.Receipt(p.id, donor.username(), w.title, w.district,
                    p.amountFen, p.matchedFen, p.paidAt, p.paymentReference, zh, en));
        });
    }

    /** Pledges of a wish still waiting for payment. */
    @WithSession
    public Uni<List<Pledge>> heldFor(UUID wishId) {
        return pledges.onWish(wishId, List.of(PledgeStatus.HELD));
    }

    @WithSession
    public Uni<List<Pledge>> allMine(Actor donor) {
        return pledges.ofDonor(donor.subject());
    }

    /** The titles of these pledges' wishes, by wish id. */
    @WithSession
    public Uni<Map<UUID, String>> titlesOf(List<Pledge> mine) {
        List<UUID> ids = mine.stream().map(p -> p.wishId).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return wishes.byIds(ids).map(ws -> ws.stream()
                .collect(java.util.stream.Collectors.toMap(w -> w.id, w -> w.title)));
    }

    /** The donor's pledge under this payment reference, when its wish may take money now (404 otherwise). */
    @WithSession
    public Uni<Pledge> payable(Actor donor, String reference) {
        return pledges.byPaymentReference(reference).call(p -> {
            if (p == null || !p.donorSubject.equals(donor.subject())) {
                throw DomainException.notFound("pledge");
            }
            return wishes.findById(p.wishId).chain(guard::requireApproved); // do not take money for a frozen wish
        });
    }

    /**
     * A verified payment notification. Posts exactly one ledger entry per payment reference:
     * a repeat finds the pledge already paid and changes nothing. A payment that arrives after its
     * hold ran out is re-reserved if the wish still needs it, otherwise kept as donor credit.
     */
    @WithTransaction
    public Uni<Pledge> confirmPayment(PaymentGateway.Notification n) {
        return pledges.byPaymentReferenceForUpdate(n.reference()).chain(p -> {
                    if (p == null) {
                        throw DomainException.notFound("pledge");
                    }
                    if (!n.succeeded() || p.status == PledgeStatus.PAID || p.status == PledgeStatus.CREDITED) {
                        return Uni.createFrom().item(p); // a repeat, or a failed attempt: nothing to post
                    }
                    if (p.status == PledgeStatus.REFUNDED || p.status == PledgeStatus.MOVED_TO_FUND) {
                        return afterSettlement(p, n);
                    }
                    if (n.amountFen() != p.amountFen) {
                        throw DomainException.unprocessable("amountFen", "problem.payment.amount");
                    }
                    return wishes.findById(p.wishId, LockModeType.PESSIMISTIC_WRITE).chain(wish -> settle(p, wish, n));
                });
    }

    /**
     * A notification for a pledge whose money was already paid and then refunded or moved to the
     * general fund (the wish expired). A gateway retries until it hears 2xx, so this is always
     * acknowledged. When the payment was posted before, it is the gateway repeating itself and
     * nothing changes; money we never booked under this reference is kept as donor credit, as a
     * late payment for a full wish is.
     */
    private Uni<Pledge> afterSettlement(Pledge p, PaymentGateway.Notification n) {
        if (n.amountFen() != p.amountFen) {
            throw DomainException.unprocessable("amountFen", "problem.payment.amount");
        }
        String ref = "payment:" + gateway.name() + ":" + n.reference();
        return ledger.posted(ref)
                .chain(posted -> {
                    if (posted) {
                        return Uni.createFrom().item(p);
                    }
                    return ledger.post(Posting.transfer("LATE_PAYMENT_CREDITED", ref, p.wishId, p.id,
                                    "认捐已结算后又到账,款项转为捐赠人余额", Accounts.clearing(gateway.name()),
                                    Accounts.donorCredit(p.donorSubject), p.amountFen))
                            .call(() -> audit.record(Actor.system(), "PLEDGE_LATE_PAYMENT_CREDITED", "pledge", p.id, null,
                                    Map.of("status", p.status, "amountFen", p.amountFen), n.notificationId()))
                            .replaceWith(p);
                });
    }

    private Uni<Pledge> settle(Pledge p, Wish wish, PaymentGateway.Notification n) {
        Actor system = Actor.system();
        String ref = "payment:" + gateway.name() + ":" + n.reference();
        Accounts.Ref clearing = Accounts.clearing(gateway.name());
        if (p.status == PledgeStatus.RELEASED) {
            if (!wish.canReserve(p.amountFen)) {
                p.status = PledgeStatus.CREDITED;
                p.paidAt = time.now();
                return ledger.post(Posting.transfer("LATE_PAYMENT_CREDITED", ref, wish.id, p.id,
                                "认捐已过期且微愿已筹满,款项转为捐赠人余额", clearing, Accounts.donorCredit(p.donorSubject), p.amountFen))
                        .call(() -> audit.record(system, "PLEDGE_CREDITED", "pledge", p.id, null,
                                Map.of("status", p.status, "amountFen", p.amountFen), n.notificationId()))
                        .replaceWith(p);
            }
            wish.reserve(p.amountFen, time.now()); // the hold ran out but the wish still needs it: take it again
        }
        Map<String, Object> before = wish.snapshot();
        p.status = PledgeStatus.PAID;
        p.paidAt = time.now();
        wish.markPaid(p.amountFen, p.paidAt);
        return ledger.post(Posting.transfer("DONATION_PAID", ref, wish.id, p.id, "认捐到账",
                        clearing, Accounts.escrow(wish.id), p.amountFen))
                .call(() -> audit.record(system, "PLEDGE_PAID", "pledge", p.id, null,
                        Map.of("status", p.status, "amountFen", p.amountFen), n.notificationId()))
                .call(() -> notifier.notify(p.donorSubject, NotificationKind.PLEDGE_PAID, Notifier.pledge(p.id),
                        org.weiyuan.common.Money.yuan(p.amountFen), wish.title))
                .chain(() -> matching.drawFor(wish, p))
                .chain(matched -> {
                    if (wish.completeIfFullyPaid()) {
                        return audit.record(system, "WISH_FUNDED", "wish", wish.id, before, wish.snapshot(), null)
                                .chain(() -> notifier.notify(wish.createdBy, NotificationKind.WISH_FUNDED, Notifier.wish(wish.id), wish.title));
                    }
                    return Uni.createFrom().voidItem();
                })
                .replaceWith(p);
    }

    /**
     * Releases holds whose time ran out. Rows are claimed with SKIP LOCKED, so several backend
     * replicas can run this at once without releasing a pledge twice.
     */
    @WithTransaction
    public Uni<Integer> releaseExpiredHolds(int batch) {
        return pledges.eachExpiredHold(time.now(), batch, this::release);
    }

    private Uni<Void> release(UUID pledgeId) {
        return pledges.findById(pledgeId).chain(p -> wishes.findById(p.wishId, LockModeType.PESSIMISTIC_WRITE).chain(wish -> {
            Map<String, Object> before = wish.snapshot();
            p.status = PledgeStatus.RELEASED;
            p.releasedAt = time.now();
            wish.releaseHold(p.amountFen, p.releasedAt);
            Actor system = Actor.system();
            return audit.record(system, "PLEDGE_RELEASED", "pledge", p.id, null, Map.of("status", p.status), null)
                    .call(() -> before.get("status") == wish.status ? Uni.createFrom().voidItem()
                            : audit.record(system, "WISH_PLEDGES_RELEASED", "wish", wish.id, before, wish.snapshot(), null));
        }));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
