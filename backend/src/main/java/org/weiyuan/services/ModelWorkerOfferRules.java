package org.weiyuan.services;

import org.weiyuan.modelworker.ModelWorkerPolicy.HonourLevel;
import org.weiyuan.services.ServiceEntities.Eligibility;

/**
 * 劳模优惠 (seed 004, "八分八有": partner providers give model workers 10–20% off): an offer may be
 * for model workers of at least one honour level, with a list price and a discount as data — a
 * percentage or a fixed amount in fen. Plain Java, tested without a container.
 */
public final class ModelWorkerOfferRules {

    private ModelWorkerOfferRules() { }

    /** A refusal of an offer's terms: the request field and the message key. */
    public record Refusal(String field, String key) { }

    /**
     * Why the terms of a new offer do not fit, or null: a model-worker offer names its honour level, its
     * list price and one discount; another offer names no level; never both a percentage and a fixed
     * amount; a fixed amount needs the price and stays within it.
     */
    public static Refusal refusal(Eligibility eligibility, HonourLevel level, Long priceFen, Integer discountPct, Long discountFen) {
        boolean forModelWorkers = eligibility == Eligibility.MODEL_WORKER;
        if (forModelWorkers && level == null) {
            return new Refusal("modelWorkerLevel", "problem.services.model-worker-level-needed");
        }
        if (!forModelWorkers && level != null) {
            return new Refusal("modelWorkerLevel", "problem.services.model-worker-level-only");
        }
        if (discountPct != null && discountFen != null) {
            return new Refusal("discountFen", "problem.services.one-discount");
        }
        if (forModelWorkers && priceFen == null) {
            return new Refusal("priceFen", "problem.services.price-needed");
        }
        if (forModelWorkers && discountPct == null && discountFen == null) {
            return new Refusal("discountPct", "problem.services.discount-needed");
        }
        if (discountFen != null && (priceFen == null || discountFen > priceFen)) {
            return new Refusal("discountFen", "problem.services.discount-above-price");
        }
        return null;
    }

    /** Whether a model worker whose highest honour is {@code holder} may use an offer for {@code required} and above. */
    public static boolean qualifies(HonourLevel holder, HonourLevel required) {
        return holder != null && required != null && holder.ordinal() <= required.ordinal(); // NATIONAL first
    }

    /**
     * The discount on {@code priceFen}, in fen: a percentage rounds down to the fen (the provider keeps
     * the fraction, so the discount never exceeds what was promised); a fixed amount is capped at the price.
     */
    public static long discountFen(long priceFen, Integer discountPct, Long discountFen) {
        if (priceFen <= 0) {
            throw new IllegalArgumentException("a price is positive");
        }
        if (discountPct != null) {
            if (discountPct < 1 || discountPct > 100) {
                throw new IllegalArgumentException("a percentage is 1–100");
            }
            return Math.multiplyExact(priceFen, (long) discountPct) / 100;
        }
        return discountFen == null ? 0 : Math.min(discountFen, priceFen);
    }
}
