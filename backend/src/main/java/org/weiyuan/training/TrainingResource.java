package org.weiyuan.training;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.matching.Skill;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;
import org.weiyuan.training.TrainingViews.AttachRequest;
import org.weiyuan.training.TrainingViews.CompleteRequest;
import org.weiyuan.training.TrainingViews.CourseRequest;
import org.weiyuan.training.TrainingViews.CourseView;
import org.weiyuan.training.TrainingViews.EnrolRequest;
import org.weiyuan.training.TrainingViews.EnrolmentView;
import org.weiyuan.training.TrainingViews.FairRequest;
import org.weiyuan.training.TrainingViews.FairView;
import org.weiyuan.training.TrainingViews.HouseholdSkill;
import org.weiyuan.training.TrainingViews.Recommendation;

import java.util.List;
import java.util.UUID;

/**
 * Training follow-through (技能培训): courses with enrolment, completion and certificate, course
 * recommendations for the worker's skill gaps, one household one skill (一户一技); and job fairs
 * (招聘会) with listings attached. Staff act in their subtree (404 outside it).
 */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "training", description = "技能培训与招聘会 Training courses and job fairs")
public class TrainingResource {

    private final TrainingService service;
    private final CurrentActor actor;

    public TrainingResource(TrainingService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @Path("/training/courses")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @Operation(operationId = "trainingCreateCourse", summary = "开设培训班 Open a training course of a unit of the caller's subtree")
    @APIResponseSchema(value = CourseView.class, responseCode = "201", responseDescription = "培训班 The course")
    public Uni<CourseView> createCourse(@Valid @NotNull CourseRequest request) {
        return service.createCourse(actor.get(), request);
    }

    @GET
    @Path("/training/courses")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "trainingCourses", summary = "培训班 Courses not yet over, optionally in one skill")
    @APIResponse(responseCode = "200", description = "培训班 Courses")
    public Uni<List<CourseView>> courses(@RestQuery("skill") Skill skill) {
        return service.courses(skill);
    }

    @GET
    @Path("/training/recommended")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "trainingRecommended",
            summary = "推荐培训 The worker's skill gaps against the open listings, with the courses that teach them")
    @APIResponse(responseCode = "200", description = "推荐 Recommendations")
    public Uni<List<Recommendation>> recommended() {
        return service.recommended(actor.get());
    }

    @POST
    @Path("/training/courses/{courseId}/enrolments")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @ResponseStatus(201)
    @Operation(operationId = "trainingEnrol", summary = "报名 Enrol (a worker themself, or staff for a worker of their subtree)")
    @APIResponseSchema(value = EnrolmentView.class, responseCode = "201", responseDescription = "报名 The enrolment")
    public Uni<EnrolmentView> enrol(@RestPath("courseId") UUID courseId, @Valid EnrolRequest request) {
        return service.enrol(actor.get(), courseId, request);
    }

    @GET
    @Path("/training/courses/{courseId}/enrolments")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "trainingEnrolments", summary = "学员名单 The course's enrolments")
    @APIResponse(responseCode = "200", description = "学员 Enrolments")
    public Uni<List<EnrolmentView>> enrolments(@RestPath("courseId") UUID courseId) {
        return service.enrolments(actor.get(), courseId);
    }

    @POST
    @Path("/training/enrolments/{enrolmentId}/complete")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "trainingComplete",
            summary = "结业发证 Complete with the certificate's number; the worker's job profile gains the skill")
    @APIResponse(responseCode = "200", description = "报名 The enrolment")
    public Uni<EnrolmentView> complete(@RestPath("enrolmentId") UUID enrolmentId, @Valid @NotNull CompleteRequest request) {
        return service.complete(actor.get(), enrolmentId, request);
    }

    @POST
    @Path("/training/enrolments/{enrolmentId}/drop")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "trainingDrop", summary = "退学 Record that the worker left the course (the place is free again)")
    @APIResponse(responseCode = "200", description = "报名 The enrolment")
    public Uni<EnrolmentView> drop(@RestPath("enrolmentId") UUID enrolmentId) {
        return service.drop(actor.get(), enrolmentId);
    }

    @GET
    @Path("/training/me")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "trainingMine", summary = "我的培训 The worker's enrolments and certificates")
    @APIResponse(responseCode = "200", description = "报名 Enrolments")
    public Uni<List<EnrolmentView>> mine() {
        return service.mine(actor.get());
    }

    @GET
    @Path("/training/households/{householdId}/skill")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "trainingHouseholdSkill", summary = "一户一技 The household's training and whether it has its skill")
    @APIResponse(responseCode = "200", description = "一户一技 Household skill")
    public Uni<HouseholdSkill> householdSkill(@RestPath("householdId") UUID householdId) {
        return service.householdSkill(actor.get(), householdId);
    }

    @POST
    @Path("/job-fairs")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @Operation(operationId = "jobFairCreate", summary = "举办招聘会 Announce a job fair of a unit of the caller's subtree")
    @APIResponseSchema(value = FairView.class, responseCode = "201", responseDescription = "招聘会 The fair")
    public Uni<FairView> createFair(@Valid @NotNull FairRequest request) {
        return service.createFair(actor.get(), request);
    }

    @GET
    @Path("/job-fairs")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "jobFairs", summary = "招聘会 Job fairs from today on, with their listings")
    @APIResponse(responseCode = "200", description = "招聘会 Fairs")
    public Uni<List<FairView>> fairs() {
        return service.upcomingFairs();
    }

    @POST
    @Path("/job-fairs/{fairId}/listings")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "jobFairAttachListing", summary = "招聘会岗位 Attach a listing of the caller's subtree to the fair")
    @APIResponse(responseCode = "200", description = "招聘会 The fair")
    public Uni<FairView> attach(@RestPath("fairId") UUID fairId, @Valid @NotNull AttachRequest request) {
        return service.attach(actor.get(), fairId, request);
    }
}
