package org.weiyuan.jobs;

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
import org.weiyuan.matching.Certificate;
import org.weiyuan.matching.Skill;
import org.weiyuan.matching.WorkDemand;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Masking;
import org.weiyuan.security.Roles;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Jobs (就业帮扶): listings, employment profiles, matches with their reasons, applications, placements. */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "jobs", description = "就业帮扶 Jobs, matching and placements")
public class JobResource {

    final BusinessTime time;

    final JobService service;
    final JobMatcher matcher;
    final ListingIndex index;
    final PlacementReport placements;
    final MatchingConfig config;
    final CurrentActor actor;

    JobResource(BusinessTime time, JobService service, JobMatcher matcher, ListingIndex index, PlacementReport placements, MatchingConfig config, CurrentActor actor) {
        this.time = time;
        this.service = service;
        this.matcher = matcher;
        this.index = index;
        this.placements = placements;
        this.config = config;
        this.actor = actor;
    }

    @GET
    @Path("/taxonomy")
    @Operation(operationId = "getJobTaxonomy", summary = "技能、证书、工作要求与区县 Skills, certificates, work demands and districts, named in the reader's language")
    public Uni<JobViews.Taxonomy> taxonomy(@HeaderParam("Accept-Language") String language) {
        Locale locale = Messages.negotiate(language);
        return index.snapshot().map(s -> new JobViews.Taxonomy(
                Arrays.stream(Skill.values()).map(v -> new JobViews.Term(v.name(), Messages.get(locale, "skill." + v.name()))).toList(),
                Arrays.stream(Certificate.values()).map(v -> new JobViews.Term(v.name(), Messages.get(locale, "certificate." + v.name()))).toList(),
                Arrays.stream(WorkDemand.values()).map(v -> new JobViews.Term(v.name(), Messages.get(locale, "demand." + v.name()))).toList(),
                s.districts().all().stream().map(d -> new JobViews.DistrictView(d.code(),
                        locale.getLanguage().equals("en") ? d.nameEn() : d.nameZh(), null)).toList()));
    }

    // ---- employers and listings (staff) ---------------------------------------------------

    @POST
    @Path("/employers")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = JobViews.EmployerView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "createEmployer")
    public Uni<JobViews.EmployerView> createEmployer(@Valid @NotNull JobViews.EmployerRequest request) {
        return service.createEmployer(actor.get(), request).map(e -> employer(e, false));
    }

    @GET
    @Path("/employers")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listEmployers")
    public Uni<List<JobViews.EmployerView>> employers() {
        return service.employersInScope(actor.get()).map(es -> es.stream().map(e -> employer(e, true)).toList());
    }

    private JobViews.EmployerView employer(org.weiyuan.jobs.Employer e, boolean masked) {
        String phone = service.contactPhone(e);
        return new JobViews.EmployerView(e.id, e.unitId, e.name, e.district, e.contactName, masked ? Masking.phone(phone) : phone);
    }

    @POST
    @Path("/listings")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = JobViews.ListingView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "createJobListing", summary = "发布岗位 Post a listing; workers it fits strongly are told")
    public Uni<JobViews.ListingView> createListing(@Valid @NotNull JobViews.ListingRequest request) {
        return service.createListing(actor.get(), request).chain(this::view);
    }

    @GET
    @Path("/listings")
    @Operation(operationId = "listJobListings", summary = "在招岗位 Open listings, newest first")
    public Uni<List<JobViews.ListingView>> listings(@RestQuery("district") String district,
                                                    @RestQuery("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.openListings(district, limit).chain(ls -> service.employerNames(ls.stream().map(l -> l.employerId).distinct().toList())
                .map(names -> ls.stream().map(l -> JobPresenter.listing(l, names.get(l.employerId))).toList()));
    }

    @GET
    @Path("/listings/{id}")
    @Operation(operationId = "getJobListing")
    public Uni<JobViews.ListingView> listing(@RestPath("id") java.util.UUID id) {
        return service.listing(id).chain(this::view);
    }

    @POST
    @Path("/listings/{id}/close")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "closeJobListing")
    public Uni<JobViews.ListingView> close(@RestPath("id") java.util.UUID id) {
        return service.closeListing(actor.get(), id).chain(this::view);
    }

    private Uni<JobViews.ListingView> view(JobListing l) {
        return service.employerNames(List.of(l.employerId)).map(names -> JobPresenter.listing(l, names.get(l.employerId)));
    }

    @GET
    @Path("/listings/{id}/candidates")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listJobCandidates", summary = "推荐人选 The best workers in the caller's scope for a listing, hardest-hit households first among near-equals")
    public Uni<List<JobViews.CandidateView>> candidates(@RestPath("id") java.util.UUID id,
                                                        @RestQuery("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                                        @HeaderParam("Accept-Language") String language) {
        Locale locale = Messages.negotiate(language);
        return service.listingInScope(actor.get(), id).chain(l -> service.staffUnit(actor.get())
                .chain(unit -> matcher.candidates(l, unit.path, limit))
                .map(cs -> cs.stream().map(c -> new JobViews.CandidateView(c.worker(), c.householdId(), c.severity(),
                        (int) Math.round(c.score()), (int) Math.round(c.priority()),
                        JobPresenter.why(c.why(), config.scorerWeights(), locale))).toList()));
    }

    // ---- the worker's side ----------------------------------------------------------------

    @PUT
    @Path("/profile")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "saveWorkerProfile", summary = "求职档案 Save my employment profile")
    public Uni<JobViews.ProfileView> saveProfile(@Valid @NotNull JobViews.ProfileRequest request) {
        return service.saveProfile(actor.get(), request).map(JobPresenter::profile);
    }

    @GET
    @Path("/profile")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "getWorkerProfile")
    public Uni<JobViews.ProfileView> profile() {
        return service.profile(actor.get().subject()).map(JobPresenter::profile);
    }

    @GET
    @Path("/matches")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "listMyJobMatches", summary = "为我推荐 The best open jobs for me, each with why")
    public Uni<List<JobViews.JobMatchView>> matches(@RestQuery("limit") @DefaultValue("10") @Min(1) @Max(50) int limit,
                                                    @HeaderParam("Accept-Language") String language) {
        return matchesFor(service.profile(actor.get().subject()), limit, language);
    }

    @GET
    @Path("/workers/{subject}/matches")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listJobMatchesForWorker", summary = "为职工找岗位 The best open jobs for a worker in the caller's scope (送岗到户)")
    public Uni<List<JobViews.JobMatchView>> matchesForWorker(@RestPath("subject") java.util.UUID subject,
                                                             @RestQuery("limit") @DefaultValue("10") @Min(1) @Max(50) int limit,
                                                             @HeaderParam("Accept-Language") String language) {
        return matchesFor(service.profileInScope(actor.get(), subject), limit, language);
    }

    private Uni<List<JobViews.JobMatchView>> matchesFor(Uni<WorkerProfile> profile, int limit, String language) {
        Locale locale = Messages.negotiate(language);
        boolean english = locale.getLanguage().equals("en");
        return profile.chain(p -> matcher.topFor(p, limit))
                .map(ms -> ms.stream().map(m -> {
                    var d = m.districts().get(m.districts().indexOf(m.listing().district()));
                    return new JobViews.JobMatchView(m.listing(), english ? d.nameEn() : d.nameZh(), (int) Math.round(m.score()),
                            JobPresenter.why(m.why(), config.scorerWeights(), locale));
                }).toList());
    }

    @POST
    @Path("/listings/{id}/applications")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @ResponseStatus(201)
    @APIResponseSchema(value = JobViews.ApplicationView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "applyForJob", summary = "报名 Apply (a worker for themselves; staff for a worker in their scope: 送岗到户)")
    public Uni<JobViews.ApplicationView> apply(@RestPath("id") java.util.UUID id, @Valid JobViews.ApplyRequest request) {
        JobViews.ApplyRequest r = request == null ? new JobViews.ApplyRequest(null, null) : request;
        return service.apply(actor.get(), id, r).chain(a -> service.listingTitles(List.of(a.listingId))
                .map(t -> JobPresenter.application(a, t.get(a.listingId))));
    }

    @GET
    @Path("/applications")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "listMyJobApplications")
    public Uni<List<JobViews.ApplicationView>> myApplications() {
        return service.myApplications(actor.get()).chain(this::views);
    }

    @GET
    @Path("/listings/{id}/applications")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listJobListingApplications")
    public Uni<List<JobViews.ApplicationView>> applications(@RestPath("id") java.util.UUID id) {
        return service.applicationsFor(actor.get(), id).chain(this::views);
    }

    @POST
    @Path("/applications/{id}/status")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "setJobApplicationStatus", summary = "求职进展 Staff: INTERVIEW, HIRED, NOT_HIRED; the worker: WITHDRAWN")
    public Uni<JobViews.ApplicationView> status(@RestPath("id") java.util.UUID id, @Valid @NotNull JobViews.StatusRequest request) {
        return service.changeStatus(actor.get(), id, request).chain(a -> service.listingTitles(List.of(a.listingId))
                .map(t -> JobPresenter.application(a, t.get(a.listingId))));
    }

    private Uni<List<JobViews.ApplicationView>> views(List<JobApplication> as) {
        return service.listingTitles(as.stream().map(a -> a.listingId).distinct().toList())
                .map(t -> as.stream().map(a -> JobPresenter.application(a, t.get(a.listingId))).toList());
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
        return service.staffUnit(actor.get()).chain(unit -> placements.report(unit.path, start, end));
    }

    @POST
    @Path("/matches/recompute")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recomputeJobMatches", summary = "全量重算 Recompute every worker's top ten and store them")
    public Uni<JobMatcher.Recompute> recompute() {
        return matcher.recomputeAll();
    }
}
