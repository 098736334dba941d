package org.weiyuan.jobs;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Applications (报名) and hires: a worker applies, or staff apply for a worker (送岗到户), and staff move them along. */
@ApplicationScoped
public class ApplicationService {

    final BusinessTime time;
    final JobRepositories.Applications applications;
    final JobRepositories.Listings listings;
    final ListingService listingService;
    final ProfileService profiles;
    final UnionScope scope;
    final AuditLog audit;
    final Notifier notifier;
    final ListingIndex index;
    final JobMatcher matcher;

    ApplicationService(BusinessTime time, JobRepositories.Applications applications, JobRepositories.Listings listings,
                       ListingService listingService, ProfileService profiles, UnionScope scope, AuditLog audit,
                       Notifier notifier, ListingIndex index, JobMatcher matcher) {
        this.time = time;
        this.applications = applications;
        this.listings = listings;
        this.listingService = listingService;
        this.profiles = profiles;
        this.scope = scope;
        this.audit = audit;
        this.notifier = notifier;
        this.index = index;
        this.matcher = matcher;
    }

    /**
     * A worker applies, or staff apply for a worker in their scope (送岗到户). The hard constraints
     * hold here too: nobody is sent to a job their health rules out.
     */
    @WithTransaction
    public Uni<JobViews.ApplicationView> apply(Actor actor, UUID listingId, JobViews.ApplyRequest r) {
        UUID worker = actor.isStaff() ? r.workerSubject() : actor.subject();
        if (worker == null) {
            throw DomainException.unprocessable("workerSubject", "problem.jobs.worker-needed");
        }
        return listingService.listing(listingId).chain(l -> {
            if (l.openPositions() <= 0 || l.expiresOn.isBefore(time.today())) {
                throw DomainException.conflict("problem.jobs.listing-closed");
            }
            return profiles.find(worker).onItem().ifNull().failWith(() -> actor.isStaff()
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
                    .chain(p -> applications.exists(l.id, worker).chain(applied -> {
                        if (applied) {
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
                    }))
                    .map(a -> JobPresenter.application(a, l.title));
        });
    }

    /**
     * Moves an application along. Hiring takes a position under the listing's row lock, so two
     * staff hiring at once can never fill more positions than the listing has.
     */
    @WithTransaction
    public Uni<JobViews.ApplicationView> changeStatus(Actor actor, UUID applicationId, JobViews.StatusRequest r) {
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
                            position = index.changed();
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
                                .replaceWith(JobPresenter.application(a, l.title));
                    });
                }));
    }

    @WithSession
    public Uni<List<JobViews.ApplicationView>> mine(Actor worker) {
        return applications.ofWorker(worker.subject()).chain(this::views);
    }

    @WithSession
    public Uni<List<JobViews.ApplicationView>> forListing(Actor staff, UUID listingId) {
        return listingService.inScope(staff, listingId).chain(l -> applications.forListing(l.id)).chain(this::views);
    }

    private Uni<List<JobViews.ApplicationView>> views(List<JobApplication> as) {
        return listingService.titles(as.stream().map(a -> a.listingId).distinct().toList())
                .map(t -> as.stream().map(a -> JobPresenter.application(a, t.get(a.listingId))).toList());
    }
}
