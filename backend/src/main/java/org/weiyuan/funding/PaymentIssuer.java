package org.weiyuan.funding;

import io.smallrye.mutiny.Uni;
import org.weiyuan.security.Actor;

/**
 * Something besides pledges and matching pools that issues payment references (a mutual-aid
 * contribution). {@link Payments} asks every issuer before pledges and pools, so funding never
 * depends on the features that take payments through its gateways.
 */
public interface PaymentIssuer {

    /**
     * The amount {@code payer} pays under this reference, or null when this issuer did not issue it;
     * a 404 problem when it did but the payer is not the one who started the payment, a 409 when it is paid.
     */
    Uni<Long> payable(Actor payer, String reference);

    /**
     * A verified notification: null when this issuer did not issue the reference, otherwise the
     * payment's status after posting it exactly once (a repeat posts nothing).
     */
    Uni<String> confirm(PaymentGateway.Notification notification);
}
