package org.weiyuan.household;

import org.weiyuan.common.DomainException;

import java.time.LocalDate;

/** 复核 as plain rules: when a file is next due, and what a re-check's result must carry. */
public final class RecheckRules {

    private RecheckRules() { }

    /** The next regular review after an approval or a re-check on {@code today}. */
    public static LocalDate nextDue(LocalDate today, int intervalDays) {
        if (intervalDays < 1) {
            throw new IllegalArgumentException("a review interval is at least a day");
        }
        return today.plusDays(intervalDays);
    }

    /** Whether a file is due (or overdue) on {@code today}. */
    public static boolean isDue(LocalDate dueOn, LocalDate today) {
        return !dueOn.isAfter(today);
    }

    /**
     * A result is complete: a signed commitment (签字承诺) always; a correction names a new category
     * and severity that still qualify and differ from what the file says.
     */
    public static void check(Recheck.Result result, boolean commitmentSigned, HouseholdCategory current, Severity currentSeverity,
                             HouseholdCategory category, Severity severity) {
        if (!commitmentSigned) {
            throw DomainException.unprocessable("commitmentSigned", "problem.recheck.commitment");
        }
        if (result != Recheck.Result.CORRECTED) {
            return;
        }
        if (category == null || severity == null) {
            throw DomainException.unprocessable(category == null ? "category" : "severity", "problem.recheck.correction-required");
        }
        if (category == HouseholdCategory.NOT_ELIGIBLE || severity == Severity.NONE) {
            throw DomainException.unprocessable("result", "problem.recheck.correction-ineligible");
        }
        if (category == current && severity == currentSeverity) {
            throw DomainException.unprocessable("category", "problem.recheck.correction-same");
        }
    }
}
