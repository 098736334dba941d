package org.weiyuan.followup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.weiyuan.followup.FollowupEntities.LinkKind;
import org.weiyuan.household.ExitReason;
import org.weiyuan.household.RecommendedHelp;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response records of {@code /api/v1/followup}. */
public final class FollowupViews {

    private FollowupViews() { }

    // ---- requests

    /** A new plan: goals, and the measures chosen from the latest home visit's recommended help. */
    public record PlanRequest(
            @NotBlank @Size(max = 2000) String goals,
            /** Empty or absent: one measure per recommended help, owned by the caller, due in 90 days. */
            @Size(max = 20) List<@Valid @NotNull MeasureRequest> measures) { }

    public record GoalsRequest(@NotBlank @Size(max = 2000) String goals) { }

    public record MeasureRequest(
            @NotNull RecommendedHelp kind,
            @Size(max = 1000) String description,
            /** A staff member whose subtree holds the household; default the caller. */
            UUID ownerSubject,
            LocalDate dueOn) { }

    public record MeasureUpdate(
            @NotBlank @Size(max = 1000) String description,
            @NotNull UUID ownerSubject,
            @NotNull LocalDate dueOn) { }

    public record TransitionRequest(@NotNull MeasureLifecycle.Action action, @Size(max = 1000) String result) { }

    public record LinkRequest(@NotNull LinkKind kind, @NotNull UUID id) { }

    public record HelperRequest(
            @NotNull UUID helperSubject,
            /** When the pairing was agreed (China date), if it is recorded late; default today. Not in the future. */
            LocalDate assignedOn) { }

    @Schema(name = "HelpContactRequest")
    public record ContactRequest(
            @NotNull ContactCompliance.Kind kind,
            /** Business date (China time); default today. Not in the future. */
            LocalDate contactedOn,
            @NotBlank @Size(max = 1000) String summary,
            @Size(max = 1000) String nextStep,
            /** Required for a VISIT when the household has a plan: the plan is reviewed at every visit. */
            @Size(max = 1000) String planReview) { }

    /** 脱困退出 with the plan's outcome: the household's exit reason and one outcome per measure of the plan. */
    public record PlanExitRequest(
            @NotNull ExitReason reason,
            @Size(max = 500) String note,
            @NotNull @Size(min = 1, max = 40) List<@Valid @NotNull MeasureOutcomeRequest> outcomes) { }

    public record MeasureOutcomeRequest(
            @NotNull UUID measureId,
            @NotNull PlanExitRules.MeasureOutcome outcome,
            /** Why: required for every outcome (the record says what the help achieved and why). */
            @Size(max = 1000) String reason) { }

    public record RuleRequest(
            @NotNull @Min(0) @Max(100) Integer minHouseholds,
            @NotNull @Min(0) @Max(90) Integer contactsPerQuarter,
            @NotNull @Min(0) @Max(365) Integer visitsPerYear) { }

    // ---- responses

    public record MeasureView(UUID id, RecommendedHelp kind, String description, UUID ownerSubject, String ownerName,
                              LocalDate dueOn, MeasureLifecycle.Status status, String result, LinkKind linkKind, UUID linkId,
                              boolean overdue, PlanExitRules.MeasureOutcome outcome, String outcomeReason) { }

    public record ReviewView(UUID id, UUID contactId, LocalDate reviewedOn, String note, UUID reviewedBy) { }

    @Schema(name = "HelpPlanView")
    public record PlanView(UUID id, UUID householdId, UUID unitId, String goals, Set<RecommendedHelp> recommendedHelp,
                           LocalDate lastReviewedOn, List<MeasureView> measures, List<ReviewView> reviews,
                           HelperView helper, PlanClosure closure) { }

    /** How the plan ended when the household left the files (null while the plan is open). */
    public record PlanClosure(LocalDate closedOn, UUID closedBy, ExitReason exitReason, PlanExitRules.MeasureOutcome outcome,
                              String note) { }

    /** The worker's own plan: no staff identifiers, no internal review notes. */
    public record MyMeasureView(RecommendedHelp kind, String description, String ownerName, LocalDate dueOn,
                                MeasureLifecycle.Status status, String result, LinkKind linkKind, UUID linkId,
                                PlanExitRules.MeasureOutcome outcome, String outcomeReason) { }

    public record MyPlanView(UUID id, String goals, LocalDate lastReviewedOn, String helperName, List<MyMeasureView> measures,
                             PlanExitRules.MeasureOutcome outcome, LocalDate closedOn) { }

    public record HelperView(UUID householdId, UUID helperSubject, String helperName, LocalDate assignedOn,
                             LocalDate nextContactDue, boolean contactOverdue) { }

    @Schema(name = "HelpContactView")
    public record ContactView(UUID id, UUID householdId, UUID staffSubject, ContactCompliance.Kind kind, LocalDate contactedOn,
                              String summary, String nextStep) { }

    @Schema(name = "HelpContactLog")
    public record ContactLog(HelperView helper, List<ContactView> contacts) { }

    public record RuleView(UUID unitId, UUID definedAt, int minHouseholds, int contactsPerQuarter, int visitsPerYear) { }

    /** One household's figures in the period. */
    public record HouseholdCompliance(UUID householdId, int contacts, int visits, int contactsOwed, int visitsOwed, boolean met) { }

    public record HelperCompliance(UUID helperSubject, String helperName, UUID unitId, int year, Integer quarter,
                                   RuleView rule, int households, int contacts, int visits, int householdsMet,
                                   boolean enoughHouseholds, boolean compliant, List<HouseholdCompliance> perHousehold) { }

    /** A unit's figures, rolled up over the staff of its subtree. */
    public record UnitCompliance(UUID unitId, int year, Integer quarter, int staff, int staffCompliant,
                                 int households, int householdsMet, int contacts, int visits,
                                 List<HelperCompliance> helpers) { }

    public record OverdueContact(UUID householdId, LocalDate lastContact, LocalDate due, long daysOverdue) { }

    @Schema(name = "HelpVisitTaskView")
    public record VisitTaskView(UUID id, UUID householdId, String reason, String labelZh, String labelEn, LocalDate dueOn) { }

    public record MeasureTask(UUID planId, UUID householdId, UUID measureId, RecommendedHelp kind, LocalDate dueOn, boolean overdue) { }

    /** The helper's queue. */
    @Schema(name = "HelpTasks")
    public record MyTasks(LocalDate today, List<OverdueContact> overdueContacts, List<VisitTaskView> visitTasks,
                          List<MeasureTask> measures) { }
}
