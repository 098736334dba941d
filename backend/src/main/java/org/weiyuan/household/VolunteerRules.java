package org.weiyuan.household;

import org.weiyuan.common.DomainException;

import java.util.UUID;

/** 义工入户 as plain rules: when a volunteer may be sent, and when their visit is still open to them. */
public final class VolunteerRules {

    private VolunteerRules() { }

    /**
     * A home visit can be handed to a volunteer while the file is under verification (入户核查), and not
     * to the household itself nor to whoever registered the file (谁登记、谁调查 stay apart).
     */
    public static void checkAssignable(HouseholdStatus status, UUID volunteer, UUID owner, UUID registeredBy) {
        if (!HouseholdLifecycle.allowed(status, HouseholdAction.RECORD_VERIFICATION)) {
            throw DomainException.conflict("problem.volunteer.not-in-verification", status);
        }
        if (volunteer.equals(owner) || volunteer.equals(registeredBy)) {
            throw DomainException.unprocessable("volunteerSubject", "problem.volunteer.own-file");
        }
    }

    /**
     * The volunteer sees the file only while the visit is open: not recorded or cancelled, in the
     * review cycle it was given for, and the file still waiting for home visits.
     */
    public static boolean open(VolunteerVisit.Status visit, int visitCycle, HouseholdStatus file, int fileCycle) {
        return visit == VolunteerVisit.Status.OPEN && visitCycle == fileCycle
                && HouseholdLifecycle.allowed(file, HouseholdAction.RECORD_VERIFICATION);
    }
}
