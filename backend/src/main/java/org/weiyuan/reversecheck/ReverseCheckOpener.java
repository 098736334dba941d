package org.weiyuan.reversecheck;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.ReverseCheck;
import org.weiyuan.household.ReverseCheckService;
import org.weiyuan.household.ReverseCheckService.PaymentOrigin;
import org.weiyuan.reversecheck.ReverseCheckViews.ReverseCheckRequest;
import org.weiyuan.security.Actor;

/**
 * 倒查 from a payment, in one call: finds the file the payment went to (a union-aid line names its
 * household; a disbursement its wish, and the wish its household) and opens a re-check on it
 * ({@link ReverseCheckService}: scope, state, audit). A payment that does not exist, or is not paid, is 404 / 409.
 */
@ApplicationScoped
public class ReverseCheckOpener {

    private final PaymentRepository payments;
    private final ReverseCheckService checks;

    ReverseCheckOpener(PaymentRepository payments, ReverseCheckService checks) {
        this.payments = payments;
        this.checks = checks;
    }

    @WithTransaction
    public Uni<ReverseCheck> open(Actor staff, ReverseCheckRequest r) {
        return origin(r).chain(origin -> checks.open(staff, origin, r.note()));
    }

    private Uni<PaymentOrigin> origin(ReverseCheckRequest r) {
        return switch (r.paymentKind()) {
            case UNION_AID -> payments.aidLine(r.paymentId()).onItem().ifNull().failWith(() -> DomainException.notFound("payment"))
                    .map(line -> {
                        ReverseCheckRules.requirePaid(line.status);
                        return new PaymentOrigin(r.paymentKind(), line.id, line.householdId, line.amountFen, line.paidAt);
                    });
            case WISH_DISBURSEMENT -> payments.disbursement(r.paymentId())
                    .onItem().ifNull().failWith(() -> DomainException.notFound("payment"))
                    .chain(d -> {
                        ReverseCheckRules.requirePaid(d.status);
                        return payments.wish(d.wishId).map(w -> new PaymentOrigin(r.paymentKind(), d.id, w.householdId, d.amountFen,
                                d.approvedAt));
                    });
        };
    }
}
