package org.weiyuan.household;

import org.weiyuan.common.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * 申诉 as plain rules: which files may appeal, until when, who may review an appeal, and what a
 * reversal restores. The decider never reviews their own decision; the reviewer sits in a unit
 * above the deciding one (上级工会复议), except at the top of the tree, where there is none above.
 */
public final class AppealRules {

    private AppealRules() { }

    /** The decision a file in {@code status} can appeal; 409 naming the state for any other state. */
    public static AppealedDecision decisionOf(HouseholdStatus status) {
        return switch (status) {
            case REJECTED -> AppealedDecision.REJECTED;
            case EXITED -> AppealedDecision.EXITED;
            default -> throw DomainException.illegalTransition("APPEAL", status);
        };
    }

    /** The last moment to appeal a decision taken at {@code decidedAt}. */
    public static Instant deadline(Instant decidedAt, int deadlineDays) {
        if (deadlineDays < 1) {
            throw new IllegalArgumentException("an appeal deadline is at least a day");
        }
        return decidedAt.plus(Duration.ofDays(deadlineDays));
    }

    /** 409 when the decision has no recorded time (nothing to appeal) or its deadline has passed. */
    public static Instant requireInTime(Instant decidedAt, Instant now, int deadlineDays) {
        if (decidedAt == null) {
            throw DomainException.conflict("problem.appeal.no-decision");
        }
        Instant deadline = deadline(decidedAt, deadlineDays);
        if (now.isAfter(deadline)) {
            throw DomainException.conflict("problem.appeal.late", deadlineDays, deadline.toString());
        }
        return deadline;
    }

    /**
     * The reviewer is not the decider (403) and sits in a unit strictly above the deciding unit
     * (403 otherwise); a decision taken at the top of the tree is reviewed by another staff
     * member of that unit. Paths are the units' tree paths ('/root/…/own/').
     */
    public static void requireReviewer(UUID reviewer, UUID decider, String reviewerUnitPath, String decidingUnitPath,
                                       boolean decidingUnitIsRoot) {
        if (reviewer.equals(decider)) {
            throw DomainException.separationOfDuties("problem.appeal.self-review");
        }
        boolean covers = decidingUnitPath.startsWith(reviewerUnitPath);
        boolean above = covers && !decidingUnitPath.equals(reviewerUnitPath);
        if (!(decidingUnitIsRoot ? covers : above)) {
            throw DomainException.separationOfDuties("problem.appeal.level");
        }
    }

    /** 403 when the reviewer filed the appeal (for the household, 代为申诉): who asks does not decide. */
    public static void requireNotFiler(UUID reviewer, UUID filer) {
        if (reviewer.equals(filer)) {
            throw DomainException.separationOfDuties("problem.appeal.filer-review");
        }
    }

    /** 409 when the appeal has been decided already (one outcome per appeal). */
    public static void requirePending(AppealStatus status) {
        if (status != AppealStatus.PENDING) {
            throw DomainException.illegalTransition("DECIDE_APPEAL", status);
        }
    }

    /**
     * 409 when the file has moved on since the appealed decision (reopened, decided again): a
     * reversal would restore a state that is no longer the one appealed.
     */
    public static void requireStillDecided(Instant appealedDecisionAt, Instant fileDecidedAt, HouseholdStatus status,
                                           AppealedDecision decision) {
        boolean same = status == HouseholdStatus.REJECTED && decision == AppealedDecision.REJECTED
                || status == HouseholdStatus.EXITED && decision == AppealedDecision.EXITED;
        if (!same || !appealedDecisionAt.equals(fileDecidedAt)) {
            throw DomainException.conflict("problem.appeal.superseded");
        }
    }
}
