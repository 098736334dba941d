package org.weiyuan.jobs;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.org.Districts;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Employment profiles (求职档案): the worker keeps their own; it belongs to the union unit of their
 * household file, whose staff may read it and look for jobs on the worker's behalf (送岗到户).
 */
@ApplicationScoped
public class ProfileService {

    final BusinessTime time;
    final JobRepositories.Profiles profiles;
    final HouseholdService households;
    final UnionScope scope;
    final Districts districts;
    final AuditLog audit;
    final JobMatcher matcher;
    final MatchingConfig config;

    ProfileService(BusinessTime time, JobRepositories.Profiles profiles, HouseholdService households, UnionScope scope,
                   Districts districts, AuditLog audit, JobMatcher matcher, MatchingConfig config) {
        this.time = time;
        this.profiles = profiles;
        this.households = households;
        this.scope = scope;
        this.districts = districts;
        this.audit = audit;
        this.matcher = matcher;
        this.config = config;
    }

    @WithTransaction
    public Uni<JobViews.ProfileView> save(Actor worker, JobViews.ProfileRequest r) {
        Set<String> reach = new TreeSet<>(r.reachableDistricts());
        reach.add(r.homeDistrict());
        if (r.skills() != null && r.skills().stream().map(JobViews.SkillLevel::skill).distinct().count() < r.skills().size()) {
            throw DomainException.unprocessable("skills", "problem.jobs.skill-twice");
        }
        return districts.require("homeDistrict", r.homeDistrict())
                .chain(() -> districts.requireAll("reachableDistricts", r.reachableDistricts()))
                .chain(() -> households.ownedHousehold(worker.subject()))
                .onItem().ifNull().failWith(() -> DomainException.unprocessable("household", "problem.jobs.household-first"))
                .chain(h -> profiles.findById(worker.subject()).chain(found -> {
                    WorkerProfile p = found == null ? new WorkerProfile() : found;
                    p.subject = worker.subject();
                    p.unitId = h.unitId;
                    p.householdId = h.id;
                    p.birthYear = r.birthYear();
                    p.skills = Traits.skillCodes(r.skills());
                    p.certificates = Traits.names(r.certificates());
                    p.healthLimits = Traits.names(r.healthLimits());
                    p.homeDistrict = r.homeDistrict();
                    p.reachableDistricts = reach.toArray(new String[0]);
                    p.availabilityMask = r.availability().mask();
                    p.desiredWeeklyHours = r.desiredWeeklyHours();
                    p.desiredWageFen = r.desiredWageFen();
                    p.wantsTraining = r.wantsTraining();
                    p.updatedBy = worker.subject();
                    p.updatedAt = time.now();
                    return (found == null ? profiles.persist(p) : Uni.createFrom().item(p))
                            .call(() -> audit.record(worker, "PROFILE_SAVED", "worker_profile", p.subject, null,
                                    Map.of("skills", List.of(p.skills)), null));
                }))
                .map(JobPresenter::profile);
    }

    /**
     * A training certificate raises the worker's skill in their profile (in the caller's
     * transaction); a worker without a profile yet keeps the certificate only. Answers whether the
     * profile changed.
     */
    public Uni<Boolean> raiseSkill(Actor staff, UUID worker, String skill, int level) {
        return profiles.findById(worker).chain(p -> {
            if (p == null || !p.raiseSkill(skill, level)) {
                return Uni.createFrom().item(false);
            }
            p.updatedBy = staff.subject();
            p.updatedAt = time.now();
            return audit.record(staff, "PROFILE_SKILL_RAISED", "worker_profile", p.subject, null,
                    Map.of("skill", skill, "level", level), "training certificate").replaceWith(true);
        });
    }

    @WithSession
    public Uni<JobViews.ProfileView> mine(Actor worker) {
        return profile(worker.subject()).map(JobPresenter::profile);
    }

    /** The best open jobs for the worker's own profile, each with why. */
    @WithSession
    public Uni<List<JobViews.JobMatchView>> myMatches(Actor worker, int limit, Locale locale) {
        return matches(profile(worker.subject()), limit, locale);
    }

    /** The best open jobs for a worker of the staff member's subtree (送岗到户). */
    @WithSession
    public Uni<List<JobViews.JobMatchView>> matchesFor(Actor staff, UUID subject, int limit, Locale locale) {
        return matches(inScope(staff, subject), limit, locale);
    }

    private Uni<List<JobViews.JobMatchView>> matches(Uni<WorkerProfile> profile, int limit, Locale locale) {
        boolean english = locale.getLanguage().equals("en");
        return profile.chain(p -> matcher.topFor(p, limit))
                .map(ms -> ms.stream().map(m -> {
                    var d = m.districts().get(m.districts().indexOf(m.listing().district()));
                    return new JobViews.JobMatchView(JobPresenter.listing(m.listing()), english ? d.nameEn() : d.nameZh(), (int) Math.round(m.score()),
                            JobPresenter.why(m.why(), config.scorerWeights(), locale));
                }).toList());
    }

    /** The worker's profile, or 404 (training reads its skills). */
    public Uni<WorkerProfile> profile(UUID subject) {
        return profiles.findById(subject).onItem().ifNull().failWith(() -> DomainException.notFound("profile"));
    }

    /** A worker's profile, for staff whose subtree holds it; 404 otherwise. */
    Uni<WorkerProfile> inScope(Actor staff, UUID subject) {
        return profile(subject).call(p -> scope.requireInStaffScope(staff, p.unitId));
    }

    /** The worker's profile, or null. */
    Uni<WorkerProfile> find(UUID subject) {
        return profiles.findById(subject);
    }
}
