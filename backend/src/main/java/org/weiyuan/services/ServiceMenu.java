package org.weiyuan.services;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.reactive.mutiny.Mutiny;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.Household;
import org.weiyuan.jobs.Districts;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.services.ServiceEntities.Eligibility;
import org.weiyuan.services.ServiceEntities.ServiceOffer;
import org.weiyuan.services.ServiceEntities.ServiceOrder;
import org.weiyuan.services.ServiceEntities.ServiceProvider;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service menu (点菜单式服务). A worker orders a category; the server books the nearest open
 * offer with room that the worker is eligible for, under row locks so that no offer is ever booked
 * beyond its capacity; with none, the order waits and counts as unmet demand until an offer arrives.
 */
@ApplicationScoped
public class ServiceMenu {

    final BusinessTime time;

    final UnionScope scope;
    final HouseholdService households;
    final AuditLog audit;
    final Notifier notifier;

    ServiceMenu(BusinessTime time, UnionScope scope, HouseholdService households, AuditLog audit, Notifier notifier) {
        this.time = time;
        this.scope = scope;
        this.households = households;
        this.audit = audit;
        this.notifier = notifier;
    }

    public record ProviderRequest(@NotNull UUID unitId, @NotBlank @Size(max = 100) String name,
                                  @NotBlank @Size(max = 24) String kind, @NotBlank @Size(max = 12) String district) { }

    public record OfferRequest(@NotNull UUID providerId, @NotNull ServiceCategory category, @NotBlank @Size(max = 100) String title,
                               @NotBlank @Size(max = 1000) String description, @Size(max = 12) String district,
                               @Min(1) @Max(10_000) int capacity, @Min(1) @Max(100) Integer discountPct,
                               @NotNull Eligibility eligibility, @NotNull LocalDate validUntil) { }

    public record OrderRequest(@NotNull ServiceCategory category, @NotBlank @Size(max = 12) String district,
                               @Size(max = 500) String note) { }

    public record UnmetDemand(ServiceCategory category, String district, long waiting) { }

    @WithTransaction
    public Uni<ServiceProvider> addProvider(Actor staff, ProviderRequest r) {
        return scope.requireInStaffScope(staff, r.unitId()).chain(() -> Districts.require("district", r.district())).chain(() -> {
            ServiceProvider p = new ServiceProvider();
            p.id = UUID.randomUUID();
            p.unitId = r.unitId();
            p.name = r.name().trim();
            p.kind = r.kind().trim();
            p.district = r.district();
            p.createdBy = staff.subject();
            p.createdAt = time.now();
            return Panache.getSession().chain(s -> s.persist(p)).replaceWith(p)
                    .call(() -> audit.record(staff, "SERVICE_PROVIDER_ADDED", "service_provider", p.id, null, Map.of("name", p.name), null));
        });
    }

    /** Publishes an offer, then books the orders that were waiting for one like it, oldest first. */
    @WithTransaction
    public Uni<ServiceOffer> publish(Actor staff, OfferRequest r) {
        if (r.validUntil().isBefore(time.today())) {
            throw DomainException.unprocessable("validUntil", "problem.services.valid-until");
        }
        return Panache.getSession().chain(s -> s.find(ServiceProvider.class, r.providerId()))
                .onItem().ifNull().failWith(() -> DomainException.notFound("provider"))
                .call(p -> scope.requireInStaffScope(staff, p.unitId))
                .call(p -> r.district() == null ? Uni.createFrom().voidItem() : Districts.require("district", r.district()))
                .chain(p -> {
                    ServiceOffer o = new ServiceOffer();
                    o.id = UUID.randomUUID();
                    o.providerId = p.id;
                    o.unitId = p.unitId;
                    o.category = r.category();
                    o.title = r.title().trim();
                    o.description = r.description().trim();
                    o.district = r.district() == null ? p.district : r.district();
                    o.capacity = r.capacity();
                    o.discountPct = r.discountPct();
                    o.eligibility = r.eligibility();
                    o.validUntil = r.validUntil();
                    o.status = ServiceOffer.Status.OPEN;
                    o.createdAt = time.now();
                    return Panache.getSession().chain(s -> s.persist(o).chain(s::flush)).replaceWith(o)
                            .call(() -> audit.record(staff, "SERVICE_OFFER_PUBLISHED", "service_offer", o.id, null,
                                    Map.of("category", o.category, "capacity", o.capacity), null))
                            .call(() -> bookWaiting(o, p));
                });
    }

    private Uni<Void> bookWaiting(ServiceOffer o, ServiceProvider p) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from ServiceOrder w where w.status = :waiting and w.category = :c order by w.createdAt, w.id", ServiceOrder.class)
                .setParameter("waiting", ServiceOrder.Status.WAITING).setParameter("c", o.category)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .chain(waiting -> {
                    Uni<Void> all = Uni.createFrom().voidItem();
                    for (ServiceOrder w : waiting) {
                        all = all.chain(() -> o.booked >= o.capacity ? Uni.createFrom().voidItem()
                                : eligible(w.workerSubject, o.eligibility).chain(ok -> ok ? book(w, o, p) : Uni.createFrom().voidItem()));
                    }
                    return all;
                }));
    }

    /** The open menu: offers with places left, optionally of one category or in one district. */
    @WithSession
    public Uni<List<ServiceOffer>> menu(ServiceCategory category, String district, int limit) {
        String hql = "from ServiceOffer o where o.status = :open and o.validUntil >= :today and o.booked < o.capacity"
                + (category == null ? "" : " and o.category = :category")
                + (district == null ? "" : " and o.district = :district")
                + " order by o.createdAt desc";
        return Panache.getSession().chain(s -> {
            var q = s.createSelectionQuery(hql, ServiceOffer.class)
                    .setParameter("open", ServiceOffer.Status.OPEN).setParameter("today", time.today());
            if (category != null) {
                q.setParameter("category", category);
            }
            if (district != null) {
                q.setParameter("district", district);
            }
            return q.setMaxResults(limit).getResultList();
        });
    }

    /** A worker orders from the menu; booked at once when an offer has room, else waiting. */
    @WithTransaction
    public Uni<ServiceOrder> order(Actor worker, OrderRequest r) {
        return Districts.require("district", r.district())
                .chain(() -> households.ownedHousehold(worker.subject()))
                .onItem().ifNull().failWith(() -> DomainException.unprocessable("household", "problem.jobs.household-first"))
                .chain(h -> {
                    ServiceOrder o = new ServiceOrder();
                    o.id = UUID.randomUUID();
                    o.workerSubject = worker.subject();
                    o.householdId = h.id;
                    o.unitId = h.unitId;
                    o.category = r.category();
                    o.district = r.district();
                    o.note = r.note();
                    o.status = ServiceOrder.Status.WAITING;
                    o.createdAt = time.now();
                    return Panache.getSession().chain(s -> s.persist(o).chain(() -> lockCandidates(s, o, h))
                            .chain(offers -> {
                                ServiceOffer chosen = offers.stream().filter(c -> c.booked < c.capacity).findFirst().orElse(null);
                                return chosen == null ? Uni.createFrom().voidItem()
                                        : s.find(ServiceProvider.class, chosen.providerId).chain(p -> book(o, chosen, p));
                            }))
                            .call(() -> audit.record(worker, "SERVICE_ORDERED", "service_order", o.id, null,
                                    Map.of("category", o.category, "status", o.status), null))
                            .replaceWith(o);
                });
    }

    /**
     * Locks every open offer of the category the household may use, nearest first: concurrent
     * orders queue here, so each sees the places the others took.
     */
    private Uni<List<ServiceOffer>> lockCandidates(Mutiny.Session s, ServiceOrder o, Household h) {
        return s.createNativeQuery("""
                        select o.* from service_offer o
                          join district od on od.code = o.district
                          join district wd on wd.code = :district
                        where o.status = 'OPEN' and o.category = :category and o.valid_until >= :today
                          and o.eligibility in (:eligible)
                        order by (o.district = :district) desc,
                                 (od.lat - wd.lat) * (od.lat - wd.lat) + (od.lon - wd.lon) * (od.lon - wd.lon),
                                 o.created_at, o.id
                        for update of o""", ServiceOffer.class)
                .setParameter("district", o.district).setParameter("category", o.category.name())
                .setParameter("today", time.today())
                .setParameter("eligible", eligibleFor(h).stream().map(Enum::name).toList())
                .getResultList();
    }

    private Uni<Void> book(ServiceOrder order, ServiceOffer offer, ServiceProvider provider) {
        offer.booked++;
        order.status = ServiceOrder.Status.BOOKED;
        order.offerId = offer.id;
        order.bookedAt = time.now();
        return notifier.notify(order.workerSubject, NotificationKind.SERVICE_ORDER_BOOKED, Notifier.serviceOrder(order.id),
                offer.title, provider.name);
    }

    @WithTransaction
    public Uni<ServiceOrder> cancel(Actor worker, UUID orderId) {
        return Panache.getSession().chain(s -> s.find(ServiceOrder.class, orderId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .chain(o -> {
                    if (o == null || !o.workerSubject.equals(worker.subject())) {
                        throw DomainException.notFound("order");
                    }
                    if (o.status == ServiceOrder.Status.CANCELLED) {
                        throw DomainException.illegalTransition("CANCEL", o.status);
                    }
                    Uni<Void> free = o.offerId == null ? Uni.createFrom().voidItem()
                            : s.find(ServiceOffer.class, o.offerId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                            .invoke(offer -> offer.booked--).replaceWithVoid();
                    o.status = ServiceOrder.Status.CANCELLED;
                    return free.call(() -> audit.record(worker, "SERVICE_ORDER_CANCELLED", "service_order", o.id, null,
                            Map.of("status", o.status), null)).replaceWith(o);
                }));
    }

    @WithSession
    public Uni<List<ServiceOrder>> mine(Actor worker) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from ServiceOrder o where o.workerSubject = :me order by o.createdAt desc", ServiceOrder.class)
                .setParameter("me", worker.subject()).getResultList());
    }

    /** Orders still waiting in the staff member's subtree, by category and district: what the menu lacks. */
    @WithSession
    public Uni<List<UnmetDemand>> unmetDemand(Actor staff) {
        return scope.staffUnit(staff).chain(unit -> Panache.getSession().chain(s -> s.createSelectionQuery("""
                        select o.category, o.district, count(o) from ServiceOrder o
                        where o.status = :waiting and o.unitId in (select u.id from UnionUnit u where u.path like :path)
                        group by o.category, o.district order by count(o) desc, o.category, o.district""", Object[].class)
                .setParameter("waiting", ServiceOrder.Status.WAITING).setParameter("path", unit.path + "%")
                .getResultList()))
                .map(rows -> rows.stream().map(r -> new UnmetDemand((ServiceCategory) r[0], (String) r[1], (Long) r[2])).toList());
    }

    private Uni<Boolean> eligible(UUID worker, Eligibility e) {
        return households.ownedHousehold(worker).map(h -> h != null && eligibleFor(h).contains(e));
    }

    static List<Eligibility> eligibleFor(Household h) {
        return h.status == HouseholdStatus.APPROVED
                ? List.of(Eligibility.ANY_WORKER, Eligibility.FILED_HOUSEHOLD, Eligibility.APPROVED_HOUSEHOLD)
                : h.status == HouseholdStatus.REJECTED || h.status == HouseholdStatus.EXITED
                ? List.of(Eligibility.ANY_WORKER)
                : List.of(Eligibility.ANY_WORKER, Eligibility.FILED_HOUSEHOLD);
    }

}
