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

    public PledgeFlow(long remainingFen) {
        this.remainingFen = remainingFen;
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
