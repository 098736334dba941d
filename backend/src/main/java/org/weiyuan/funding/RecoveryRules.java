package org.weiyuan.funding;

import org.weiyuan.common.DomainException;

/** 追回 as plain arithmetic in fen: what may be put under recovery, and what an instalment may be. */
public final class RecoveryRules {

    private RecoveryRules() { }

    /** A recovery claims at most what was handed over on the wish, less what other recoveries claim. */
    public static void checkAmount(long amountFen, long disbursedFen, long alreadyClaimedFen) {
        long open = disbursedFen - alreadyClaimedFen;
        if (amountFen <= 0 || amountFen > open) {
            throw DomainException.unprocessable("amountFen", "problem.recovery.too-much", Math.max(0, open));
        }
    }

    /** An instalment is positive and no more than is still owed. */
    public static void checkInstalment(long amountFen, long owedFen, long receivedFen) {
        long left = owedFen - receivedFen;
        if (left <= 0) {
            throw DomainException.conflict("problem.recovery.settled");
        }
        if (amountFen <= 0 || amountFen > left) {
            throw DomainException.unprocessable("amountFen", "problem.recovery.instalment", left);
        }
    }
}
