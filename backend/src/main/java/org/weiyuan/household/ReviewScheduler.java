package org.weiyuan.household;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.BusinessTime;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps each approved file's next re-check date: a year (configurable) after approval or the last
 * re-check, today when staff change its data (动态管理).
 */
@ApplicationScoped
public class ReviewScheduler {

    private final BusinessTime time;
    private final RecheckRepositories.Schedules schedules;
    private final RecheckConfig config;

    ReviewScheduler(BusinessTime time, RecheckRepositories.Schedules schedules, RecheckConfig config) {
        this.time = time;
        this.schedules = schedules;
        this.config = config;
    }

    /** After an approval or a re-check: the next regular review. */
    public Uni<Void> reviewed(Household h) {
        return set(h, RecheckRules.nextDue(time.today(), config.intervalDays()), Recheck.Reason.ANNUAL);
    }

    /** Staff changed an approved file's data: it is due for a re-check now. */
    public Uni<Void> dataChanged(Household h) {
        return h.status == HouseholdStatus.APPROVED ? set(h, time.today(), Recheck.Reason.DATA_CHANGED) : Uni.createFrom().voidItem();
    }

    /** 倒查: a re-check was opened from a payment: the file is due now, for that reason. */
    Uni<Void> reverseCheck(Household h) {
        return set(h, time.today(), Recheck.Reason.REVERSE_CHECK);
    }

    Uni<ReviewSchedule> of(UUID householdId) {
        return schedules.findById(householdId);
    }

    private Uni<Void> set(Household h, LocalDate dueOn, Recheck.Reason reason) {
        return schedules.findById(h.id).chain(existing -> {
            ReviewSchedule s = existing != null ? existing : new ReviewSchedule();
            s.householdId = h.id;
            s.unitId = h.unitId;
            s.dueOn = dueOn;
            s.reason = reason;
            s.updatedAt = time.now();
            return existing != null ? Uni.createFrom().voidItem() : schedules.persist(s).replaceWithVoid();
        });
    }
}
