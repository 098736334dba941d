package org.weiyuan.funding;

import org.weiyuan.common.DomainException;

/**
 * 撤销追回的退款 as plain arithmetic in fen: what a cancelled recovery may take from its fund now
 * (never more than the fund holds: money is never overdrawn), where its refund stands, and what a
 * payout may be.
 */
public final class RefundRules {

    private RefundRules() { }

    /** What may be booked from the fund now: what is still unbooked, at most what the fund holds, never negative. */
    public static long bookable(long fundBalanceFen, long owedFen, long bookedFen) {
        return Math.max(0, Math.min(fundBalanceFen, owedFen - bookedFen));
    }

    /** The refund's state from its amounts; null when nothing is owed. */
    public static Recovery.RefundStatus status(long owedFen, long bookedFen, long paidFen) {
        if (owedFen == 0) {
            return null;
        }
        if (paidFen == owedFen) {
            return Recovery.RefundStatus.PAID;
        }
        return bookedFen < owedFen ? Recovery.RefundStatus.AWAITING_FUNDS : Recovery.RefundStatus.PAYABLE;
    }

    /**
     * A recorded payout is positive and at most what is owed and neither paid nor already recorded in
     * another payout waiting for approval (422 on {@code amountFen}); 409 when nothing is owed any more.
     */
    public static void checkPayout(long amountFen, long owedFen, long paidFen, long pendingFen) {
        long open = owedFen - paidFen - pendingFen;
        if (owedFen == 0 || owedFen == paidFen) {
            throw DomainException.conflict("problem.refund.nothing-owed");
        }
        if (amountFen <= 0 || amountFen > open) {
            throw DomainException.unprocessable("amountFen", "problem.refund.amount", Math.max(0, open));
        }
    }

    /** An approved payout is paid from what is booked and not yet paid; the rest waits for the fund (409). */
    public static void checkPayable(long amountFen, long bookedFen, long paidFen) {
        if (amountFen > bookedFen - paidFen) {
            throw DomainException.conflict("problem.refund.awaiting-funds", bookedFen - paidFen);
        }
    }
}
