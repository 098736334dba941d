package org.weiyuan.modelworker;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.SessionRepository;
import org.weiyuan.common.db.Subtree;
import org.weiyuan.followup.PlatformRecordsRepository;
import org.weiyuan.followup.VisitTaskRepository;
import org.weiyuan.followup.VisitTaskRound;
import org.hibernate.reactive.mutiny.Mutiny;
import org.weiyuan.modelworker.ModelWorkerEntities.Contact;
import org.weiyuan.modelworker.ModelWorkerEntities.Honour;
import org.weiyuan.modelworker.ModelWorkerEntities.ModelWorker;
import org.weiyuan.modelworker.ModelWorkerEntities.Pairing;
import org.weiyuan.modelworker.ModelWorkerEntities.VisitTask;
import org.weiyuan.org.StaffMember;
import org.weiyuan.org.UnionUnit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** Every query of model-worker care: archives, honours, pairings, contacts and visit tasks. */
@ApplicationScoped
public class ModelWorkerRepository extends SessionRepository {

    private final PlatformRecordsRepository records;
    private final VisitTaskRepository tasks;

    public ModelWorkerRepository(PlatformRecordsRepository records, VisitTaskRepository tasks) {
        this.records = records;
        this.tasks = tasks;
    }

    public Uni<UnionUnit> unit(UUID id) {
        return records.unit(id);
    }

    public Uni<StaffMember> staff(UUID subject) {
        return records.staff(subject);
    }

    public Uni<ModelWorker> archive(UUID id) {
        return find(ModelWorker.class, id);
    }

    /** Whether another archive already names this account (one account, one model worker). */
    public Uni<Boolean> accountTaken(UUID subject, UUID except) {
        return exists("select m.id from ModelWorker m where m.accountSubject = :s and m.id <> :e", "s", subject, "e", except);
    }

    /** The paths of the units the platform places the account in: its own household file, its job profile, its staff assignment. */
    public Uni<List<String>> accountUnitPaths(UUID subject) {
        return session(s -> s.createNativeQuery("""
                        select u.path from union_unit u where u.id in (
                            select h.unit_id from household h where h.owner_subject = :s
                            union select w.unit_id from worker_profile w where w.subject = :s
                            union select m.unit_id from staff_member m where m.subject = :s)""", String.class)
                .setParameter("s", subject).getResultList());
    }

    public Uni<Boolean> idNumberTaken(String index, UUID except) {
        return session(s -> s.createSelectionQuery("select count(*) from ModelWorker where idNumberIndex = :i and id <> :e", Long.class)
                .setParameter("i", index).setParameter("e", except == null ? new UUID(0, 0) : except).getSingleResult()).map(n -> n > 0);
    }

    /** Archives the staff member serves: those kept by their own unit, and those they are paired with. */
    public Uni<List<ModelWorker>> servedBy(UUID subject, UUID unitId, ModelWorkerPolicy.ServiceType type) {
        String hql = "from ModelWorker m where (m.unitId = :u or m.id in (select p.modelWorkerId from ModelWorkerPairing p"
                + " where p.contactSubject = :s))" + (type == null ? "" : " and m.serviceType = :t") + " order by m.name, m.id";
        return session(s -> {
            var q = s.createSelectionQuery(hql, ModelWorker.class).setParameter("u", unitId).setParameter("s", subject);
            if (type != null) {
                q.setParameter("t", type);
            }
            return q.setMaxResults(500).getResultList();
        });
    }

    public Uni<List<Honour>> honours(UUID modelWorkerId) {
        return session(s -> s.createSelectionQuery("from ModelWorkerHonour where modelWorkerId = :m order by year desc, id", Honour.class)
                .setParameter("m", modelWorkerId).getResultList());
    }

    public Uni<Integer> removeHonours(UUID modelWorkerId) {
        return session(s -> s.createMutationQuery("delete from ModelWorkerHonour where modelWorkerId = :m")
                .setParameter("m", modelWorkerId).executeUpdate());
    }

    public Uni<Pairing> pairing(UUID modelWorkerId) {
        return find(Pairing.class, modelWorkerId);
    }

    public Uni<List<Pairing>> pairingsOf(UUID contact) {
        return session(s -> s.createSelectionQuery("from ModelWorkerPairing where contactSubject = :s", Pairing.class)
                .setParameter("s", contact).getResultList());
    }

    public Uni<List<Object[]>> allPairingsWithBirthday() {
        return session(s -> s.createSelectionQuery("select p.modelWorkerId, p.contactSubject, m.birthMonthDay from ModelWorkerPairing p,"
                + " ModelWorker m where m.id = p.modelWorkerId order by p.modelWorkerId", Object[].class).getResultList());
    }

    public Uni<List<Contact>> contacts(UUID modelWorkerId) {
        return session(s -> s.createSelectionQuery("from ModelWorkerContact where modelWorkerId = :m order by contactedOn desc, recordedAt desc",
                Contact.class).setParameter("m", modelWorkerId).setMaxResults(200).getResultList());
    }

    /** The latest visit by {@code staff} to the model worker, if any. */
    public Uni<LocalDate> lastVisit(UUID modelWorkerId, UUID staff) {
        return session(s -> s.createSelectionQuery("select max(c.contactedOn) from ModelWorkerContact c where c.modelWorkerId = :m"
                        + " and c.staffSubject = :s and c.kind = :v", LocalDate.class)
                .setParameter("m", modelWorkerId).setParameter("s", staff)
                .setParameter("v", org.weiyuan.followup.ContactCompliance.Kind.VISIT).getSingleResult());
    }

    public Uni<Long> visitsBetween(UUID modelWorkerId, UUID staff, LocalDate from, LocalDate to) {
        return session(s -> s.createSelectionQuery("select count(*) from ModelWorkerContact c where c.modelWorkerId = :m"
                        + " and c.staffSubject = :s and c.kind = :v and c.contactedOn between :f and :t", Long.class)
                .setParameter("m", modelWorkerId).setParameter("s", staff)
                .setParameter("v", org.weiyuan.followup.ContactCompliance.Kind.VISIT)
                .setParameter("f", from).setParameter("t", to).getSingleResult());
    }

    public Uni<List<VisitTask>> openTasksOf(UUID contact) {
        return session(s -> s.createSelectionQuery("from ModelWorkerVisitTask where contactSubject = :s and doneOn is null order by dueOn, id",
                VisitTask.class).setParameter("s", contact).getResultList());
    }

    /** A visit closes the model worker's open tasks due within {@code days} of it. */
    public Uni<Integer> closeTasksNear(UUID modelWorkerId, LocalDate visitedOn, int days) {
        return tasks.closeNear(VisitTaskRound.Store.MODEL_WORKER, modelWorkerId, visitedOn, days);
    }

    // ---- 光荣榜 and 劳模接待日

    /**
     * Model workers on the public honour board (示范引领, with consent) of the units in the subtree at
     * {@code path}: highest honour first (by its rank, not its name), then by name; the cap applies after the order.
     */
    public Uni<List<Object[]>> honourBoard(String path, int max) {
        return session(s -> s.createSelectionQuery("select m, u.name from ModelWorker m, UnionUnit u where u.id = m.unitId"
                        + " and " + Subtree.pathIn("u.path", ":p") + " and m.serviceType = :t and m.boardConsentOn is not null"
                        + " order by m.topLevelRank, m.name, m.id", Object[].class)
                .setParameter("p", Subtree.pattern(path)).setParameter("t", ModelWorkerPolicy.ServiceType.DEMONSTRATION)
                .setMaxResults(max).getResultList());
    }

    /** The honours of several model workers at once. */
    public Uni<List<Honour>> honoursOf(java.util.Collection<UUID> modelWorkerIds) {
        if (modelWorkerIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session(s -> s.createSelectionQuery("from ModelWorkerHonour where modelWorkerId in :m order by levelRank, year desc, id",
                Honour.class).setParameter("m", modelWorkerIds).getResultList());
    }

    public Uni<ModelWorkerEntities.Reception> reception(UUID unitId) {
        return find(ModelWorkerEntities.Reception.class, unitId);
    }

    /** The days the unit's reception is off, from {@code from} on, with their reasons. */
    public Uni<List<Object[]>> receptionOff(UUID unitId, LocalDate from) {
        return session(s -> s.createNativeQuery("select off_on, reason from model_worker_reception_off where unit_id = :u"
                        + " and off_on >= :f order by off_on", Object[].class)
                .setParameter("u", unitId).setParameter("f", from).getResultList());
    }

    /** Replaces the unit's days off (the reception row must be flushed first). */
    public Uni<Void> replaceReceptionOff(UUID unitId, java.util.Map<LocalDate, String> off) {
        Uni<Integer> chain = session(s -> s.createNativeQuery("delete from model_worker_reception_off where unit_id = :u")
                .setParameter("u", unitId).executeUpdate());
        for (var e : off.entrySet()) {
            chain = chain.chain(() -> session(s -> s.createNativeQuery("insert into model_worker_reception_off (unit_id, off_on, reason)"
                    + " values (:u, :d, :r)").setParameter("u", unitId).setParameter("d", e.getKey()).setParameter("r", e.getValue())
                    .executeUpdate()));
        }
        return chain.replaceWithVoid();
    }
}
