package org.weiyuan.jobs;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DatabaseSignals;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.org.UnionScope;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.security.Actor;
import org.weiyuan.security.PiiCipher;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Employers, listings, employment profiles and applications (就业帮扶). Staff act within their union
 * subtree; a worker sees open listings, keeps their own profile and follows their own applications.
 */
@ApplicationScoped
public class JobService {

    final BusinessTime time;

    final JobRepositories.Employers employers;
    final JobRepositories.Listings listings;
    final JobRepositories.Profiles profiles;
    final JobRepositories.Applications applications;
    final UnionScope scope;
    final HouseholdService households;
    final PiiCipher cipher;
    final AuditLog audit;
    final Notifier notifier;
    final DatabaseSignals signals;
    final ListingIndex index;
    final JobMatcher matcher;

    JobService(BusinessTime time, JobRepositories.Employers employers, JobRepositories.Listings listings, JobRepositories.Profiles profiles, JobRepositories.Applications applications, UnionScope scope, HouseholdService households, PiiCipher cipher, AuditLog audit, Notifier notifier, DatabaseSignals signals, ListingIndex index, JobMatcher matcher) {
        this.time = time;
        this.employers = employers;
        this.listings = listings;
        this.profiles = profiles;
        this.applications = applications;
        this.scope = scope;
        this.households = households;
        this.cipher = cipher;
        this.audit = audit;
        this.notifier = notifier;
        this.signals = signals;
        this.index = index;
        this.matcher = matcher;
    }

    // ---- employers ------------------------------------------------------------------------

    @WithTransaction
    public Uni<Employer> createEmployer(Actor staff, JobViews.EmployerRequest r) {
        return scope.requireInStaffScope(staff, r.unitId()).chain(() -> Districts.require("district", r.district())).chain(() -> {
            Employer e = new Employer();
            e.id = UUID.randomUUID();
            e.unitId = r.unitId();
            e.name = r.name().trim();
            e.district = r.district();
            e.contactName = r.contactName().trim();
            e.contactPhoneEnc = cipher.encrypt(r.contactPhone());
            e.createdBy = staff.subject();
            e.createdAt = time.now();
            return employers.persist(e).call(() -> audit.record(staff, "EMPLOYER_CREATED", "employer", e.id, null,
                    Map.of("name", e.name, "unitId", e.unitId), null));
        });
    }

    @WithSession
    public Uni<List<Employer>> employersInScope(Actor staff) {
        return scope.staffUnit(staff).chain(unit -> employers.list(
                "unitId in (select u.id from UnionUnit u where u.path like ?1) order by name", unit.path + "%"));
    }

    public String contactPhone(Employer e) {
        return cipher.decrypt(e.contactPhoneEnc);
    }

    // ---- listings -------------------------------------------------------------------------

    @WithTransaction
    public Uni<JobListing> createListing(Actor staff, JobViews.ListingRequest r) {
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
        return employers.findById(r.employerId()).onItem().ifNull().failWith(() -> DomainException.notFound("employer"))
                .call(e -> scope.requireInStaffScope(staff, e.unitId))
                .call(e -> Districts.require("district", r.district()))
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
                    l.skills = skillCodes(r.skills());
                    l.certificates = names(r.certificates());
                    l.demands = names(r.demands());
                    l.shiftMask = r.shifts().mask();
                    l.weeklyHours = r.weeklyHours();
                    l.ageMin = r.ageMin();
                    l.ageMax = r.ageMax();
                    l.trainingSkills = names(r.trainingSkills());
                    l.startDate = r.startDate();
                    l.expiresOn = r.expiresOn();
                    l.status = JobListing.Status.OPEN;
                    l.createdBy = staff.subject();
                    l.createdAt = time.now();
                    l.updatedAt = l.createdAt;
                    return listings.persist(l)
                            .call(() -> audit.record(staff, "LISTING_CREATED", "job_listing", l.id, null,
                                    Map.of("title", l.title, "positions", l.positions), null))
                            .call(() -> changed())
                            .call(() -> tellStrongMatches(l, e));
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
    public Uni<JobListing> listing(UUID id) {
        return listings.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("listing"));
    }

    /** Open listings, newest first, optionally in one district. Anyone signed in may browse them. */
    @WithSession
    public Uni<List<JobListing>> openListings(String district, int limit) {
        return district == null
                ? listings.find("status = ?1 and expiresOn >= ?2 order by createdAt desc", JobListing.Status.OPEN, time.today())
                .range(0, limit - 1).list()
                : listings.find("status = ?1 and expiresOn >= ?2 and district = ?3 order by createdAt desc",
                JobListing.Status.OPEN, time.today(), district).range(0, limit - 1).list();
    }

    @WithSession
    public Uni<Map<UUID, String>> employerNames(List<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                : employers.list("id in ?1", ids).map(es -> es.stream().collect(java.util.stream.Collectors.toMap(e -> e.id, e -> e.name)));
    }

    @WithTransaction
    public Uni<JobListing> closeListing(Actor staff, UUID id) {
        return listings.findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(() -> DomainException.notFound("listing"))
                .call(l -> scope.requireInStaffScope(staff, l.unitId))
                .chain(l -> {
                    if (l.status != JobListing.Status.OPEN) {
                        throw DomainException.illegalTransition("CLOSE", l.status);
                    }
                    l.status = JobListing.Status.CLOSED;
                    l.updatedAt = time.now();
                    return audit.record(staff, "LISTING_CLOSED", "job_listing", l.id, Map.of("status", "OPEN"),
                            Map.of("status", "CLOSED"), null).call(this::changed).replaceWith(l);
                });
    }

    /** The listing, if staff may manage it (in their subtree); 404 otherwise. */
    @WithSession
    public Uni<JobListing> listingInScope(Actor staff, UUID id) {
        return listing(id).call(l -> scope.requireInStaffScope(staff, l.unitId));
    }

    @WithSession
    public Uni<UnionUnit> staffUnit(Actor staff) {
        return scope.staffUnit(staff);
    }

    // ---- worker profiles ------------------------------------------------------------------

    /** The worker keeps their own profile; it belongs to the union unit of their household file. */
    @WithTransaction
    public Uni<WorkerProfile> saveProfile(Actor worker, JobViews.ProfileRequest r) {
        Set<String> reach = new TreeSet<>(r.reachableDistricts());
        reach.add(r.homeDistrict());
        if (r.skills() != null && r.skills().stream().map(JobViews.SkillLevel::skill).distinct().count() < r.skills().size()) {
            throw DomainException.unprocessable("skills", "problem.jobs.skill-twice");
        }
        Uni<Void> districts = Districts.require("homeDistrict", r.homeDistrict());
        for (String d : r.reachableDistricts()) {
            districts = districts.chain(() -> Districts.require("reachableDistricts", d));
        }
        return districts.chain(() -> households.ownedHousehold(worker.subject()))
                .onItem().ifNull().failWith(() -> DomainException.unprocessable("household", "problem.jobs.household-first"))
                .chain(h -> profiles.findById(worker.subject()).chain(found -> {
                    WorkerProfile p = found == null ? new WorkerProfile() : found;
                    p.subject = worker.subject();
                    p.unitId = h.unitId;
                    p.householdId = h.id;
                    p.birthYear = r.birthYear();
                    p.skills = skillCodes(r.skills());
                    p.certificates = names(r.certificates());
                    p.healthLimits = names(r.healthLimits());
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
                }));
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
    public Uni<WorkerProfile> profile(UUID subject) {
        return profiles.findById(subject).onItem().ifNull().failWith(() -> DomainException.notFound("profile"));
    }

    /** A worker's profile, for staff whose subtree holds it; 404 otherwise. */
    @WithSession
    public Uni<WorkerProfile> profileInScope(Actor staff, UUID subject) {
        return profile(subject).call(p -> scope.requireInStaffScope(staff, p.unitId));
    }

    // ---- applications ---------------------------------------------------------------------

    /**
     * A worker applies, or staff apply for a worker in their scope (送岗到户). The hard constraints
     * hold here too: nobody is sent to a job their health rules out.
     */
    @WithTransaction
    public Uni<JobApplication> apply(Actor actor, UUID listingId, JobViews.ApplyRequest r) {
        UUID worker = actor.isStaff() ? r.workerSubject() : actor.subject();
        if (worker == null) {
            throw DomainException.unprocessable("workerSubject", "problem.jobs.worker-needed");
        }
        return listing(listingId).chain(l -> {
            if (l.openPositions() <= 0 || l.expiresOn.isBefore(time.today())) {
                throw DomainException.conflict("problem.jobs.listing-closed");
            }
            return profiles.findById(worker).onItem().ifNull().failWith(() -> actor.isStaff()
                            ? DomainException.notFound("profile")
                            : DomainException.unprocessable("profile", "problem.jobs.profile-first"))
                    .call(p -> actor.isStaff() ? scope.requireInStaffScope(actor, p.unitId) : Uni.createFrom().voidItem())
                    .call(p -> index.snapshot().map(s -> {
                        var violation = matcher.scorer(s.districts()).violation(
                                JobMatcher.traits(p, null, s.districts(), time.year()), JobMatcher.traits(l, s.districts()));
                        if (violation != null) {
                            throw DomainException.unprocessable("listingId", "problem.jobs.constraint." + violation.name());
                        }
                        return p;
                    }))
                    .chain(p -> applications.count("listingId = ?1 and workerSubject = ?2", l.id, worker).chain(n -> {
                        if (n > 0) {
                            throw DomainException.conflict("problem.jobs.applied-already");
                        }
                        JobApplication a = new JobApplication();
                        a.id = UUID.randomUUID();
                        a.listingId = l.id;
                        a.workerSubject = worker;
                        a.appliedBy = actor.subject();
                        a.status = JobApplication.Status.APPLIED;
                        a.note = r.note();
                        a.createdAt = time.now();
                        a.updatedAt = a.createdAt;
                        return applications.persist(a).call(() -> audit.record(actor, "APPLICATION_CREATED", "job_application",
                                a.id, null, Map.of("listingId", l.id, "worker", worker), null));
                    }));
        });
    }

    /**
     * Moves an application along. Hiring takes a position under the listing's row lock, so two
     * staff hiring at once can never fill more positions than the listing has.
     */
    @WithTransaction
    public Uni<JobApplication> changeStatus(Actor actor, UUID applicationId, JobViews.StatusRequest r) {
        return applications.findById(applicationId).onItem().ifNull().failWith(() -> DomainException.notFound("application"))
                .chain(a -> listings.findById(a.listingId, LockModeType.PESSIMISTIC_WRITE).chain(l -> {
                    Uni<Void> allowed = actor.isStaff() ? scope.requireInStaffScope(actor, l.unitId)
                            : actor.subject().equals(a.workerSubject) ? Uni.createFrom().voidItem()
                            : Uni.createFrom().failure(DomainException.notFound("application"));
                    return allowed.chain(() -> {
                        if (!a.status.canMoveTo(r.status(), actor.isStaff())) {
                            throw DomainException.illegalTransition(r.status().name(), a.status);
                        }
                        Map<String, Object> before = Map.of("status", a.status);
                        Uni<Void> position = Uni.createFrom().voidItem();
                        if (r.status() == JobApplication.Status.HIRED) {
                            if (l.openPositions() <= 0) {
                                throw DomainException.conflict("problem.jobs.listing-full");
                            }
                            l.filled++;
                            if (l.filled == l.positions) {
                                l.status = JobListing.Status.FILLED;
                            }
                            l.updatedAt = time.now();
                            a.hiredAt = l.updatedAt;
                            position = changed();
                        }
                        a.status = r.status();
                        a.note = r.note() == null ? a.note : r.note();
                        a.updatedAt = time.now();
                        return position
                                .call(() -> audit.record(actor, "APPLICATION_" + a.status, "job_application", a.id, before,
                                        Map.of("status", a.status), r.note()))
                                .call(() -> actor.subject().equals(a.workerSubject) ? Uni.createFrom().voidItem()
                                        : notifier.notify(a.workerSubject, NotificationKind.APPLICATION_STATUS,
                                        Notifier.listing(l.id), l.title,
                                        new Notifier.Localized("jobs.application." + a.status.name())))
                                .replaceWith(a);
                    });
                }));
    }

    @WithSession
    public Uni<List<JobApplication>> myApplications(Actor worker) {
        return applications.list("workerSubject = ?1 order by createdAt desc", worker.subject());
    }

    @WithSession
    public Uni<List<JobApplication>> applicationsFor(Actor staff, UUID listingId) {
        return listingInScope(staff, listingId).chain(l -> applications.list("listingId = ?1 order by createdAt", l.id));
    }

    @WithSession
    public Uni<Map<UUID, String>> listingTitles(List<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                : listings.list("id in ?1", ids).map(ls -> ls.stream().collect(java.util.stream.Collectors.toMap(l -> l.id, l -> l.title)));
    }

    // ---- helpers --------------------------------------------------------------------------

    /** Every replica's listing index goes stale when this transaction commits. */
    private Uni<Void> changed() {
        index.invalidate();
        return signals.send(DatabaseSignals.JOBS, "listing");
    }


    static String[] skillCodes(List<JobViews.SkillLevel> skills) {
        return skills == null ? new String[0] : skills.stream().map(s -> s.skill().name() + ":" + s.level()).toArray(String[]::new);
    }

    static <E extends Enum<E>> String[] names(Set<E> values) {
        return values == null ? new String[0] : values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

}
