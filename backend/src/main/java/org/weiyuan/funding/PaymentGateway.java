package org.weiyuan.funding;

/**
 * A payment channel. The built-in {@link SandboxGateway} stands in for real ones (UnionPay,
 * WeChat Pay), which plug in behind the same port: start a payment for a pledge, and verify the
 * gateway's asynchronous notification before anything is posted to the ledger.
 */
public interface PaymentGateway {

    String name();

    /** Where the donor goes to pay for this pledge. */
    default Session start(Pledge pledge) {
        return start(pledge.paymentReference, pledge.amountFen);
    }

    /** Where the payer goes to pay this amount under a reference the platform issued (a pledge, a pool, a contribution). */
    Session start(String reference, long amountFen);

    /** Checks the notification's signature and reads it; throws a 401 problem when it is forged. */
    Notification verify(String body, String signature);

    record Session(String gateway, String reference, String checkoutUrl) { }

    /** A gateway's word that a payment happened. */
    record Notification(String notificationId, String reference, long amountFen, String status) {
        public boolean succeeded() {
            return "SUCCESS".equals(status);
        }
    }
}
