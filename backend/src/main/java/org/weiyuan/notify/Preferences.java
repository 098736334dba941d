package org.weiyuan.notify;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.notify.Notifications.NotificationPreference;
import org.weiyuan.security.Actor;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Each user's notification settings, with the platform's default quiet hours for those who set none. */
@ApplicationScoped
public class Preferences {

    final BusinessTime time;
    final NotificationRepository repository;
    final String defaultQuietHours;

    Preferences(BusinessTime time, NotificationRepository repository, NotifyConfig config) {
        this.time = time;
        this.repository = repository;
        this.defaultQuietHours = config.defaultQuietHours();
    }

    public QuietHours platformDefault() {
        return QuietHours.parse(defaultQuietHours, QuietHours.CHINA);
    }

    @WithSession
    public Uni<QuietHours> of(Actor actor) {
        return repository.preference(actor.subject()).map(p -> p == null ? platformDefault() : p.quietHours());
    }

    /** Sets the caller's quiet hours; both times null means none. */
    @WithTransaction
    public Uni<QuietHours> save(Actor actor, LocalTime from, LocalTime until, ZoneId zone) {
        return repository.preference(actor.subject()).chain(found -> {
            NotificationPreference p = found == null ? new NotificationPreference() : found;
            p.subject = actor.subject();
            p.quietFrom = from;
            p.quietUntil = until;
            p.timeZone = zone.getId();
            p.updatedAt = time.now();
            return (found == null ? repository.persist(p) : Uni.createFrom().voidItem()).replaceWith(p.quietHours());
        });
    }

    /** Quiet hours of several recipients at once, for the dispatcher's batch (in the caller's session). */
    Uni<Map<UUID, QuietHours>> quietHours(List<UUID> recipients) {
        return repository.preferences(recipients).map(rows -> {
            Map<UUID, QuietHours> all = new HashMap<>();
            QuietHours fallback = platformDefault();
            recipients.forEach(r -> all.put(r, fallback));
            rows.forEach(p -> all.put(p.subject, p.quietHours()));
            return all;
        });
    }
}
