package org.weiyuan.services;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.modelworker.ModelWorkerPolicy.HonourLevel;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.org.Districts;
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

    final ServiceRepository repository;
    final Districts districts;
    final UnionScope scope;
    final HouseholdService households;
    final AuditLog audit;
    final Notifier notifier;

    ServiceMenu(BusinessTime time, ServiceRepository repository, Districts districts, UnionScope scope,
                HouseholdService households, AuditLog audit, Notifier notifier) {
        this.time = time;
        this.repository = repository;
        this.districts = districts;
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
                               @NotNull Eligibility eligibility, @NotNull LocalDate validUntil,
                               /** 劳模优惠: with eligibility MODEL_WORKER, the lowest honour level served */ HonourLevel modelWorkerLevel,
                               /** The list price in fen (needed for a model-worker offer) */ @Positive @Max(100_000_000L) Long priceFen,
                               /** A fixed discount in fen, instead of {@code discountPct} */ @Positive @Max(100_000_000L) Long discountFen) { }

    public record OrderRequest(@NotNull ServiceCategory category, @NotBlank @Size(max = 12) String district,
                               @Size(max = 500) String note) { }

    @WithTransaction
    public Uni<ServiceProvider> addProvider(Actor staff, ProviderRequest r) {
        return scope.requireInStaffScope(staff, r.unitId()).chain(() -> districts.require("district", r.district())).chain(() -> {
            ServiceProvider p = new ServiceProvider();
            p.id = UUID.randomUUID();
            p.unitId = r.unitId();
            p.name = r.name().trim();
            p.kind = r.kind().trim();
            p.district = r.district();
            p.createdBy = staff.subject();
            p.createdAt = time.now();
            return repository.persist(p).replaceWith(p)
                    .call(() -> audit.record(staff, "SERVICE_PROVIDER_ADDED", "service_provider", p.id, null, Map.of("name", p.name), null));
        });
    }

    /** 服务机构: the providers of the caller's subtree. */
    @WithSession
    public Uni<List<ServiceProvider>> providers(Actor staff) {
        return scope.staffUnit(staff).chain(unit -> repository.providers(unit.path));
    }

    /** Publishes an offer, then books the orders that were waiting for one like it, oldest first. */
    @WithTransaction
    public Uni<ServiceOffer> publish(Actor staff, OfferRequest r) {
        if (r.validUntil().isBefore(time.today())) {
            throw DomainException.unprocessable("validUntil", "problem.services.valid-until");
        }
        ModelWorkerOfferRules.Refusal refusal = ModelWorkerOfferRules.refusal(r.eligibility(), r.modelWorkerLevel(), r.priceFen(),
                r.discountPct(), r.discountFen());
        if (refusal != null) {
            throw DomainException.unprocessable(refusal.field(), refusal.key());
        }
        return repository.provider(r.providerId())
                .onItem().ifNull().failWith(() -> DomainException.notFound("provider"))
                .call(p -> scope.requireInStaffScope(staff, p.unitId))
                .call(p -> r.district() == null ? Uni.createFrom().voidItem() : districts.require("district", r.district()))
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
                    o.discountFen = r.discountFen();
                    o.priceFen = r.priceFen();
                    o.eligibility = r.eligibility();
                    o.modelWorkerLevel = r.modelWorkerLevel();
                    o.validUntil = r.validUntil();
                    o.status = ServiceOffer.Status.OPEN;
                    o.createdAt = time.now();
                    return repository.persistNow(o).replaceWith(o)
                            .call(() -> audit.record(staff, "SERVICE_OFFER_PUBLISHED", "service_offer", o.id, null,
                                    Map.of("category", o.category, "capacity", o.capacity), null))
                            .call(() -> bookWaiting(o, p));
                });
    }

    private Uni<Void> bookWaiting(ServiceOffer o, ServiceProvider p) {
        return repository.waitingForUpdate(o.category).chain(waiting -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (ServiceOrder w : waiting) {
                all = all.chain(() -> o.booked >= o.capacity ? Uni.createFrom().voidItem()
                        : eligible(w.workerSubject, o.eligibility).chain(ok -> ok ? book(w, o, p) : Uni.createFrom().voidItem()));
            }
            return all;
        });
    }

    /** The open menu: offers with places left, optionally of one category or in one district. */
    @WithSession
    public Uni<List<ServiceOffer>> menu(ServiceCategory category, String district, int limit) {
        return repository.openOffers(category, district, time.today(), limit);
    }

    /** A worker orders from the menu; booked at once when an offer has room, else waiting. */
    @WithTransaction
    public Uni<ServiceOrder> order(Actor worker, OrderRequest r) {
        return districts.require("district", r.district())
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
                    return repository.persist(o)
                            .chain(() -> repository.candidatesForUpdate(o.category, o.district, time.today(), eligibleFor(h)))
                            .chain(offers -> {
                                ServiceOffer chosen = offers.stream().filter(c -> c.booked < c.capacity).findFirst().orElse(null);
                                return chosen == null ? Uni.createFrom().voidItem()
                                        : repository.provider(chosen.providerId).chain(p -> book(o, chosen, p));
                            })
                            .call(() -> audit.record(worker, "SERVICE_ORDERED", "service_order", o.id, null,
                                    Map.of("category", o.category, "status", o.status), null))
                            .replaceWith(o);
                });
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
        return repository.orderForUpdate(orderId).chain(o -> {
            if (o == null || !o.workerSubject.equals(worker.subject())) {
                throw DomainException.notFound("order");
            }
            if (o.status == ServiceOrder.Status.CANCELLED) {
                throw DomainException.illegalTransition("CANCEL", o.status);
            }
            Uni<Void> free = o.offerId == null ? Uni.createFrom().voidItem()
                    : repository.offerForUpdate(o.offerId).invoke(offer -> offer.booked--).replaceWithVoid();
            o.status = ServiceOrder.Status.CANCELLED;
            return free.call(() -> audit.record(worker, "SERVICE_ORDER_CANCELLED", "service_order", o.id, null,
                    Map.of("status", o.status), null)).replaceWith(o);
        });
    }

    @WithSession
    public Uni<List<ServiceOrder>> mine(Actor worker) {
        return repository.ordersOf(worker.subject());
    }

    /** Orders still waiting in the staff member's subtree, by category and district: what the menu lacks. */
    @WithSession
    public Uni<List<UnmetDemand>> unmetDemand(Actor staff) {
        return scope.staffUnit(staff).chain(unit -> repository.unmetDemand(unit.path));
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
