package org.weiyuan.followup;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.followup.FollowupEntities.HelpMeasure;
import org.weiyuan.followup.FollowupEntities.HelpPlan;
import org.weiyuan.household.ExitReason;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdExitChecks;
import org.weiyuan.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Closes a help plan when its household leaves the files (脱困退出), by {@link PlanExitRules}: each
 * measure's outcome and reason, the plan's outcome, one household-history line per measure and one
 * for the plan. Also the household feature's exit check: a plain exit with the plan still open is
 * refused (409: exit through the plan), a re-check's finding of ineligibility closes it here.
 */
@ApplicationScoped
public class PlanClosing implements HouseholdExitChecks {

    /** The audit actions on the household, so the closing shows in its history (档案履历). */
    static final String PLAN_CLOSED = "HOUSEHOLD_PLAN_CLOSED";
    static final String MEASURE_OUTCOME = "HOUSEHOLD_MEASURE_OUTCOME";
    private static final int DETAIL_MAX = 500;

    private final FollowupRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    public PlanClosing(FollowupRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Uni<Void> beforeExit(Actor actor, Household household, ExitReason reason) {
        return repository.planOf(household.id).chain(plan -> {
            if (plan == null || plan.closedOn != null) {
                return Uni.createFrom().voidItem();
            }
            if (reason != ExitReason.INELIGIBLE_ON_RECHECK) {
                throw DomainException.conflict("problem.followup.exit-plan-open");
            }
            return repository.measures(plan.id).chain(measures -> close(actor, household, plan, measures, reason,
                    null, PlanExitRules.onIneligible(measures.stream().map(PlanClosing::state).toList())));
        });
    }

    /** Applies the statements to the plan and its measures (422 naming every refused field), audited. */
    Uni<Void> close(Actor actor, Household h, HelpPlan plan, List<HelpMeasure> measures, ExitReason reason, String note,
                    List<PlanExitRules.Stated> stated) {
        PlanExitRules.Result result = PlanExitRules.close(measures.stream().map(PlanClosing::state).toList(), stated);
        if (!result.accepted()) {
            throw DomainException.unprocessable(result.violations().stream()
                    .map(v -> new DomainException.FieldProblem(v.field(), v.messageKey(), new Object[] {v.arg()})).toList());
        }
        Map<UUID, HelpMeasure> byId = measures.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        Instant now = Instant.now(clock);
        plan.closedOn = FollowupClock.today(clock);
        plan.closedBy = actor.subject();
        plan.exitReason = reason;
        plan.outcome = result.planOutcome();
        plan.closingNote = note == null || note.isBlank() ? null : note.strip();
        plan.updatedAt = now;
        return Multi.createFrom().iterable(result.closings()).onItem().transformToUniAndConcatenate(c -> {
            HelpMeasure m = byId.get(c.measureId());
            MeasureLifecycle.Status before = m.status;
            m.status = c.finalStatus();
            m.outcome = c.outcome();
            m.outcomeReason = c.reason();
            m.updatedAt = now;
            Map<String, Object> after = Map.of("measureId", m.id, "kind", m.kind, "outcome", c.outcome(), "status", m.status);
            return audit.record(actor, MEASURE_OUTCOME, "household", h.id, Map.of("status", before), after,
                    clip(HelpPlanService.defaultDescription(m.kind) + " · " + c.outcome().name() + ": " + c.reason()));
        }).collect().asList().chain(() -> audit.record(actor, PLAN_CLOSED, "household", h.id, null,
                Map.of("planId", plan.id, "outcome", plan.outcome, "exitReason", reason),
                clip(plan.outcome.name() + (plan.closingNote == null ? "" : ": " + plan.closingNote))));
    }

    static PlanExitRules.Measure state(HelpMeasure m) {
        return new PlanExitRules.Measure(m.id, m.status);
    }

    private static String clip(String detail) {
        return detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 1) + "…";
    }
}
