package org.weiyuan.jobs;

import org.jboss.resteasy.reactive.server.Cancellable;
import org.weiyuan.common.idempotency.IdempotencyRules;
import org.weiyuan.common.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.weiyuan.common.BusinessTime;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Messages;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Jobs (就业帮扶): listings, employment profiles, matches with their reasons, applications, placements. */
@Cancellable(false)
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "jobs", description = "就业帮扶 Jobs, matching and placements")
public class JobResource {

    final BusinessTime time;

    final EmployerService employers;
    final ListingService listings;
    final ProfileService profiles;
    final ApplicationService applications;
    final JobMatcher matcher;
    final PlacementReport placements;
    final CurrentActor actor;

    JobResource(BusinessTime time, EmployerService employers, ListingService listings, ProfileService profiles,
                ApplicationService applications, JobMatcher matcher, PlacementReport placements, CurrentActor actor) {
        this.time = time;
        this.employers = employers;
        this.listings = listings;
        this.profiles = profiles;
        this.applications = applications;
        this.matcher = matcher;
        this.placements = placements;
        this.actor = actor;
    }

    @GET
    @Path("/taxonomy")
    @Operation(operationId = "getJobTaxonomy", summary = "技能、证书、工作要求与区县 Skills, certificates, work demands and districts, named in the reader's language")
    public Uni<JobViews.Taxonomy> taxonomy(@HeaderParam("Accept-Language") String language) {
        return listings.taxonomy(Messages.negotiate(language));
    }

    // ---- employers and listings (staff) ---------------------------------------------------

    @POST
    @Path("/employers")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = JobViews.EmployerView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "createEmployer")
    public Uni<JobViews.EmployerView> createEmployer(@Valid @NotNull JobViews.EmployerRequest request) {
        return employers.create(actor.get(), request);
    }

    @GET
    @Path("/employers")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listEmployers")
    public Uni<List<JobViews.EmployerView>> employers() {
        return employers.inScope(actor.get());
    }

    @POST
    @Path("/listings")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = JobViews.ListingView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "createJobListing", summary = "发布岗位 Post a listing; workers it fits strongly are told")
    public Uni<JobViews.ListingView> createListing(@Valid @NotNull JobViews.ListingRequest request) {
        return listings.create(actor.get(), request);
    }

    @GET
    @Path("/listings")
    @Operation(operationId = "listJobListings", summary = "在招岗位 Open listings, newest first")
    public Uni<List<JobViews.ListingView>> listings(@RestQuery("district") String district,
                                                    @RestQuery("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return listings.open(district, limit);
    }

    @GET
    @Path("/listings/{id}")
    @Operation(operationId = "getJobListing")
    public Uni<JobViews.ListingView> listing(@RestPath("id") UUID id) {
        return listings.get(id);
    }

    @POST
    @Path("/listings/{id}/close")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "closeJobListing")
    public Uni<JobViews.ListingView> close(@RestPath("id") UUID id) {
        return listings.close(actor.get(), id);
    }

    @GET
    @Path("/listings/{id}/candidates")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listJobCandidates", summary = "推荐人选 The best workers in the caller's scope for a listing, hardest-hit households first among near-equals")
    public Uni<List<JobViews.CandidateView>> candidates(@RestPath("id") UUID id,
                                                        @RestQuery("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                                        @HeaderParam("Accept-Language") String language) {
        return listings.candidates(actor.get(), id, limit, Messages.negotiate(language));
    }

    // ---- the worker's side ----------------------------------------------------------------

    @PUT
    @Path("/profile")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "saveWorkerProfile", summary = "求职档案 Save my employment profile")
    public Uni<JobViews.ProfileView> saveProfile(@Valid @NotNull JobViews.ProfileRequest request) {
        return profiles.save(actor.get(), request);
    }

    @GET
    @Path("/profile")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "getWorkerProfile")
    public Uni<JobViews.ProfileView> profile() {
        return profiles.mine(actor.get());
    }

    @GET
    @Path("/matches")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "listMyJobMatches", summary = "为我推荐 The best open jobs for me, each with why")
    public Uni<List<JobViews.JobMatchView>> matches(@RestQuery("limit") @DefaultValue("10") @Min(1) @Max(50) int limit,
                                                    @HeaderParam("Accept-Language") String language) {
        return profiles.myMatches(actor.get(), limit, Messages.negotiate(language));
    }

    @GET
    @Path("/workers/{subject}/matches")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listJobMatchesForWorker", summary = "为职工找岗位 The best open jobs for a worker in the caller's scope (送岗到户)")
    public Uni<List<JobViews.JobMatchView>> matchesForWorker(@RestPath("subject") UUID subject,
                                                             @RestQuery("limit") @DefaultValue("10") @Min(1) @Max(50) int limit,
                                                             @HeaderParam("Accept-Language") String language) {
        return profiles.matchesFor(actor.get(), subject, limit, Messages.negotiate(language));
    }

    @POST
    @Path("/listings/{id}/applications")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @ResponseStatus(201)
    @APIResponseSchema(value = JobViews.ApplicationView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "applyForJob", summary = "报名 Apply (a worker for themselves; staff for a worker in their scope: 送岗到户)")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<JobViews.ApplicationView> apply(@RestPath("id") UUID id, @Valid JobViews.ApplyRequest request) {
        return applications.apply(actor.get(), id, request == null ? new JobViews.ApplyRequest(null, null) : request);
    }

    @GET
    @Path("/applications")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "listMyJobApplications")
    public Uni<List<JobViews.ApplicationView>> myApplications() {
        return applications.mine(actor.get());
    }

    @GET
    @Path("/listings/{id}/applications")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listJobListingApplications")
    public Uni<List<JobViews.ApplicationView>> applications(@RestPath("id") UUID id) {
        return applications.forListing(actor.get(), id);
    }

    @POST
    @Path("/applications/{id}/status")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "setJobApplicationStatus", summary = "求职进展 Staff: INTERVIEW, HIRED, NOT_HIRED; the worker: WITHDRAWN")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<JobViews.ApplicationView> status(@RestPath("id") UUID id, @Valid @NotNull JobViews.StatusRequest request) {
        return applications.changeStatus(actor.get(), id, request);
    }

    // ---- reports --------------------------------------------------------------------------

    @GET
    @Path("/placements")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "getPlacementReport", summary = "安置统计 Hires per month, employer, union unit and listing in the caller's subtree")
    public Uni<JobViews.Placements> placements(@RestQuery("from") LocalDate from, @RestQuery("to") LocalDate to) {
        LocalDate end = to == null ? time.today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (end.isBefore(start)) {
            throw DomainException.badParameter("to", "problem.jobs.period");
        }
        return placements.report(actor.get(), start, end);
    }

    @POST
    @Path("/matches/recompute")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recomputeJobMatches", summary = "全量重算 Recompute every worker's top ten and store them")
    public Uni<JobMatcher.Recompute> recompute() {
        return matcher.recomputeAll();
    }
}
