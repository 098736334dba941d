package org.weiyuan.notify;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.notify.Notifications.OutboxEvent;
import org.weiyuan.security.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Push deliveries that failed every retry, for the platform's operators (administrators and staff
 * of a top-level unit) to look at and queue again once the push service works.
 */
@ApplicationScoped
public class ParkedDeliveries {

    final BusinessTime time;

    final AuditLog audit;
    final NotificationRepository repository;

    ParkedDeliveries(BusinessTime time, AuditLog audit, NotificationRepository repository) {
        this.time = time;
        this.audit = audit;
        this.repository = repository;
    }

    public record ParkedView(UUID id, UUID notificationId, UUID recipient, OutboxEvent.Status status, int attempts,
                             String lastError, Instant createdAt) {
        static ParkedView of(OutboxEvent e) {
            return new ParkedView(e.id, e.notificationId, e.recipient, e.status, e.attempts, e.lastError, e.createdAt);
        }
    }

    @WithSession
    public Uni<List<ParkedView>> list(Actor actor, int limit) {
        return requireOperator(actor).chain(() -> repository.parked(limit))
                .map(rows -> rows.stream().map(ParkedView::of).toList());
    }

    @WithTransaction
    public Uni<ParkedView> retry(Actor actor, UUID id) {
        return requireOperator(actor).chain(() -> repository.deliveryById(id))
                .chain(e -> {
                    if (e == null) {
                        throw DomainException.notFound("delivery");
                    }
                    if (e.status != OutboxEvent.Status.PARKED) {
                        throw DomainException.illegalTransition("RETRY", e.status);
                    }
                    e.status = OutboxEvent.Status.PENDING;
                    e.attempts = 0;
                    e.nextAttemptAt = time.now();
                    return audit.record(actor, "DELIVERY_REQUEUED", "outbox_event", e.id, Map.of("status", "PARKED"),
                            Map.of("status", "PENDING"), null).replaceWith(ParkedView.of(e));
                });
    }

    private Uni<Void> requireOperator(Actor actor) {
        if (actor.isAdmin()) {
            return Uni.createFrom().voidItem();
        }
        return repository.isOperator(actor.subject())
                .map(operator -> {
                    if (!actor.isStaff() || !operator) {
                        throw DomainException.forbidden("problem.operators-only");
                    }
                    return null;
                });
    }
}
