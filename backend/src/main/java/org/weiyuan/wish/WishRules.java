package org.weiyuan.wish;

import org.weiyuan.common.DomainException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Rules for what a worker may ask for, free of any framework: limits per kind and per household,
 * deadlines, the target of a goods wish, and 金秋助学 eligibility.
 */
public final class WishRules {

    /** @param maxTargetFen per kind name; a kind missing here has no limit other than its own rule */
    public record Limits(int maxOpenPerHousehold, Map<String, Long> maxTargetFen, int maxDeadlineDays) { }

    /** An item as asked for: name, quantity, unit price in fen. */
    public record Item(String name, int quantity, long unitPriceFen) { }

    private WishRules() { }

    /** 409 when the wish takes no pledges, or when the amount is more than it still needs (offering the remainder). */
    public static void checkPledge(WishStatus status, long pledgedFen, long targetFen, long amountFen) {
        if (!WishStatus.FUNDABLE.contains(status)) {
            throw DomainException.illegalTransition("PLEDGE", status);
        }
        long remaining = targetFen - pledgedFen;
        if (amountFen > remaining) {
            throw DomainException.remainderExceeded(remaining);
        }
    }

    /** Whether a pledge fits: the wish takes pledges and still needs that much. */
    public static boolean pledgeFits(WishStatus status, long pledgedFen, long targetFen, long amountFen) {
        return WishStatus.FUNDABLE.contains(status) && amountFen <= targetFen - pledgedFen;
    }

    /** A goods wish's target is the sum of its items, never a number the worker types. */
    public static long goodsTarget(List<Item> items) {
        if (items == null || items.isEmpty()) {
            throw DomainException.unprocessable("items", "problem.wish.items-required");
        }
        long total = 0;
        for (Item i : items) {
            total = Math.addExact(total, Math.multiplyExact(i.unitPriceFen(), (long) i.quantity()));
        }
        return total;
    }

    public static void checkTarget(WishKind kind, long targetFen, Limits limits) {
        Long max = limits.maxTargetFen().get(kind.name());
        if (max != null && targetFen > max) {
            throw DomainException.unprocessable("targetFen", "problem.wish.too-large", targetFen, max);
        }
    }

    public static void checkDeadline(LocalDate deadline, LocalDate today, Limits limits) {
        if (!deadline.isAfter(today)) {
            throw DomainException.unprocessable("deadline", "problem.wish.deadline-past");
        }
        if (deadline.isAfter(today.plusDays(limits.maxDeadlineDays()))) {
            throw DomainException.unprocessable("deadline", "problem.wish.deadline-far", limits.maxDeadlineDays());
        }
    }

    public static void checkOpenCount(long openWishes, Limits limits) {
        if (openWishes >= limits.maxOpenPerHousehold()) {
            throw DomainException.conflict("problem.wish.too-many-open", limits.maxOpenPerHousehold());
        }
    }

    /**
     * 金秋助学: only for a child admitted this year, through an open scholarship campaign, at the
     * campaign's amount per student.
     */
    public static long scholarshipTarget(Campaign campaign, Integer admissionYear, LocalDate today) {
        if (campaign == null || campaign.kind != CampaignKind.SCHOLARSHIP || campaign.scholarshipAmountFen == null) {
            throw DomainException.unprocessable("campaignId", "problem.wish.scholarship-campaign");
        }
        if (!campaign.isOpenOn(today)) {
            throw DomainException.unprocessable("campaignId", "problem.wish.campaign-closed");
        }
        if (admissionYear == null || admissionYear != today.getYear()) {
            throw DomainException.unprocessable("admission.year", "problem.wish.admission-year", today.getYear());
        }
        return campaign.scholarshipAmountFen;
    }
}
