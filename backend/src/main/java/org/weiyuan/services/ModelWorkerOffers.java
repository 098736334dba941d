package org.weiyuan.services;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.modelworker.ModelWorkerEntities.ModelWorker;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.security.Actor;
import org.weiyuan.services.ServiceEntities.Eligibility;
import org.weiyuan.services.ServiceEntities.ServiceOffer;
import org.weiyuan.services.ServiceEntities.ServiceOrder;
import org.weiyuan.services.ServiceResource.ModelWorkerOfferView;
import org.weiyuan.services.ServiceResource.OfferView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 劳模优惠 (seed 004, "八分八有"): a model worker whose archive names their account sees the offers
 * for model workers their highest honour qualifies for, with the discount applied, and books one;
 * the list price, the discount and what they pay are recorded on the order when it is booked.
 * The offer's row lock keeps it within its places, as for the menu's orders.
 */
@ApplicationScoped
public class ModelWorkerOffers {

    private final ServiceRepository repository;
    private final AuditLog audit;
    private final Notifier notifier;
    private final BusinessTime time;

    public ModelWorkerOffers(ServiceRepository repository, AuditLog audit, Notifier notifier, BusinessTime time) {
        this.repository = repository;
        this.audit = audit;
        this.notifier = notifier;
        this.time = time;
    }

    /** The offers the caller qualifies for; 404 when no model worker's archive names the caller's account. */
    @WithSession
    public Uni<List<ModelWorkerOfferView>> offers(Actor worker) {
        return modelWorker(worker).chain(m -> repository.openModelWorkerOffers(time.today()).chain(offers -> {
            List<ServiceOffer> mine = offers.stream().filter(o -> ModelWorkerOfferRules.qualifies(m.topLevel, o.modelWorkerLevel)).toList();
            return repository.providerNames(mine.stream().map(o -> o.providerId).distinct().toList()).map(names -> mine.stream().map(o -> {
                long discount = ModelWorkerOfferRules.discountFen(o.priceFen, o.discountPct, o.discountFen);
                return new ModelWorkerOfferView(OfferView.of(o), names.get(o.providerId), discount, o.priceFen - discount);
            }).toList());
        }));
    }

    /** Books the offer for the calling model worker, applying and recording its discount. */
    @WithTransaction
    public Uni<ServiceOrder> order(Actor worker, UUID offerId, String note) {
        return modelWorker(worker).chain(m -> repository.offerForUpdate(offerId).chain(o -> {
            if (o == null || o.eligibility != Eligibility.MODEL_WORKER) {
                throw DomainException.notFound("offer");
            }
            if (o.status != ServiceOffer.Status.OPEN || o.validUntil.isBefore(time.today()) || o.booked >= o.capacity) {
                throw DomainException.conflict("problem.services.offer-unavailable");
            }
            if (!ModelWorkerOfferRules.qualifies(m.topLevel, o.modelWorkerLevel)) {
                throw DomainException.unprocessable("offerId", "problem.services.model-worker-level", m.topLevel.name(),
                        o.modelWorkerLevel.name());
            }
            ServiceOrder order = new ServiceOrder();
            order.id = UUID.randomUUID();
            order.workerSubject = worker.subject();
            order.unitId = m.unitId;
            order.category = o.category;
            order.district = o.district;
            order.note = note == null || note.isBlank() ? null : note.strip();
            order.status = ServiceOrder.Status.BOOKED;
            order.offerId = o.id;
            order.createdAt = time.now();
            order.bookedAt = order.createdAt;
            order.modelWorkerId = m.id;
            order.listPriceFen = o.priceFen;
            order.discountFen = ModelWorkerOfferRules.discountFen(o.priceFen, o.discountPct, o.discountFen);
            order.payFen = order.listPriceFen - order.discountFen;
            o.booked++;
            Map<String, Object> facts = new HashMap<>();
            facts.put("offerId", o.id);
            facts.put("modelWorkerId", m.id);
            facts.put("listPriceFen", order.listPriceFen);
            facts.put("discountFen", order.discountFen);
            facts.put("payFen", order.payFen);
            return repository.persist(order)
                    .call(() -> audit.record(worker, "SERVICE_MODEL_WORKER_ORDERED", "service_order", order.id, null, facts, null))
                    .call(() -> repository.provider(o.providerId).chain(p -> notifier.notify(order.workerSubject,
                            NotificationKind.SERVICE_ORDER_BOOKED, Notifier.serviceOrder(order.id), o.title, p.name)))
                    .replaceWith(order);
        }));
    }

    private Uni<ModelWorker> modelWorker(Actor worker) {
        return repository.modelWorkerOfAccount(worker.subject()).map(m -> {
            if (m == null) {
                throw DomainException.notFound("model-worker");
            }
            return m;
        });
    }
}
