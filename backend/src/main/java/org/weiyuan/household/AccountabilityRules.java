package org.weiyuan.household;

import org.weiyuan.common.DomainException;

import java.util.Set;
import java.util.UUID;

/**
 * 倒查与责任追究 as plain rules: a finding is recorded only on a file found ineligible, only against
 * someone the trace shows in that role, never by that person, and only by staff of a unit above theirs.
 */
public final class AccountabilityRules {

    private AccountabilityRules() { }

    /** 409 unless the file was exited as ineligible (复核/抽查不符合条件). */
    public static void requireIneligible(HouseholdStatus status, ExitReason exitReason) {
        if (status != HouseholdStatus.EXITED || exitReason != ExitReason.INELIGIBLE_ON_RECHECK) {
            throw DomainException.conflict("problem.accountability.not-ineligible");
        }
    }

    /** 422 on {@code staffSubject} unless the trace shows that person in {@code role}. */
    public static void requireInTrace(UUID staff, AccountabilityRole role, Set<UUID> inRole) {
        if (!inRole.contains(staff)) {
            throw DomainException.unprocessable("staffSubject", "problem.accountability.not-in-trace", role);
        }
    }

    /**
     * 403 when the recorder is the person held accountable, or does not sit in a unit strictly
     * above theirs (the higher level holds the lower to account). Paths are units' tree paths.
     */
    public static void requireRecorder(UUID recorder, UUID staff, String recorderUnitPath, String staffUnitPath) {
        if (recorder.equals(staff)) {
            throw DomainException.separationOfDuties("problem.accountability.self");
        }
        if (!staffUnitPath.startsWith(recorderUnitPath) || staffUnitPath.equals(recorderUnitPath)) {
            throw DomainException.separationOfDuties("problem.accountability.level");
        }
    }
}
