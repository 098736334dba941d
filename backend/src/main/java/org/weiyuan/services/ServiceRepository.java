package org.weiyuan.services;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;
import org.weiyuan.common.db.Subtree;
import org.weiyuan.services.ServiceEntities.Eligibility;
import org.weiyuan.services.ServiceEntities.ServiceOffer;
import org.weiyuan.services.ServiceEntities.ServiceOrder;
import org.weiyuan.services.ServiceEntities.ServiceProvider;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Every query of the service menu (HQL and SQL live here only). */
@ApplicationScoped
public class ServiceRepository {

    private static <T> Uni<T> session(Function<Mutiny.Session, Uni<T>> work) {
        return Panache.getSession().chain(s -> work.apply(s));
    }

    public Uni<Void> persist(Object row) {
        return session(s -> s.persist(row));
    }

    /** Persists and flushes at once, so that the row is visible to the native queries that follow. */
    public Uni<Void> persistNow(Object row) {
        return session(s -> s.persist(row).chain(s::flush));
    }

    public Uni<ServiceProvider> provider(UUID id) {
        return session(s -> s.find(ServiceProvider.class, id));
    }

    public Uni<ServiceOffer> offerForUpdate(UUID id) {
        return session(s -> s.find(ServiceOffer.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Uni<ServiceOrder> orderForUpdate(UUID id) {
        return session(s -> s.find(ServiceOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Orders waiting for an offer of the category, oldest first, locked against a concurrent booking. */
    public Uni<List<ServiceOrder>> waitingForUpdate(ServiceCategory category) {
        return session(s -> s.createSelectionQuery(
                        "from ServiceOrder w where w.status = :waiting and w.category = :c order by w.createdAt, w.id", ServiceOrder.class)
                .setParameter("waiting", ServiceOrder.Status.WAITING).setParameter("c", category)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList());
    }

    /** Open offers with places left on {@code today}, newest first, optionally of one category or district. */
    public Uni<List<ServiceOffer>> openOffers(ServiceCategory category, String district, LocalDate today, int limit) {
        String hql = "from ServiceOffer o where o.status = :open and o.validUntil >= :today and o.booked < o.capacity"
                + (category == null ? "" : " and o.category = :category")
                + (district == null ? "" : " and o.district = :district")
                + " order by o.createdAt desc";
        return session(s -> {
            var q = s.createSelectionQuery(hql, ServiceOffer.class)
                    .setParameter("open", ServiceOffer.Status.OPEN).setParameter("today", today);
            if (category != null) {
                q.setParameter("category", category);
            }
            if (district != null) {
                q.setParameter("district", district);
            }
            return q.setMaxResults(limit).getResultList();
        });
    }

    /**
     * Locks every open offer of the category with one of the eligibilities, nearest to the district
     * first: concurrent orders queue here, so each sees the places the others took.
     */
    public Uni<List<ServiceOffer>> candidatesForUpdate(ServiceCategory category, String district, LocalDate today,
                                                       Collection<Eligibility> eligible) {
        return session(s -> s.createNativeQuery("""
                        select o.* from service_offer o
                          join district od on od.code = o.district
                          join district wd on wd.code = :district
                        where o.status = 'OPEN' and o.category = :category and o.valid_until >= :today
                          and o.eligibility in (:eligible)
                        order by (o.district = :district) desc,
                                 (od.lat - wd.lat) * (od.lat - wd.lat) + (od.lon - wd.lon) * (od.lon - wd.lon),
                                 o.created_at, o.id
                        for update of o""", ServiceOffer.class)
                .setParameter("district", district).setParameter("category", category.name())
                .setParameter("today", today)
                .setParameter("eligible", eligible.stream().map(Enum::name).toList())
                .getResultList());
    }

    /** The model worker whose archive names this account (劳模优惠), or null. */
    public Uni<org.weiyuan.modelworker.ModelWorkerEntities.ModelWorker> modelWorkerOfAccount(UUID subject) {
        return session(s -> s.createSelectionQuery("from ModelWorker m where m.accountSubject = :s",
                        org.weiyuan.modelworker.ModelWorkerEntities.ModelWorker.class)
                .setParameter("s", subject).getResultList()).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Open offers for model workers with places left on {@code today}, highest level served last (the widest first), newest first. */
    public Uni<List<ServiceOffer>> openModelWorkerOffers(LocalDate today) {
        return session(s -> s.createSelectionQuery("from ServiceOffer o where o.eligibility = :mw and o.status = :open"
                        + " and o.validUntil >= :today and o.booked < o.capacity order by o.createdAt desc, o.id", ServiceOffer.class)
                .setParameter("mw", Eligibility.MODEL_WORKER).setParameter("open", ServiceOffer.Status.OPEN)
                .setParameter("today", today).setMaxResults(200).getResultList());
    }

    /** Provider names by id. */
    public Uni<java.util.Map<UUID, String>> providerNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(java.util.Map.of());
        }
        return session(s -> s.createSelectionQuery("select p.id, p.name from ServiceProvider p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList())
                .map(rows -> {
                    java.util.Map<UUID, String> names = new java.util.HashMap<>();
                    rows.forEach(r -> names.put((UUID) r[0], (String) r[1]));
                    return names;
                });
    }

    public Uni<List<ServiceOrder>> ordersOf(UUID worker) {
        return session(s -> s.createSelectionQuery(
                        "from ServiceOrder o where o.workerSubject = :me order by o.createdAt desc", ServiceOrder.class)
                .setParameter("me", worker).getResultList());
    }

    /** Orders still waiting in the subtree at {@code unitPath}, by category and district, the largest first. */
    public Uni<List<UnmetDemand>> unmetDemand(String unitPath) {
        return session(s -> s.createSelectionQuery("select o.category, o.district, count(o) from ServiceOrder o"
                        + " where o.status = :waiting and " + Subtree.hql("o.unitId")
                        + " group by o.category, o.district order by count(o) desc, o.category, o.district", Object[].class)
                .setParameter("waiting", ServiceOrder.Status.WAITING).setParameter(Subtree.PARAM, Subtree.pattern(unitPath))
                .getResultList())
                .map(rows -> rows.stream().map(r -> new UnmetDemand((ServiceCategory) r[0], (String) r[1], (Long) r[2])).toList());
    }

    /** The providers kept by the units of a subtree, by name (the console's offer form picks one). */
    public Uni<List<ServiceProvider>> providers(String unitPath) {
        return session(s -> s.createSelectionQuery("from ServiceProvider p where " + Subtree.hql("p.unitId") + " order by p.name, p.id",
                        ServiceProvider.class)
                .setParameter(Subtree.PARAM, Subtree.pattern(unitPath)).getResultList());
    }
}
