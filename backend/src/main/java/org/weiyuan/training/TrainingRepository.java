package org.weiyuan.training;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.SessionRepository;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;
import org.weiyuan.training.TrainingEntities.Course;
import org.weiyuan.training.TrainingEntities.Enrolment;
import org.weiyuan.training.TrainingEntities.FairListing;
import org.weiyuan.training.TrainingEntities.JobFair;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** Every query of training and job fairs. */
@ApplicationScoped
public class TrainingRepository extends SessionRepository {

    public Uni<Course> course(UUID id) {
        return find(Course.class, id);
    }

    /** The course row locked: enrolments of one course run one at a time, so capacity holds. */
    public Uni<Course> lockCourse(UUID id) {
        return findForUpdate(Course.class, id);
    }

    /** Courses not yet over, optionally in one skill, soonest first. */
    public Uni<List<Course>> currentCourses(LocalDate today, String skill) {
        String hql = "from TrainingCourse where endsOn >= :t" + (skill == null ? "" : " and skill = :s") + " order by startsOn, id";
        return session(s -> {
            var q = s.createSelectionQuery(hql, Course.class).setParameter("t", today);
            if (skill != null) {
                q.setParameter("s", skill);
            }
            return q.setMaxResults(200).getResultList();
        });
    }

    public Uni<Enrolment> enrolment(UUID id) {
        return find(Enrolment.class, id);
    }

    public Uni<Boolean> enrolled(UUID courseId, UUID worker) {
        return session(s -> s.createSelectionQuery("select count(*) from TrainingEnrolment where courseId = :c and workerSubject = :w", Long.class)
                .setParameter("c", courseId).setParameter("w", worker).getSingleResult()).map(n -> n > 0);
    }

    public Uni<List<Enrolment>> enrolmentsOf(UUID courseId) {
        return session(s -> s.createSelectionQuery("from TrainingEnrolment where courseId = :c order by enrolledAt, id", Enrolment.class)
                .setParameter("c", courseId).getResultList());
    }

    public Uni<List<Enrolment>> enrolmentsOfWorker(UUID worker) {
        return session(s -> s.createSelectionQuery("from TrainingEnrolment where workerSubject = :w order by enrolledAt desc, id", Enrolment.class)
                .setParameter("w", worker).getResultList());
    }

    public Uni<List<Enrolment>> enrolmentsOfHousehold(UUID householdId) {
        return session(s -> s.createSelectionQuery("from TrainingEnrolment where householdId = :h order by enrolledAt desc, id", Enrolment.class)
                .setParameter("h", householdId).getResultList());
    }

    public Uni<List<Course>> courses(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session(s -> s.createSelectionQuery("from TrainingCourse where id in :ids", Course.class).setParameter("ids", ids).getResultList());
    }

    // ---- job fairs

    public Uni<JobFair> fair(UUID id) {
        return find(JobFair.class, id);
    }

    public Uni<List<JobFair>> upcomingFairs(LocalDate today) {
        return session(s -> s.createSelectionQuery("from JobFair where heldOn >= :t order by heldOn, id", JobFair.class)
                .setParameter("t", today).setMaxResults(100).getResultList());
    }

    public Uni<List<UUID>> listingsOf(UUID fairId) {
        return session(s -> s.createSelectionQuery("select f.listingId from JobFairListing f where f.fairId = :f order by f.listingId", UUID.class)
                .setParameter("f", fairId).getResultList());
    }

    public Uni<Boolean> attached(UUID fairId, UUID listingId) {
        return session(s -> s.find(FairListing.class, key(fairId, listingId))).map(f -> f != null);
    }

    private static TrainingEntities.FairListingId key(UUID fairId, UUID listingId) {
        TrainingEntities.FairListingId k = new TrainingEntities.FairListingId();
        k.fairId = fairId;
        k.listingId = listingId;
        return k;
    }
}
