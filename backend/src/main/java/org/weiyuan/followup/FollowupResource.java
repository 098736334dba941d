package org.weiyuan.followup;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.followup.FollowupViews.ContactLog;
import org.weiyuan.followup.FollowupViews.ContactRequest;
import org.weiyuan.followup.FollowupViews.ContactView;
import org.weiyuan.followup.FollowupViews.GoalsRequest;
import org.weiyuan.followup.FollowupViews.HelperCompliance;
import org.weiyuan.followup.FollowupViews.HelperRequest;
import org.weiyuan.followup.FollowupViews.HelperView;
import org.weiyuan.followup.FollowupViews.LinkRequest;
import org.weiyuan.followup.FollowupViews.MeasureRequest;
import org.weiyuan.followup.FollowupViews.MeasureUpdate;
import org.weiyuan.followup.FollowupViews.MyPlanView;
import org.weiyuan.followup.FollowupViews.MyTasks;
import org.weiyuan.followup.FollowupViews.PlanExitRequest;
import org.weiyuan.followup.FollowupViews.PlanRequest;
import org.weiyuan.followup.FollowupViews.PlanView;
import org.weiyuan.followup.FollowupViews.RuleRequest;
import org.weiyuan.followup.FollowupViews.RuleView;
import org.weiyuan.followup.FollowupViews.TransitionRequest;
import org.weiyuan.followup.FollowupViews.UnitCompliance;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.UUID;

/**
 * Help that follows through (帮扶跟进): help plans (帮扶计划), the named helper (帮扶责任人) and the
 * contact log, the contact rule (3 × "1·2") and its compliance, the helper's queue. Staff act on
 * households of their subtree (another subtree's household is 404); the worker reads their own plan.
 */
@Cancellable(false)
@Path("/api/v1/followup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "followup", description = "帮扶跟进 Help plans, helpers, contact and compliance")
public class FollowupResource {

    private static final String HOUSEHOLD = "/households/{householdId}";
    private static final String MEASURE = HOUSEHOLD + "/plan/measures/{measureId}";

    private final HelpPlanService plans;
    private final HelperService helpers;
    private final ComplianceService compliance;
    private final CurrentActor actor;

    public FollowupResource(HelpPlanService plans, HelperService helpers, ComplianceService compliance, CurrentActor actor) {
        this.plans = plans;
        this.helpers = helpers;
        this.compliance = compliance;
        this.actor = actor;
    }

    @POST
    @Path(HOUSEHOLD + "/plan")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @Operation(operationId = "followupCreatePlan",
            summary = "制定帮扶计划 Create the household's help plan from the home visit's recommended help")
    @APIResponseSchema(value = PlanView.class, responseCode = "201", responseDescription = "计划 The plan")
    public Uni<PlanView> createPlan(@RestPath("householdId") UUID householdId, @Valid @NotNull PlanRequest request) {
        return plans.create(actor.get(), householdId, request);
    }

    @GET
    @Path(HOUSEHOLD + "/plan")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupGetPlan", summary = "查看帮扶计划 The household's help plan (staff read, audited)")
    @APIResponse(responseCode = "200", description = "计划 The plan")
    public Uni<PlanView> plan(@RestPath("householdId") UUID householdId) {
        return plans.get(actor.get(), householdId);
    }

    @PUT
    @Path(HOUSEHOLD + "/plan")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupUpdateGoals", summary = "修改计划目标 Change the plan's goals")
    @APIResponse(responseCode = "200", description = "计划 The plan")
    public Uni<PlanView> updateGoals(@RestPath("householdId") UUID householdId, @Valid @NotNull GoalsRequest request) {
        return plans.updateGoals(actor.get(), householdId, request);
    }

    @POST
    @Path(HOUSEHOLD + "/plan/measures")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupAddMeasure", summary = "增加帮扶措施 Add a measure (from the recommended help)")
    @APIResponse(responseCode = "200", description = "计划 The plan")
    public Uni<PlanView> addMeasure(@RestPath("householdId") UUID householdId, @Valid @NotNull MeasureRequest request) {
        return plans.addMeasure(actor.get(), householdId, request);
    }

    @PUT
    @Path(MEASURE)
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupUpdateMeasure", summary = "修改措施 Change a measure's description, owner or due date")
    @APIResponse(responseCode = "200", description = "计划 The plan")
    public Uni<PlanView> updateMeasure(@RestPath("householdId") UUID householdId, @RestPath("measureId") UUID measureId,
                                       @Valid @NotNull MeasureUpdate request) {
        return plans.updateMeasure(actor.get(), householdId, measureId, request);
    }

    @POST
    @Path(MEASURE + "/transition")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupTransitionMeasure", summary = "推进措施 Start, complete, drop or reopen a measure")
    @APIResponse(responseCode = "200", description = "计划 The plan")
    public Uni<PlanView> transition(@RestPath("householdId") UUID householdId, @RestPath("measureId") UUID measureId,
                                    @Valid @NotNull TransitionRequest request) {
        return plans.transition(actor.get(), householdId, measureId, request);
    }

    @POST
    @Path(MEASURE + "/link")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupLinkMeasure",
            summary = "关联落实事项 Link a measure to the job application, service order or wish that carries it out")
    @APIResponse(responseCode = "200", description = "计划 The plan")
    public Uni<PlanView> link(@RestPath("householdId") UUID householdId, @RestPath("measureId") UUID measureId,
                              @Valid @NotNull LinkRequest request) {
        return plans.link(actor.get(), householdId, measureId, request);
    }

    @POST
    @Path(HOUSEHOLD + "/plan/exit")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupExitWithPlanOutcome",
            summary = "脱困退出并结束计划 The household leaves the files; its help plan closes with an outcome and a reason per measure")
    @APIResponse(responseCode = "200", description = "已结束的计划 The closed plan")
    public Uni<PlanView> exitWithOutcome(@RestPath("householdId") UUID householdId, @Valid @NotNull PlanExitRequest request) {
        return plans.exit(actor.get(), householdId, request);
    }

    @GET
    @Path("/me/plan")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "followupMyPlan", summary = "我的帮扶计划 The worker's own help plan")
    @APIResponse(responseCode = "200", description = "计划 The plan")
    // a worker without a file or whose file has no plan yet gets 404 (the app shows "还没有帮扶计划")
    @APIResponse(responseCode = "404", description = "还没有帮扶计划 No plan yet")
    public Uni<MyPlanView> myPlan() {
        return plans.mine(actor.get());
    }

    @PUT
    @Path(HOUSEHOLD + "/helper")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupAssignHelper", summary = "指定帮扶责任人 Pair the household with a helper (结对)")
    @APIResponse(responseCode = "200", description = "责任人 The helper")
    public Uni<HelperView> assignHelper(@RestPath("householdId") UUID householdId, @Valid @NotNull HelperRequest request) {
        return helpers.assign(actor.get(), householdId, request);
    }

    @GET
    @Path(HOUSEHOLD + "/contacts")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupContacts", summary = "联系记录 The household's helper and contact log")
    @APIResponse(responseCode = "200", description = "联系记录 Contact log")
    public Uni<ContactLog> contacts(@RestPath("householdId") UUID householdId) {
        return helpers.contacts(actor.get(), householdId);
    }

    @POST
    @Path(HOUSEHOLD + "/contacts")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @Operation(operationId = "followupLogContact", summary = "登记联系 Log a phone call, visit or message (a visit reviews the plan)")
    @APIResponseSchema(value = ContactView.class, responseCode = "201", responseDescription = "联系 The contact")
    public Uni<ContactView> logContact(@RestPath("householdId") UUID householdId, @Valid @NotNull ContactRequest request) {
        return helpers.log(actor.get(), householdId, request);
    }

    @GET
    @Path("/my-tasks")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupMyTasks", summary = "我的帮扶任务 Overdue contacts, visit tasks and open measures of the caller")
    @APIResponse(responseCode = "200", description = "任务 Tasks")
    public Uni<MyTasks> myTasks() {
        return helpers.myTasks(actor.get());
    }

    @GET
    @Path("/units/{unitId}/contact-rule")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupGetContactRule", summary = "联系规则 The contact rule in force at a unit")
    @APIResponse(responseCode = "200", description = "规则 Rule")
    public Uni<RuleView> rule(@RestPath("unitId") UUID unitId) {
        return compliance.rule(actor.get(), unitId);
    }

    @PUT
    @Path("/units/{unitId}/contact-rule")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupSetContactRule", summary = "设定联系规则 Set the unit's contact rule (its subtree inherits it)")
    @APIResponse(responseCode = "200", description = "规则 Rule")
    public Uni<RuleView> setRule(@RestPath("unitId") UUID unitId, @Valid @NotNull RuleRequest request) {
        return compliance.setRule(actor.get(), unitId, request);
    }

    @GET
    @Path("/compliance/units/{unitId}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupUnitCompliance",
            summary = "单位联系达标情况 Compliance of every staff member of the unit's subtree, for a quarter or a year")
    @APIResponse(responseCode = "200", description = "达标情况 Compliance")
    public Uni<UnitCompliance> unitCompliance(@RestPath("unitId") UUID unitId, @RestQuery("year") Integer year,
                                              @RestQuery("quarter") Integer quarter) {
        return compliance.unit(actor.get(), unitId, compliance.period(year, quarter));
    }

    @GET
    @Path("/compliance/helpers/{subject}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "followupHelperCompliance", summary = "个人联系达标情况 One helper's compliance, for a quarter or a year")
    @APIResponse(responseCode = "200", description = "达标情况 Compliance")
    public Uni<HelperCompliance> helperCompliance(@RestPath("subject") UUID subject, @RestQuery("year") Integer year,
                                                  @RestQuery("quarter") Integer quarter) {
        return compliance.helper(actor.get(), subject, compliance.period(year, quarter));
    }
}
