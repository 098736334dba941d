package org.weiyuan.jobs;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Messages;
import org.weiyuan.matching.Certificate;
import org.weiyuan.matching.Skill;
import org.weiyuan.matching.WorkDemand;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.org.Districts;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Job listings (岗位): staff post and close them in their subtree, anyone signed in browses the open
 * ones, and staff see the best candidates of their subtree for each.
 */
@ApplicationScoped
public class ListingService {

    final BusinessTime time;
    final JobRepositories.Listings listings;
    final EmployerService employers;
    final UnionScope scope;
    final Districts districts;
    final AuditLog audit;
    final Notifier notifier;
    final ListingIndex index;
    final JobMatcher matcher;
    final MatchingConfig config;

    ListingService(BusinessTime time, JobRepositories.Listings listings, EmployerService employers, UnionScope scope,
                   Districts districts, AuditLog audit, Notifier notifier, ListingIndex index, JobMatcher matcher,
                   MatchingConfig config) {
        this.time = time;
        this.listings = listings;
        this.employers = employers;
        this.scope = scope;
        this.districts = districts;
        this.audit = audit;
        this.notifier = notifier;
        this.index = index;
        this.matcher = matcher;
        this.config = config;
    }

    /** Skills, certificates, work demands and districts, named in the reader's language. */
    public Uni<JobViews.Taxonomy> taxonomy(Locale locale) {
        return index.snapshot().map(s -> new JobViews.Taxonomy(
                Arrays.stream(Skill.values()).map(v -> new JobViews.Term(v.name(), Messages.get(locale, "skill." + v.name()))).toList(),
                Arrays.stream(Certificate.values()).map(v -> new JobViews.Term(v.name(), Messages.get(locale, "certificate." + v.name()))).toList(),
                Arrays.stream(WorkDemand.values()).map(v -> new JobViews.Term(v.name(), Messages.get(locale, "demand." + v.name()))).toList(),
                s.districts().all().stream().map(d -> new JobViews.DistrictView(d.code(),
                        locale.getLanguage().equals("en") ? d.nameEn() : d.nameZh(), null)).toList()));
    }

    @WithTransaction
    public Uni<JobViews.ListingView> create(Actor staff, JobViews.ListingRequest r) {
        if (r.wageMaxFen() < r.wageMinFen()) {
            throw DomainException.unprocessable("wageMaxFen", "problem.jobs.wage-range");
        }
        if (r.ageMin() != null && r.ageMax() != null && r.ageMax() < r.ageMin()) {
            throw DomainException.unprocessable("ageMax", "problem.jobs.age-range");
        }
        if (r.expiresOn().isBefore(time.today()) || r.expiresOn().isAfter(time.today().plusDays(180))) {
            throw DomainException.unprocessable("expiresOn", "problem.jobs.expiry", 180);
        }
        if (r.skills() != null && r.skills().stream().map(JobViews.SkillLevel::skill).distinct().count() < r.skills().size()) {
            throw DomainException.unprocessable("skills", "problem.jobs.skill-twice");
        }
        return employers.employer(r.employerId())
                .call(e -> scope.requireInStaffScope(staff, e.unitId))
                .call(e -> districts.require("district", r.district()))
                .chain(e -> {
                    JobListing l = new JobListing();
                    l.id = UUID.randomUUID();
                    l.employerId = e.id;
                    l.unitId = e.unitId;
                    l.title = r.title().trim();
                    l.description = r.description().trim();
                    l.positions = r.positions();
                    l.wageMinFen = r.wageMinFen();
                    l.wageMaxFen = r.wageMaxFen();
                    l.wagePeriod = r.wagePeriod();
                    l.district = r.district();
                    l.address = r.address().trim();
                    l.skills = Traits.skillCodes(r.skills());
                    l.certificates = Traits.names(r.certificates());
                    l.demands = Traits.names(r.demands());
                    l.shiftMask = r.shifts().mask();
                    l.weeklyHours = r.weeklyHours();
                    l.ageMin = r.ageMin();
                    l.ageMax = r.ageMax();
                    l.trainingSkills = Traits.names(r.trainingSkills());
                    l.startDate = r.startDate();
                    l.expiresOn = r.expiresOn();
                    l.status = JobListing.Status.OPEN;
                    l.createdBy = staff.subject();
                    l.createdAt = time.now();
                    l.updatedAt = l.createdAt;
                    return listings.persist(l)
                            .call(() -> audit.record(staff, "LISTING_CREATED", "job_listing", l.id, null,
                                    Map.of("title", l.title, "positions", l.positions), null))
                            .call(index::changed)
                            .call(() -> tellStrongMatches(l, e))
                            .map(saved -> JobPresenter.listing(saved, e.name));
                });
    }

    /** Workers for whom the new listing is a strong match hear of it (新岗位推荐). */
    private Uni<Void> tellStrongMatches(JobListing l, Employer e) {
        return matcher.strongMatches(l).chain(matches -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (JobMatcher.Candidate c : matches) {
                all = all.chain(() -> notifier.notify(c.worker(), NotificationKind.JOB_STRONG_MATCH, Notifier.listing(l.id),
                        l.title, e.name));
            }
            return all;
        });
    }

    @WithSession
    public Uni<JobViews.ListingView> get(UUID id) {
        return listing(id).chain(this::view);
    }

    /** Open listings, newest first, optionally in one district. Anyone signed in may browse them. */
    @WithSession
    public Uni<List<JobViews.ListingView>> open(String district, int limit) {
        return listings.open(district, time.today(), limit).chain(ls -> employers.names(ls.stream().map(l -> l.employerId).distinct().toList())
                .map(names -> ls.stream().map(l -> JobPresenter.listing(l, names.get(l.employerId))).toList()));
    }

    @WithTransaction
    public Uni<JobViews.ListingView> close(Actor staff, UUID id) {
        return listings.findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(() -> DomainException.notFound("listing"))
                .call(l -> scope.requireInStaffScope(staff, l.unitId))
                .chain(l -> {
                    if (l.status != JobListing.Status.OPEN) {
                        throw DomainException.illegalTransition("CLOSE", l.status);
                    }
                    l.status = JobListing.Status.CLOSED;
                    l.updatedAt = time.now();
                    return audit.record(staff, "LISTING_CLOSED", "job_listing", l.id, Map.of("status", "OPEN"),
                            Map.of("status", "CLOSED"), null).call(index::changed).replaceWith(l);
                })
                .chain(this::view);
    }

    /** The best workers of the staff member's subtree for a listing of that subtree, each with why. */
    @WithSession
    public Uni<List<JobViews.CandidateView>> candidates(Actor staff, UUID id, int limit, Locale locale) {
        return inScope(staff, id).chain(l -> scope.staffUnit(staff)
                .chain(unit -> matcher.candidates(l, unit.path, limit))
                .map(cs -> cs.stream().map(c -> new JobViews.CandidateView(c.worker(), c.householdId(), c.severity(),
                        (int) Math.round(c.score()), (int) Math.round(c.priority()),
                        JobPresenter.why(c.why(), config.scorerWeights(), locale))).toList()));
    }

    /** Open listings as entities, newest first (training reads their skills to find a worker's gaps). */
    public Uni<List<JobListing>> openListings(String district, int limit) {
        return listings.open(district, time.today(), limit);
    }

    /** Employer names by id, for features that show listings (job fairs). */
    public Uni<Map<UUID, String>> employerNames(List<UUID> ids) {
        return employers.names(ids);
    }

    /** The listing, or 404. */
    public Uni<JobListing> listing(UUID id) {
        return listings.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("listing"));
    }

    /** The listing, if staff may manage it (in their subtree); 404 otherwise. */
    public Uni<JobListing> inScope(Actor staff, UUID id) {
        return listing(id).call(l -> scope.requireInStaffScope(staff, l.unitId));
    }

    Uni<Map<UUID, String>> titles(List<UUID> ids) {
        return listings.titlesOf(ids);
    }

    private Uni<JobViews.ListingView> view(JobListing l) {
        return employers.names(List.of(l.employerId)).map(names -> JobPresenter.listing(l, names.get(l.employerId)));
    }
}
