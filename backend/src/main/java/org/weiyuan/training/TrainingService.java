package org.weiyuan.training;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.followup.PlatformRecordsRepository;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.jobs.JobListing;
import org.weiyuan.jobs.ListingService;
import org.weiyuan.jobs.ProfileService;
import org.weiyuan.matching.Skill;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.training.TrainingEntities.Course;
import org.weiyuan.training.TrainingEntities.Enrolment;
import org.weiyuan.training.TrainingEntities.FairListing;
import org.weiyuan.training.TrainingEntities.JobFair;
import org.weiyuan.training.TrainingViews.AttachRequest;
import org.weiyuan.training.TrainingViews.CompleteRequest;
import org.weiyuan.training.TrainingViews.CourseRequest;
import org.weiyuan.training.TrainingViews.CourseView;
import org.weiyuan.training.TrainingViews.EnrolRequest;
import org.weiyuan.training.TrainingViews.EnrolmentView;
import org.weiyuan.training.TrainingViews.FairListingView;
import org.weiyuan.training.TrainingViews.FairRequest;
import org.weiyuan.training.TrainingViews.FairView;
import org.weiyuan.training.TrainingViews.HouseholdSkill;
import org.weiyuan.training.TrainingViews.Recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Training follow-through: courses (培训班) with enrolment, completion and certificate; a
 * certificate raises the skill in the worker's job profile, so job matching sees it; courses are
 * recommended for the skill gaps between the worker's profile and the open listings; "one
 * household, one skill" (一户一技) per household; and job fairs (招聘会) with listings attached.
 */
@ApplicationScoped
public class TrainingService {

    private final TrainingRepository repository;
    private final PlatformRecordsRepository records;
    private final UnionScope scope;
    private final ProfileService profiles;
    private final ListingService listings;
    private final HouseholdService households;
    private final AuditLog audit;
    private final BusinessTime time;

    public TrainingService(TrainingRepository repository, PlatformRecordsRepository records, UnionScope scope, ProfileService profiles, ListingService listings, HouseholdService households, AuditLog audit,
                           BusinessTime time) {
        this.records = records;
        this.repository = repository;
        this.scope = scope;
        this.profiles = profiles;
        this.listings = listings;
        this.households = households;
        this.audit = audit;
        this.time = time;
    }

    public Uni<CourseView> createCourse(Actor actor, CourseRequest r) {
        if (r.endsOn().isBefore(r.startsOn())) {
            return Uni.createFrom().failure(DomainException.unprocessable("endsOn", "problem.training.ends-before-start"));
        }
        return repository.inTransaction(() -> scope.unitInStaffScope(actor, r.unitId()).chain(unit -> {
            Course c = new Course();
            c.id = UUID.randomUUID();
            c.unitId = unit.id;
            c.title = r.title().strip();
            c.skill = r.skill().name();
            c.level = r.level();
            c.provider = r.provider().strip();
            c.startsOn = r.startsOn();
            c.endsOn = r.endsOn();
            c.capacity = r.capacity();
            c.certificateName = r.certificateName().strip();
            c.createdBy = actor.subject();
            c.createdAt = time.now();
            return repository.persist(c).chain(() -> audit.record(actor, "training.course.create", "training_course", c.id, null,
                    Map.of("skill", c.skill, "level", c.level, "capacity", c.capacity), null)).replaceWith(view(c));
        }));
    }

    public Uni<List<CourseView>> courses(Skill skill) {
        return repository.inSession(() -> repository.currentCourses(time.today(), skill == null ? null : skill.name()))
                .map(l -> l.stream().map(TrainingService::view).toList());
    }

    /** The worker's skill gaps against the open listings, each with the current courses that teach it to the level asked. */
    public Uni<List<Recommendation>> recommended(Actor worker) {
        return repository.inSession(() -> profiles.profile(worker.subject()).chain(p -> listings.openListings(null, 200).chain(open -> {
            List<TrainingRules.Gap> gaps = TrainingRules.gaps(Arrays.asList(p.skills == null ? new String[0] : p.skills),
                    open.stream().map(l -> Arrays.asList(l.skills == null ? new String[0] : l.skills)).toList());
            return repository.currentCourses(time.today(), null).map(courses -> gaps.stream().map(g -> new Recommendation(
                    Skill.valueOf(g.skill()), g.level(), g.listings(),
                    courses.stream().filter(c -> c.skill.equals(g.skill()) && c.level >= g.level()).map(TrainingService::view).toList()))
                    .toList());
        })));
    }

    /** A worker enrols themself; staff enrol a worker whose household file their subtree holds. Capacity holds under the course's lock. */
    public Uni<EnrolmentView> enrol(Actor actor, UUID courseId, EnrolRequest r) {
        boolean staff = actor.isStaff() && r != null && r.workerSubject() != null;
        if (!staff && !actor.isWorker()) {
            return Uni.createFrom().failure(DomainException.unprocessable("workerSubject", "problem.training.worker-required"));
        }
        UUID worker = staff ? r.workerSubject() : actor.subject();
        return repository.inTransaction(() -> households.ownedHousehold(worker).chain(h -> (staff ? staffMayEnrol(actor, h)
                : Uni.createFrom().voidItem()).chain(() -> repository.lockCourse(courseId)).chain(c -> {
                    if (c == null) {
                        throw DomainException.notFound("course");
                    }
                    if (c.endsOn.isBefore(time.today())) {
                        throw DomainException.conflict("problem.training.course-over");
                    }
                    return repository.enrolled(c.id, worker).chain(already -> {
                        if (already) {
                            throw DomainException.conflict("problem.training.already-enrolled");
                        }
                        if (c.enrolled >= c.capacity) {
                            throw DomainException.conflict("problem.training.full", c.capacity);
                        }
                        c.enrolled++;
                        Instant now = time.now();
                        Enrolment e = new Enrolment();
                        e.id = UUID.randomUUID();
                        e.courseId = c.id;
                        e.workerSubject = worker;
                        e.householdId = h == null ? null : h.id;
                        e.status = TrainingRules.Status.ENROLLED;
                        e.enrolledBy = actor.subject();
                        e.enrolledAt = now;
                        e.updatedAt = now;
                        return repository.persist(e).chain(() -> audit.record(actor, "training.enrol", "training_enrolment", e.id, null,
                                Map.of("courseId", c.id, "workerSubject", worker), null)).replaceWith(view(e, c, null));
                    });
                })));
    }

    private Uni<Void> staffMayEnrol(Actor actor, Household h) {
        if (h == null) {
            return Uni.createFrom().failure(DomainException.unprocessable("workerSubject", "problem.training.no-household"));
        }
        return scope.covers(actor, h.unitId).invoke(in -> {
            if (!in) {
                throw DomainException.unprocessable("workerSubject", "problem.training.no-household");
            }
        }).replaceWithVoid();
    }

    public Uni<List<EnrolmentView>> enrolments(Actor actor, UUID courseId) {
        return repository.inSession(() -> courseInScope(actor, courseId).chain(c -> repository.enrolmentsOf(c.id)
                .map(l -> l.stream().map(e -> view(e, c, null)).toList())));
    }

    /** 结业: completed with the certificate's number; the certificate raises the skill in the worker's job profile. */
    public Uni<EnrolmentView> complete(Actor actor, UUID enrolmentId, CompleteRequest r) {
        LocalDate on = r.completedOn() == null ? time.today() : r.completedOn();
        if (on.isAfter(time.today())) {
            return Uni.createFrom().failure(DomainException.unprocessable("completedOn", "problem.training.completed-in-future"));
        }
        return repository.inTransaction(() -> enrolmentInScope(actor, enrolmentId).chain(ec -> {
            Enrolment e = ec.e();
            Course c = ec.c();
            e.status = TrainingRules.next(e.status, TrainingRules.Action.COMPLETE)
                    .orElseThrow(() -> DomainException.illegalTransition("COMPLETE", e.status));
            e.certificateNo = r.certificateNo().strip();
            e.completedOn = on;
            e.updatedAt = time.now();
            return profiles.raiseSkill(actor, e.workerSubject, c.skill, c.level).chain(raised -> audit.record(actor, "training.complete",
                    "training_enrolment", e.id, null, Map.of("certificateNo", e.certificateNo, "profileRaised", raised), null)
                    .replaceWith(view(e, c, raised)));
        }));
    }

    public Uni<EnrolmentView> drop(Actor actor, UUID enrolmentId) {
        return repository.inTransaction(() -> enrolmentInScope(actor, enrolmentId).chain(ec -> {
            Enrolment e = ec.e();
            e.status = TrainingRules.next(e.status, TrainingRules.Action.DROP)
                    .orElseThrow(() -> DomainException.illegalTransition("DROP", e.status));
            e.updatedAt = time.now();
            return repository.lockCourse(ec.c().id).chain(c -> {
                c.enrolled--; // the place is free again
                return audit.record(actor, "training.drop", "training_enrolment", e.id, null, null, null).replaceWith(view(e, c, null));
            });
        }));
    }

    public Uni<List<EnrolmentView>> mine(Actor worker) {
        return repository.inSession(() -> repository.enrolmentsOfWorker(worker.subject()).chain(this::withCourses));
    }

    /** 一户一技 for one household of the caller's subtree. */
    public Uni<HouseholdSkill> householdSkill(Actor actor, UUID householdId) {
        return repository.inSession(() -> records.household(householdId).chain(h -> {
            if (h == null) {
                throw DomainException.notFound("household");
            }
            return scope.covers(actor, h.unitId).chain(in -> {
                if (!in) {
                    throw DomainException.notFound("household");
                }
                return repository.enrolmentsOfHousehold(h.id).chain(this::withCourses).map(l -> new HouseholdSkill(h.id,
                        TrainingRules.householdHasSkill(l.stream().map(EnrolmentView::status).toList()), l));
            });
        }));
    }

    // ---- job fairs

    public Uni<FairView> createFair(Actor actor, FairRequest r) {
        return repository.inTransaction(() -> scope.unitInStaffScope(actor, r.unitId()).chain(unit -> {
            JobFair f = new JobFair();
            f.id = UUID.randomUUID();
            f.unitId = unit.id;
            f.title = r.title().strip();
            f.heldOn = r.heldOn();
            f.venue = r.venue().strip();
            f.createdBy = actor.subject();
            f.createdAt = time.now();
            return repository.persist(f).chain(() -> audit.record(actor, "jobs.fair.create", "job_fair", f.id, null,
                    Map.of("heldOn", f.heldOn.toString()), null)).chain(() -> fairView(f));
        }));
    }

    /** Attaches a listing of the caller's subtree to a fair of their subtree (idempotent). */
    public Uni<FairView> attach(Actor actor, UUID fairId, AttachRequest r) {
        return repository.inTransaction(() -> repository.fair(fairId).chain(f -> {
            if (f == null) {
                throw DomainException.notFound("job-fair");
            }
            return scope.covers(actor, f.unitId).chain(in -> {
                if (!in) {
                    throw DomainException.notFound("job-fair");
                }
                return listings.inScope(actor, r.listingId()).onFailure(DomainException.class)
                        .transform(e -> ((DomainException) e).status() == 404
                                ? DomainException.unprocessable("listingId", "problem.training.listing-unknown") : e);
            }).chain(listing -> repository.attached(f.id, listing.id).chain(already -> {
                if (already) {
                    return Uni.createFrom().voidItem();
                }
                FairListing fl = new FairListing();
                fl.fairId = f.id;
                fl.listingId = listing.id;
                return repository.persist(fl).chain(() -> audit.record(actor, "jobs.fair.attach", "job_fair", f.id, null,
                        Map.of("listingId", listing.id), null));
            })).chain(() -> repository.flush()).chain(() -> fairView(f));
        }));
    }

    /** Fairs from today on, with their listings: anyone signed in. */
    public Uni<List<FairView>> upcomingFairs() {
        return repository.inSession(() -> repository.upcomingFairs(time.today()).chain(fairs -> Multi.createFrom().iterable(fairs)
                .onItem().transformToUniAndConcatenate(this::fairView).collect().asList()));
    }

    // ---- helpers

    record EnrolmentAndCourse(Enrolment e, Course c) { }

    private Uni<Course> courseInScope(Actor actor, UUID courseId) {
        return repository.course(courseId).chain(c -> {
            if (c == null) {
                throw DomainException.notFound("course");
            }
            return scope.covers(actor, c.unitId).map(in -> {
                if (!in) {
                    throw DomainException.notFound("course");
                }
                return c;
            });
        });
    }

    private Uni<EnrolmentAndCourse> enrolmentInScope(Actor actor, UUID enrolmentId) {
        return repository.enrolment(enrolmentId).chain(e -> {
            if (e == null) {
                throw DomainException.notFound("enrolment");
            }
            return courseInScope(actor, e.courseId).onFailure(DomainException.class)
                    .transform(x -> ((DomainException) x).status() == 404 ? DomainException.notFound("enrolment") : x)
                    .map(c -> new EnrolmentAndCourse(e, c));
        });
    }

    private Uni<List<EnrolmentView>> withCourses(List<Enrolment> list) {
        return repository.courses(list.stream().map(e -> e.courseId).distinct().toList()).map(courses -> {
            Map<UUID, Course> byId = new HashMap<>();
            courses.forEach(c -> byId.put(c.id, c));
            return list.stream().map(e -> view(e, byId.get(e.courseId), null)).toList();
        });
    }

    private Uni<FairView> fairView(JobFair f) {
        return repository.listingsOf(f.id).chain(ids -> Multi.createFrom().iterable(ids).onItem()
                .transformToUniAndConcatenate(listings::listing).collect().asList()
                .chain(attached -> listings.employerNames(attached.stream().map(l -> l.employerId).distinct().toList())
                        .map(names -> new FairView(f.id, f.unitId, f.title, f.heldOn, f.venue, attached.stream()
                                .map((JobListing l) -> new FairListingView(l.id, l.title, names.get(l.employerId))).toList()))));
    }

    static CourseView view(Course c) {
        return new CourseView(c.id, c.unitId, c.title, Skill.valueOf(c.skill), c.level, c.provider, c.startsOn, c.endsOn, c.capacity,
                c.enrolled, c.certificateName);
    }

    static EnrolmentView view(Enrolment e, Course c, Boolean raised) {
        return new EnrolmentView(e.id, e.courseId, c == null ? null : c.title, c == null ? null : Skill.valueOf(c.skill),
                c == null ? 0 : c.level, e.workerSubject, e.householdId, e.status, e.completedOn, e.certificateNo,
                c == null ? null : c.certificateName, e.enrolledAt, raised);
    }
}
