package org.weiyuan.funding;

/**
 * Why a paid pledge drew no (or less) matching money (未配捐原因), recorded on the pledge and shown
 * to its donor on the pledge and the receipt. Texts: {@code match.refusal.<NAME>} in the message bundles.
 */
public enum MatchRefusal {
    /** The wish belongs to no campaign, so no pool can match it. */
    NO_CAMPAIGN,
    /** 专款专用: the campaign does not take this wish's kind or unit. */
    NOT_ACCEPTED,
    /** The household file is not approved (exited, rejected, under review). */
    HOUSEHOLD_NOT_APPROVED,
    /** Pledged faster than a person gives (e.g. more than 4 in a minute): not matched. */
    TOO_FAST,
    /** The donor already drew this campaign's per-donor matching cap. */
    DONOR_CAP_REACHED,
    /** No active pool had money left for this wish (budget, cap per wish, or the wish was full). */
    NO_POOL_LEFT
}
