package org.weiyuan.unionaid;

/**
 * The rules of union-paid aid money (工会帮扶资金): where a fund's money comes from, what it may be
 * spent on (专款专用: an aid list draws only on a fund of its own purpose), and how much of it is
 * still free once approved lists have claimed their part. Plain Java, tested without a container.
 */
public final class FundRules {

    /** Where a fund's money comes from (the sources the articles name). */
    public enum Source {
        /** 上级工会下拨 */ ALLOCATED,
        /** 本级经费预算 */ OWN_BUDGET,
        /** 企业捐助 */ ENTERPRISE,
        /** 社会捐赠 */ DONATION
    }

    /** What a fund may pay for; an aid list names one purpose and draws on a fund of that purpose only. */
    public enum Purpose {
        /** 两节送温暖 (元旦、春节) */ FESTIVAL,
        /** 生活救助 */ LIVING,
        /** 医疗救助 */ MEDICAL,
        /** 金秋助学 */ SCHOLARSHIP,
        /** 其他节日慰问 (五一、重阳) */ CONDOLENCE
    }

    private FundRules() { }

    /** 专款专用: money leaves a fund only for the purpose it was given for. */
    public static boolean earmarkAllows(Purpose fundPurpose, Purpose listPurpose) {
        return fundPurpose != null && fundPurpose == listPurpose;
    }

    /** What a fund may still promise: its balance less what approved, unpaid lists already claim (never below zero). */
    public static long available(long balanceFen, long committedFen) {
        if (balanceFen < 0 || committedFen < 0) {
            throw new IllegalArgumentException("balance and commitments are never negative");
        }
        return Math.max(0, balanceFen - committedFen);
    }

    /**
     * What a fund may still promise once prepared transfers out of it (资金划转 waiting for their second
     * staff member) are held back too: a prepared transfer claims its amount from the moment it is
     * prepared until it is approved (then the balance falls) or rejected (then it is free again).
     */
    public static long available(long balanceFen, long committedFen, long preparedOutFen) {
        if (preparedOutFen < 0) {
            throw new IllegalArgumentException("prepared transfers are never negative");
        }
        return available(balanceFen, Math.addExact(committedFen, preparedOutFen));
    }

    /**
     * A fund's figures as read together under its lock: the ledger balance, what approved unpaid lists
     * claim, and what transfers prepared out of it and not yet decided hold back.
     */
    public record Figures(long balanceFen, long committedFen, long preparedOutFen) {

        public long availableFen() {
            return available(balanceFen, committedFen, preparedOutFen);
        }

        /** Whether {@code amountFen} (a list's total, a transfer) fits in what is still available. */
        public boolean covers(long amountFen) {
            return amountFen > 0 && amountFen <= availableFen();
        }

        /** The figures without one prepared transfer's own hold (its approval draws what it held). */
        public Figures releasing(long preparedFen) {
            if (preparedFen < 0 || preparedFen > preparedOutFen) {
                throw new IllegalArgumentException("only a transfer held on the fund can be released");
            }
            return new Figures(balanceFen, committedFen, preparedOutFen - preparedFen);
        }
    }

    /** A goods line names the goods; a cash line may not (its amount is the aid). Returns the cleaned text or null. */
    public static String goods(String goods) {
        return goods == null || goods.isBlank() ? null : goods.strip();
    }

    /**
     * 资金划转: money moves only between two different funds of the same purpose, so it keeps its
     * earmark as it moves. Returns the message key of the refusal, or null when the transfer fits.
     */
    public static String transferRefusal(java.util.UUID from, Purpose fromPurpose, java.util.UUID to, Purpose toPurpose) {
        if (from.equals(to)) {
            return "problem.union-aid.transfer-same-fund";
        }
        return earmarkAllows(fromPurpose, toPurpose) ? null : "problem.union-aid.transfer-earmark";
    }

    /**
     * The unit whose staff may approve a transfer between funds of units at {@code pathA} and
     * {@code pathB}: the deepest unit holding both in its subtree (the approver's subtree must hold
     * both funds). Paths are {@code /root-id/…/own-id/}; returns the id of the last shared segment.
     */
    public static java.util.UUID approvingUnit(String pathA, String pathB) {
        String[] a = pathA.split("/");
        String[] b = pathB.split("/");
        String shared = null;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                break;
            }
            if (!a[i].isEmpty()) {
                shared = a[i];
            }
        }
        if (shared == null) {
            throw new IllegalArgumentException("two units of one union tree share its root");
        }
        return java.util.UUID.fromString(shared);
    }
}
