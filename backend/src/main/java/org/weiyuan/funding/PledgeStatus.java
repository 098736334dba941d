package org.weiyuan.funding;

/** A pledge (认捐) from hold to outcome. */
public enum PledgeStatus {
    /** Counted against the wish's target while the donor pays; released if not paid in time. */
    HELD,
    /** Payment confirmed by the gateway; the money sits in the wish's escrow account. */
    PAID,
    /** The hold ran out before payment. */
    RELEASED,
    /** Paid after its hold ran out when the wish no longer needed it: the money is kept as donor credit. */
    CREDITED,
    /** The wish expired; the donor chose a refund, and it was paid back. */
    REFUNDED,
    /** The wish expired; the donor chose to move the money to the campaign's general fund. */
    MOVED_TO_FUND
}
