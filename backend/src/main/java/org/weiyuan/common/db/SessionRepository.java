package org.weiyuan.common.db;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every feature repository on the Hibernate Reactive session needs, written once: running in the
 * caller's session, opening a session or a transaction for a use case, persisting, flushing and
 * finding a row by id (optionally locked). Feature repositories extend it and add their named queries.
 */
public abstract class SessionRepository {

    protected static <T> Uni<T> session(Function<Mutiny.Session, Uni<T>> work) {
        return Panache.getSession().chain(work::apply);
    }

    /** One use case in one transaction. */
    public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return Panache.withTransaction(work);
    }

    /** One read-only use case in one session. */
    public <T> Uni<T> inSession(Supplier<Uni<T>> work) {
        return Panache.withSession(work);
    }

    public Uni<Void> persist(Object entity) {
        return session(s -> s.persist(entity));
    }

    public Uni<Void> flush() {
        return session(Mutiny.Session::flush);
    }

    /** The row of this type with this id, or null. */
    public <T> Uni<T> find(Class<T> type, Object id) {
        return session(s -> s.find(type, id));
    }

    /** The row of this type with this id under a row lock (FOR UPDATE), or null. */
    public <T> Uni<T> findForUpdate(Class<T> type, Object id) {
        return session(s -> s.find(type, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Whether the HQL selection finds at least one row; {@code params} alternates names and values.
     * Reads one row at most: uniqueness checks need to know only that a match exists.
     */
    protected static Uni<Boolean> exists(String hql, Object... params) {
        return session(s -> {
            var query = s.createSelectionQuery(hql, Object.class);
            for (int i = 0; i < params.length; i += 2) {
                query.setParameter((String) params[i], params[i + 1]);
            }
            return query.setMaxResults(1).getResultList();
        }).map(found -> !found.isEmpty());
    }

    /** The first element, or null. */
    protected static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
