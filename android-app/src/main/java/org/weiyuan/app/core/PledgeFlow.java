package org.weiyuan.app.core;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The pledge screen's steps (认捐 → 支付 → 到账), without Android types. The idempotency key is made
 * once per amount chosen, so a retry after a lost answer never pledges twice.
 */
public final class PledgeFlow {

    public enum Step { CHOOSING, PLEDGING, PAYING, WAITING_FOR_PAYMENT, PAID, FAILED }

    /** Amounts offered as buttons (fen): 10, 50, 100 and 500 yuan where the wish still needs that much. */
    static final long[] PRESETS = {1_000, 5_000, 10_000, 50_000};

    private final long remainingFen;
    private long amountFen;
    private String idempotencyKey;
    private Step step = Step.CHOOSING;
    private String message;
    private String pledgeId;
    private String paymentReference;
    private String onExpiry = REFUND;

    /** What happens to the gift if the wish does not fill by its deadline (the pledge API's {@code onExpiry}). */
    public static final String REFUND = "REFUND";
    public static final String MOVE_TO_GENERAL_FUND = "MOVE_TO_GENERAL_FUND";

    public PledgeFlow(long remainingFen) {
        this.remainingFen = remainingFen;
    }

    /** What must outlive the screen (rotation, the process being killed): the amount, its key, the pledge and the step. */
    public static final class Saved {
        public final long amountFen;
        public final String idempotencyKey;
        public final String step;
        public final String pledgeId;
        public final String paymentReference;
        public final String message;
        public final String onExpiry;

        public Saved(long amountFen, String idempotencyKey, String step, String pledgeId, String paymentReference, String message) {
            this(amountFen, idempotencyKey, step, pledgeId, paymentReference, message, REFUND);
        }

        public Saved(long amountFen, String idempotencyKey, String step, String pledgeId, String paymentReference, String message,
                     String onExpiry) {
            this.onExpiry = onExpiry == null ? REFUND : onExpiry;
            this.amountFen = amountFen;
            this.idempotencyKey = idempotencyKey;
            this.step = step;
            this.pledgeId = pledgeId;
            this.paymentReference = paymentReference;
            this.message = message;
        }
    }

    public Saved save() {
        return new Saved(amountFen, idempotencyKey, step.name(), pledgeId, paymentReference, message, onExpiry);
    }

    /**
     * The flow as it was before the screen went away, on a wish that now has {@code remainingFen}
     * left. A pledge the server has (an id) keeps going even if the wish has since filled; an amount
     * chosen but not yet pledged keeps its key, so sending it again cannot pledge twice.
     */
    public static PledgeFlow restore(Saved saved, long remainingFen) {
        PledgeFlow flow = new PledgeFlow(remainingFen);
        if (saved == null) {
            return flow;
        }
        flow.onExpiry = saved.onExpiry;
        if (saved.amountFen <= 0) {
            return flow;
        }
        flow.amountFen = saved.amountFen;
        flow.idempotencyKey = saved.idempotencyKey;
        flow.pledgeId = saved.pledgeId;
        flow.paymentReference = saved.paymentReference;
        flow.message = saved.message;
        flow.step = saved.step == null ? Step.CHOOSING : Step.valueOf(saved.step);
        return flow;
    }

    /** Whether a pledge was on its way when the screen went away: the screen picks it up where it stopped. */
    public boolean inFlight() {
        return step == Step.PLEDGING || step == Step.PAYING || step == Step.WAITING_FOR_PAYMENT;
    }

    /** The preset amounts below what is left, then exactly what is left (完成心愿). */
    public List<Long> choices() {
        List<Long> choices = new ArrayList<>();
        for (long p : PRESETS) {
            if (p < remainingFen) {
                choices.add(p);
            }
        }
        if (remainingFen > 0) {
            choices.add(remainingFen);
        }
        return choices;
    }

    public void choose(long fen) {
        if (fen <= 0 || fen > remainingFen) {
            throw new IllegalArgumentException("amount out of range: " + fen);
        }
        if (fen != amountFen) {
            amountFen = fen;
            idempotencyKey = UUID.randomUUID().toString();
        }
        step = Step.CHOOSING;
        message = null;
    }

    /** Why an amount the donor typed cannot be pledged. */
    public enum AmountProblem { EMPTY, NOT_AN_AMOUNT, FINER_THAN_A_FEN, NOT_POSITIVE, MORE_THAN_LEFT }

    /**
     * An amount the donor typed (yuan, "88.8"): its fen, or the problem — not a number or finer
     * than a fen, zero or less, more than the wish still needs. Chosen only when it has no problem.
     */
    public AmountProblem chooseTyped(String yuan) {
        if (yuan == null || yuan.trim().isEmpty()) {
            return AmountProblem.EMPTY;
        }
        String typed = yuan.trim();
        if (!typed.matches("-?[0-9]+(\\.[0-9]*)?|-?\\.[0-9]+")) {
            return AmountProblem.NOT_AN_AMOUNT; // no exponents, signs or separators: what a phone's number pad gives
        }
        long fen = WishDraft.fen(typed);
        if (fen == -1 && !typed.startsWith("-")) {
            return AmountProblem.FINER_THAN_A_FEN; // more than two decimals
        }
        if (fen <= 0) {
            return AmountProblem.NOT_POSITIVE;
        }
        if (fen > remainingFen) {
            return AmountProblem.MORE_THAN_LEFT;
        }
        choose(fen);
        return null;
    }

    /**
     * Refund or move to the fund if the wish does not fill. The choice is part of the pledge the key
     * names (the server refuses a key sent again with another choice), so a change makes a new key.
     */
    public void chooseOnExpiry(String choice) {
        if (!REFUND.equals(choice) && !MOVE_TO_GENERAL_FUND.equals(choice)) {
            throw new IllegalArgumentException("onExpiry: " + choice);
        }
        if (choice.equals(onExpiry) || !(step == Step.CHOOSING || step == Step.FAILED)) {
            return;
        }
        onExpiry = choice;
        if (amountFen > 0) {
            idempotencyKey = UUID.randomUUID().toString();
        }
    }

    public String onExpiry() {
        return onExpiry;
    }

    public long remainingFen() {
        return remainingFen;
    }

    public void pledging() {
        step = Step.PLEDGING;
    }

    public void pledged(String id, String reference) {
        pledgeId = id;
        paymentReference = reference;
        step = Step.PAYING;
    }

    public void paymentStarted() {
        step = Step.WAITING_FOR_PAYMENT;
    }

    public void paid() {
        step = Step.PAID;
    }

    /** The server refused (e.g. someone else gave the last yuan first): its detail, and the user may choose again. */
    public void failed(String detail) {
        step = Step.FAILED;
        message = detail;
    }

    public boolean canPledge() {
        return amountFen > 0 && (step == Step.CHOOSING || step == Step.FAILED);
    }

    public long amountFen() {
        return amountFen;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Step step() {
        return step;
    }

    public String message() {
        return message;
    }

    public String pledgeId() {
        return pledgeId;
    }

    public String paymentReference() {
        return paymentReference;
    }
}
