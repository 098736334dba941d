package org.weiyuan.mutualaid;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DatabaseOutage;
import org.weiyuan.common.DomainException;
import org.weiyuan.funding.Accounts;
import org.weiyuan.funding.Ledger;
import org.weiyuan.funding.PaymentGateway;
import org.weiyuan.funding.PaymentIssuer;
import org.weiyuan.funding.Posting;
import org.weiyuan.mutualaid.MutualAidEntities.Contribution;
import org.weiyuan.mutualaid.MutualAidEntities.Member;
import org.weiyuan.mutualaid.MutualAidEntities.PayerKind;
import org.weiyuan.mutualaid.MutualAidEntities.Payment;
import org.weiyuan.mutualaid.MutualAidEntities.PaymentShare;
import org.weiyuan.mutualaid.MutualAidEntities.PaymentStatus;
import org.weiyuan.mutualaid.MutualAidEntities.Plan;
import org.weiyuan.mutualaid.MutualAidViews.PaymentStatusView;
import org.weiyuan.mutualaid.MutualAidViews.PaymentView;
import org.weiyuan.mutualaid.PlanRules.Payer;
import org.weiyuan.mutualaid.PlanRules.Share;
import org.weiyuan.security.Actor;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 缴费支付: contributions paid through the payment gateway (the sandbox stands in for real ones). A
 * member pays their own share of their tier in the app; staff of a grassroots unit pay every share
 * still due of the members they list. Only the current plan year's plan takes payments, and only for
 * its members. The gateway's notification, routed here by {@code Payments} because this service
 * issued the reference, posts one balanced entry (the plan's clearing account → the plan's fund) and
 * writes the contribution rows; a repeat, even a concurrent one, posts nothing (the payment row is
 * locked and found paid; the entry's external reference is unique besides). A payment left pending
 * longer than {@code payment-expires-after} expires (nothing posted; its shares can be paid again); if
 * the gateway confirms it late, it is booked all the same, the shares paid again meanwhile going to
 * the plan's surplus account (docs/mutual-aid.md).
 */
@ApplicationScoped
public class ContributionPaymentService implements PaymentIssuer {

    /** Contribution payments' references start with this (for people reading a statement; routing is by lookup). */
    static final String REFERENCE_PREFIX = "MA";

    private final MutualAidRepository repo;
    private final DatabaseOutage outage;
    private final PlanService plans;
    private final PaymentGateway gateway;
    private final Ledger ledger;
    private final AuditLog audit;
    private final BusinessTime time;
    private final MutualAidConfig config;
    private final MutualAidMapper mapper;
    private final SecureRandom random = new SecureRandom();

    private static final Logger LOG = Logger.getLogger(ContributionPaymentService.class);

    public ContributionPaymentService(MutualAidRepository repo, PlanService plans, PaymentGateway gateway, Ledger ledger, AuditLog audit,
                                      BusinessTime time, MutualAidConfig config, MutualAidMapper mapper, DatabaseOutage outage) {
        this.outage = outage;
        this.config = config;
        this.mapper = mapper;
        this.repo = repo;
        this.plans = plans;
        this.gateway = gateway;
        this.ledger = ledger;
        this.audit = audit;
        this.time = time;
    }

    /** The worker pays their own share for a plan they are a member of; starting again while it is pending gives the same payment. */
    @WithTransaction
    public Uni<PaymentView> startForMember(Actor worker, UUID planId) {
        return repo.plan(planId).chain(plan -> {
            if (plan == null) {
                throw DomainException.notFound("plan");
            }
            requireOpen(plan);
            return repo.memberByWorker(planId, worker.subject()).chain(member -> {
                if (member == null) {
                    throw DomainException.unprocessable("planId", "problem.mutual-aid.not-a-member");
                }
                // what is still due first: a share the unit recorded meanwhile is never offered for payment again
                return repo.recordedShares(List.of(member.id)).chain(recorded -> {
                    PlanRules rules = MutualAidMapper.rules(plan.rules);
                    List<Share> due = ContributionShares.memberDue(rules.tier(member.tier), recorded.getOrDefault(member.id, Set.of()));
                    requireSomethingDue(!due.isEmpty());
                    // a pending payment about to expire is not handed out again: a new one is started
                    Instant fresh = time.now().minus(config.paymentExpiresAfter());
                    return repo.pendingMemberPayment(member.id, worker.subject(), fresh).chain(pending -> pending != null
                            ? Uni.createFrom().item(view(pending, 1))
                            : start(worker, plan, PayerKind.MEMBER, Map.of(member.id, due)));
                });
            });
        });
    }

    /** Staff of the plan's subtree pay, as the unit, every share still due of the listed members. */
    @WithTransaction
    public Uni<PaymentView> startForUnit(Actor staff, UUID planId, List<UUID> memberIds) {
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(memberIds));
        return plans.planInScope(staff, planId).chain(plan -> {
            requireOpen(plan);
            return repo.membersOf(planId, ids).chain(found -> {
                EnrolmentService.requireAll(ids, found, "problem.mutual-aid.not-a-member-id");
                return repo.recordedShares(ids).chain(recorded -> {
                    PlanRules rules = MutualAidMapper.rules(plan.rules);
                    Map<UUID, List<Share>> shares = new LinkedHashMap<>();
                    for (Member m : found) {
                        List<Share> due = ContributionShares.due(rules.tier(m.tier), recorded.getOrDefault(m.id, Set.of()));
                        if (!due.isEmpty()) {
                            shares.put(m.id, due);
                        }
                    }
                    requireSomethingDue(!shares.isEmpty());
                    return start(staff, plan, PayerKind.UNIT, shares);
                });
            });
        });
    }

    /**
     * 缴费状态: the payment and the shares it covers, for the one who started it (the paying worker, or the
     * staff member who paid as the unit) or staff of the plan's subtree; anyone else gets 404.
     */
    @WithSession
    public Uni<PaymentStatusView> status(Actor caller, UUID paymentId) {
        return repo.payment(paymentId).chain(p -> {
            if (p == null) {
                throw DomainException.notFound("payment");
            }
            Uni<?> allowed = p.startedBy.equals(caller.subject()) ? Uni.createFrom().item(p)
                    : caller.isStaff() ? plans.planInScope(caller, p.planId)
                    : Uni.createFrom().failure(DomainException.notFound("payment"));
            return allowed.chain(x -> repo.sharesOf(p.id))
                    .map(shares -> mapper.toView(p, shares.stream().map(mapper::toView).toList()));
        });
    }

    @Scheduled(every = "${weiyuan.mutual-aid.payment-expiry-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduledExpiry() {
        return outage.backgroundRound(expireDue(100).invoke(n -> {
            if (n > 0) {
                LOG.infof("Expired %d mutual-aid payments left pending", n);
            }
        }), LOG, "Expiring mutual-aid payments failed; will retry");
    }

    /**
     * Expires up to {@code batch} gateway payments pending for longer than {@code payment-expires-after}: no
     * ledger entry (nothing was received), and their shares are due again, so the member or the unit can pay
     * them with a new payment. Each is audited.
     */
    @WithTransaction
    public Uni<Integer> expireDue(int batch) {
        Instant now = time.now();
        return repo.expirePending(now.minus(config.paymentExpiresAfter()), now, batch).call(ids -> {
            Uni<Void> done = Uni.createFrom().voidItem();
            for (UUID id : ids) {
                done = done.chain(() -> audit.record(Actor.system(), "MUTUAL_AID_PAYMENT_EXPIRED", "mutual_aid_payment", id, null,
                        Map.of("expiresAfter", config.paymentExpiresAfter().toString()), null));
            }
            return done;
        }).map(List::size);
    }

    /** Every share recorded already (by the unit, or by a payment): nothing is due, a 409 {@code already-paid}. */
    private static void requireSomethingDue(boolean somethingDue) {
        if (!somethingDue) {
            throw DomainException.conflict("problem.mutual-aid.already-paid");
        }
    }

    /** Whether this share of the payment is recorded as a contribution already. */
    private static boolean isRecorded(PaymentShare s, Map<UUID, Set<Payer>> recorded) {
        return recorded.getOrDefault(s.memberId, Set.of()).contains(s.payer);
    }

    /** Payments are taken for the current plan year's plan only: a past year's is closed, a later year's not open yet. */
    private void requireOpen(Plan plan) {
        int year = time.year();
        if (plan.planYear != year) {
            throw DomainException.unprocessable("planId", "problem.mutual-aid.plan-not-payable", String.valueOf(plan.planYear), String.valueOf(year));
        }
    }

    private Uni<PaymentView> start(Actor payer, Plan plan, PayerKind kind, Map<UUID, List<Share>> shares) {
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.planId = plan.id;
        byte[] b = new byte[12];
        random.nextBytes(b);
        p.reference = REFERENCE_PREFIX + HexFormat.of().formatHex(b);
        p.gateway = gateway.name();
        p.payerKind = kind;
        p.startedBy = payer.subject();
        p.status = PaymentStatus.PENDING;
        p.createdAt = time.now();
        List<Object> rows = new ArrayList<>();
        rows.add(p);
        long total = 0;
        for (Map.Entry<UUID, List<Share>> e : shares.entrySet()) {
            for (Share s : e.getValue()) {
                PaymentShare row = new PaymentShare();
                row.paymentId = p.id;
                row.memberId = e.getKey();
                row.payer = s.payer();
                row.amountFen = s.fen();
                rows.add(row);
                total = Math.addExact(total, s.fen());
            }
        }
        p.amountFen = total;
        return repo.persistAll(rows)
                .call(() -> audit.record(payer, "MUTUAL_AID_PAYMENT_STARTED", "mutual_aid_plan", plan.id, null,
                        Map.of("paymentId", p.id, "payerKind", kind, "members", shares.size(), "amountFen", p.amountFen), p.reference))
                .map(x -> view(p, shares.size()));
    }

    private PaymentView view(Payment p, int members) {
        PaymentGateway.Session session = p.status == PaymentStatus.PENDING ? gateway.start(p.reference, p.amountFen) : null;
        return new PaymentView(p.id, p.planId, p.reference, p.payerKind, p.amountFen, members, p.status,
                session == null ? null : session.checkoutUrl(), p.createdAt);
    }

    @Override
    @WithSession
    public Uni<Long> payable(Actor payer, String reference) {
        return repo.paymentByReference(reference).chain(p -> {
            if (p == null) {
                return Uni.createFrom().nullItem();
            }
            if (!p.startedBy.equals(payer.subject())) {
                throw DomainException.notFound("payment");
            }
            requireSomethingDue(p.status != PaymentStatus.PAID);
            if (p.status == PaymentStatus.EXPIRED) {
                throw DomainException.conflict("problem.mutual-aid.payment-expired");
            }
            // nothing is taken for shares all recorded another way since the payment was started
            return repo.sharesOf(p.id).chain(shares -> repo.recordedShares(shares.stream().map(s -> s.memberId).distinct().toList())
                    .map(recorded -> {
                        requireSomethingDue(shares.stream().anyMatch(s -> !isRecorded(s, recorded)));
                        return p.amountFen;
                    }));
        });
    }

    @Override
    @WithTransaction
    public Uni<String> confirm(PaymentGateway.Notification n) {
        return repo.paymentByReferenceForUpdate(n.reference()).chain(p -> {
            if (p == null) {
                return Uni.createFrom().nullItem();
            }
            if (!n.succeeded() || p.status == PaymentStatus.PAID) {
                return Uni.createFrom().item(p.status.name()); // a repeat, or a failed attempt: nothing to post
            }
            // an EXPIRED payment confirmed late is booked like a pending one: the gateway took the money, so it is
            // recorded; what was paid again meanwhile (another payment, or the unit) is surplus, never a second contribution
            if (n.amountFen() != p.amountFen) {
                throw DomainException.unprocessable("amountFen", "problem.payment.amount");
            }
            // the plan's lock, as the unit's own recording takes it: what was recorded meanwhile is read after it, never raced
            return repo.lockPlan(p.planId).chain(plan -> repo.sharesOf(p.id))
                    .chain(shares -> repo.recordedShares(shares.stream().map(s -> s.memberId).distinct().toList())
                    .chain(recorded -> post(p, n, shares, recorded)));
        });
    }

    /** Books the payment once: the shares still due become contributions; any recorded meanwhile another way are kept apart as surplus. */
    private Uni<String> post(Payment p, PaymentGateway.Notification n, List<PaymentShare> shares, Map<UUID, Set<Payer>> recorded) {
        List<PaymentShare> due = new ArrayList<>();
        long surplus = 0;
        for (PaymentShare s : shares) {
            if (isRecorded(s, recorded)) {
                surplus = Math.addExact(surplus, s.amountFen);
            } else {
                due.add(s);
            }
        }
        long toFund = p.amountFen - surplus;
        List<Posting.Line> lines = new ArrayList<>();
        // the gateway settles into the plan's 专户, from which claims are paid
        lines.add(Posting.Line.debit(Accounts.mutualAidBank(p.planId), p.amountFen));
        if (toFund > 0) {
            lines.add(Posting.Line.credit(Accounts.mutualAidFund(p.planId), toFund));
        }
        if (surplus > 0) {
            lines.add(Posting.Line.credit(Accounts.mutualAidSurplus(p.planId), surplus));
        }
        Posting posting = new Posting("MUTUAL_AID_CONTRIBUTION_PAID", "payment:" + p.gateway + ":" + p.reference, null, null,
                "互助会费到账 " + p.payerKind, lines);
        Instant now = time.now();
        long surplusFen = surplus;
        boolean late = p.status == PaymentStatus.EXPIRED;
        return ledger.post(posting).chain(entry -> {
            List<Contribution> rows = new ArrayList<>();
            for (PaymentShare s : due) {
                rows.add(EnrolmentService.contribution(p.planId, s.memberId, new Share(s.payer, s.amountFen), entry.id, p.startedBy, now));
            }
            p.status = PaymentStatus.PAID;
            p.entryId = entry.id;
            p.paidAt = now;
            p.notificationId = n.notificationId();
            p.surplusFen = surplusFen;
            return repo.persistAll(rows)
                    .call(() -> audit.record(Actor.system(), "MUTUAL_AID_PAYMENT_RECEIVED", "mutual_aid_plan", p.planId, null,
                            Map.of("paymentId", p.id, "amountFen", p.amountFen, "surplusFen", surplusFen, "entryId", entry.id,
                                    "afterExpiry", late),
                            n.notificationId()))
                    .map(x -> p.status.name());
        });
    }
}
