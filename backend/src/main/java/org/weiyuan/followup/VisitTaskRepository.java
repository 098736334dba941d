package org.weiyuan.followup;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.SessionRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The writes of the one visit-task machinery ({@link VisitTaskRound}) on either store: households'
 * {@code visit_task} and model workers' {@code model_worker_visit_task}, which share their shape.
 */
@ApplicationScoped
public class VisitTaskRepository extends SessionRepository {

    /** Creates the task unless the person already has one for this reason and day (the store's unique key); true when created. */
    public Uni<Boolean> createIfAbsent(VisitTaskRound.Store store, VisitTaskRound.Task t, Instant now) {
        String sql = "insert into " + store.table + " (id, " + store.keptColumn + ", " + store.keeperColumn
                + ", reason, label_zh, label_en, due_on, created_at) values (:id, :k, :s, :r, :zh, :en, :d, :c)"
                + " on conflict (" + store.keptColumn + ", reason, due_on) do nothing";
        return session(s -> s.createNativeQuery(sql)
                .setParameter("id", UUID.randomUUID()).setParameter("k", t.keptId()).setParameter("s", t.keeper())
                .setParameter("r", t.reason()).setParameter("zh", t.labelZh()).setParameter("en", t.labelEn())
                .setParameter("d", t.dueOn()).setParameter("c", now).executeUpdate()).map(n -> n > 0);
    }

    /** A visit on {@code visitedOn} closes the person's open tasks due within {@code days} of it. */
    public Uni<Integer> closeNear(VisitTaskRound.Store store, UUID keptId, LocalDate visitedOn, int days) {
        String sql = "update " + store.table + " set done_on = :v where " + store.keptColumn + " = :k and done_on is null"
                + " and due_on between :f and :t";
        return session(s -> s.createNativeQuery(sql).setParameter("v", visitedOn).setParameter("k", keptId)
                .setParameter("f", visitedOn.minusDays(days)).setParameter("t", visitedOn.plusDays(days)).executeUpdate());
    }
}
