package org.weiyuan.household;

import io.smallrye.mutiny.Uni;
import org.weiyuan.security.Actor;

/**
 * What must hold before a file exits (脱困退出), checked in the exit's transaction: the follow-up
 * feature refuses an exit that would leave a help plan open, and closes the plan itself when the
 * exit is a re-check's finding of ineligibility (no outcome can be asked of staff then).
 */
public interface HouseholdExitChecks {

    Uni<Void> beforeExit(Actor actor, Household household, ExitReason reason);
}
