package org.weiyuan.funding;

import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DomainException;
import org.weiyuan.funding.FundingViews.PaymentAccepted;
import org.weiyuan.funding.FundingViews.PaymentNoticeAnswer;
import org.weiyuan.security.Actor;

import java.util.List;

/**
 * Payments in and out of the gateways (支付): a gateway's notification is verified by that gateway
 * (chosen by name through {@link PaymentGateways}) and handed to whoever issued the reference, a
 * pledge, a matching pool or another {@link PaymentIssuer} (a mutual-aid contribution).
 */
@ApplicationScoped
public class Payments {

    private final PaymentGateways gateways;
    private final SandboxGateway sandbox;
    private final PledgeService pledges;
    private final MatchingService matching;
    private final List<PaymentIssuer> issuers;

    Payments(PaymentGateways gateways, SandboxGateway sandbox, PledgeService pledges, MatchingService matching,
             @All List<PaymentIssuer> issuers) {
        this.issuers = List.copyOf(issuers);
        this.gateways = gateways;
        this.sandbox = sandbox;
        this.pledges = pledges;
        this.matching = matching;
    }

    /**
     * The donor (or a pool's sponsor) pays on the sandbox checkout; the sandbox notifies us
     * asynchronously. Whoever issued the reference is looked up, not guessed from its spelling.
     */
    public Uni<PaymentAccepted> payInSandbox(Actor payer, String reference) {
        return payableElsewhere(payer, reference, 0).chain(amount -> {
            if (amount != null) {
                sandbox.completePayment(reference, amount);
                return Uni.createFrom().item(new PaymentAccepted(reference, "PROCESSING"));
            }
            return payPledgeOrPool(payer, reference);
        });
    }

    /** The amount another issuer (from the i-th on) says is due under this reference, or null when none issued it. */
    private Uni<Long> payableElsewhere(Actor payer, String reference, int i) {
        if (i == issuers.size()) {
            return Uni.createFrom().nullItem();
        }
        return issuers.get(i).payable(payer, reference)
                .chain(amount -> amount != null ? Uni.createFrom().item(amount) : payableElsewhere(payer, reference, i + 1));
    }

    /** The status another issuer gives after posting the notification (from the i-th on), or null when none issued it. */
    private Uni<String> confirmedElsewhere(PaymentGateway.Notification n, int i) {
        if (i == issuers.size()) {
            return Uni.createFrom().nullItem();
        }
        return issuers.get(i).confirm(n).chain(status -> status != null ? Uni.createFrom().item(status) : confirmedElsewhere(n, i + 1));
    }

    private Uni<PaymentAccepted> payPledgeOrPool(Actor payer, String reference) {
        Uni<?> paying = matching.byReference(reference).chain(pool -> {
            if (pool == null) {
                return pledges.payable(payer, reference).invoke(p -> sandbox.completePayment(p.paymentReference, p.amountFen));
            }
            if (!pool.sponsorSubject.equals(payer.subject())) {
                throw DomainException.notFound("pool");
            }
            sandbox.completePayment(pool.paymentReference, pool.budgetFen);
            return Uni.createFrom().item(pool);
        });
        return paying.map(x -> new PaymentAccepted(reference, "PROCESSING"));
    }

    /** A gateway's signed notification: verified by that gateway, then posted once, to the pool or pledge that issued it. */
    public Uni<PaymentNoticeAnswer> receive(String gatewayName, String body, String signature) {
        PaymentGateway.Notification n = gateways.named(gatewayName).verify(body, signature);
        return confirmedElsewhere(n, 0).chain(status -> status != null
                ? Uni.createFrom().item(new PaymentNoticeAnswer("OK", null, null))
                : pledgeOrPool(n));
    }

    private Uni<PaymentNoticeAnswer> pledgeOrPool(PaymentGateway.Notification n) {
        return matching.byReference(n.reference()).chain(pool -> pool != null
                ? matching.confirmFunding(n).map(p -> new PaymentNoticeAnswer("OK", null, p.status.name()))
                : pledges.confirmPayment(n).map(p -> new PaymentNoticeAnswer("OK", p.status.name(), null)));
    }
}
