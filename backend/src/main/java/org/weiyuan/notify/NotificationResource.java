package org.weiyuan.notify;

import org.jboss.resteasy.reactive.server.Cancellable;
import org.weiyuan.common.idempotency.IdempotencyRules;
import org.weiyuan.common.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.common.Messages;
import org.weiyuan.common.Page;
import org.weiyuan.security.CurrentActor;

import io.smallrye.mutiny.Multi;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.weiyuan.common.DomainException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/** The signed-in user's inbox and push devices. Every role has one. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "notifications", description = "消息中心 Inbox and push devices")
public class NotificationResource {

    /** How many inbox notices are unread. */
    public record UnreadCount(long unread) { }

    /** A notice marked read, and when. */
    public record ReadMark(UUID id, java.time.Instant readAt) { }

    /** How many notices were marked read. */
    public record MarkedCount(int marked) { }

    /** A registered push device. */
    public record DeviceView(UUID id, String platform) { }


    final InboxService inbox;
    final CurrentActor actor;
    final InboxStream stream;
    final Preferences preferences;
    final ParkedDeliveries parked;

    NotificationResource(InboxService inbox, CurrentActor actor, InboxStream stream, Preferences preferences, ParkedDeliveries parked) {
        this.inbox = inbox;
        this.actor = actor;
        this.stream = stream;
        this.preferences = preferences;
        this.parked = parked;
    }

    /** A notification in the reader's language (Accept-Language; Chinese first). */
    public record NotificationView(UUID id, NotificationKind kind, String title, String body, String deepLink,
                                   Instant createdAt, Instant readAt) { }

    public record DeviceRequest(@NotBlank @Pattern(regexp = "android-fcm|android-vendor|ios-apns|test") String platform,
                                @NotBlank @Size(max = 4096) String token,
                                @Size(max = 32) String appVersion,
                                @Pattern(regexp = "zh-CN|en") String language) { }

    @GET
    @Path("/inbox")
    @Operation(operationId = "listInbox")
    public Uni<Page<NotificationView>> list(@RestQuery("cursor") String cursor, @RestQuery("limit") @DefaultValue("30") @Min(1) @Max(100) int limit,
                                            @jakarta.ws.rs.HeaderParam("Accept-Language") String language) {
        boolean english = Messages.negotiate(language).getLanguage().equals("en");
        return inbox.list(actor.get(), cursor, limit).map(page -> new Page<>(page.items().stream()
                .map(n -> new NotificationView(n.id, n.kind, english ? n.titleEn : n.titleZh, english ? n.bodyEn : n.bodyZh,
                        n.deepLink, n.createdAt, n.readAt)).toList(), page.nextCursor()));
    }

    /** Quiet hours as the user sees them; both null when there are none. */
    @Schema(name = "NotificationPreferencesView")
    public record PreferencesView(String quietFrom, String quietUntil, String timeZone) {
        static PreferencesView of(QuietHours q) {
            return new PreferencesView(q.isSet() ? q.from().toString() : null, q.isSet() ? q.until().toString() : null,
                    q.zone().getId());
        }
    }

    @Schema(name = "NotificationPreferencesRequest")
    public record PreferencesRequest(@Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d") String quietFrom,
                                     @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d") String quietUntil,
                                     @Size(max = 40) String timeZone) { }

    @GET
    @Path("/inbox/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamUnreadCount", summary = "实时未读数 Live unread count (server-sent events): now, on every change, and every 25 s")
    public Multi<InboxStream.UnreadCount> stream() {
        return stream.unreadCounts(actor.get().subject());
    }

    @GET
    @Path("/notification-preferences")
    @Operation(operationId = "getNotificationPreferences")
    public Uni<PreferencesView> preferences() {
        return preferences.of(actor.get()).map(PreferencesView::of);
    }

    @PUT
    @Path("/notification-preferences")
    @Operation(operationId = "saveNotificationPreferences", summary = "免打扰时段 Quiet hours: no push between quietFrom and quietUntil (both empty for none)")
    public Uni<PreferencesView> savePreferences(@Valid @NotNull PreferencesRequest request) {
        if ((request.quietFrom() == null) != (request.quietUntil() == null)) {
            throw DomainException.unprocessable(request.quietFrom() == null ? "quietFrom" : "quietUntil", "problem.quiet-hours.pair");
        }
        ZoneId zone;
        try {
            zone = request.timeZone() == null ? QuietHours.CHINA : ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            throw DomainException.unprocessable("timeZone", "problem.time-zone", request.timeZone());
        }
        return preferences.save(actor.get(), request.quietFrom() == null ? null : LocalTime.parse(request.quietFrom()),
                request.quietUntil() == null ? null : LocalTime.parse(request.quietUntil()), zone).map(PreferencesView::of);
    }

    @GET
    @Path("/outbox/parked")
    @Operation(operationId = "listParkedDeliveries", summary = "推送失败 Deliveries parked after every retry (administrators and top-level staff)")
    public Uni<java.util.List<ParkedDeliveries.ParkedView>> parked(@RestQuery("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return parked.list(actor.get(), limit);
    }

    @POST
    @Path("/outbox/{id}/retry")
    @Operation(operationId = "retryParkedDelivery", summary = "重新推送 Queue a parked delivery again, e.g. after the push service is fixed")
    public Uni<ParkedDeliveries.ParkedView> retry(@RestPath("id") UUID id) {
        return parked.retry(actor.get(), id);
    }

    @GET
    @Path("/inbox/unread-count")
    @Operation(operationId = "getUnreadCount")
    public Uni<UnreadCount> unread() {
        return inbox.unread(actor.get()).map(UnreadCount::new);
    }

    @POST
    @Path("/inbox/{id}/read")
    @Operation(operationId = "markNotificationRead")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<ReadMark> read(@RestPath("id") UUID id) {
        return inbox.markRead(actor.get(), id).map(n -> new ReadMark(n.id, n.readAt));
    }

    @POST
    @Path("/inbox/read-all")
    @Operation(operationId = "markAllNotificationsRead")
    public Uni<MarkedCount> readAll() {
        return inbox.markAllRead(actor.get()).map(MarkedCount::new);
    }

    @PUT
    @Path("/devices")
    @Operation(operationId = "registerDevice", summary = "登记推送设备 Register this phone's push token (several devices per user)")
    public Uni<DeviceView> register(@Valid @NotNull DeviceRequest request) {
        return inbox.register(actor.get(), request.platform(), request.token(), request.appVersion(), request.language())
                .map(d -> new DeviceView(d.id, d.platform));
    }

    @DELETE
    @Path("/devices/{token}")
    @ResponseStatus(204)
    @Operation(operationId = "unregisterDevice", summary = "注销推送设备 On logout: stop pushing to this token")
    public Uni<Void> unregister(@RestPath("token") String token) {
        return inbox.unregister(actor.get(), token).replaceWithVoid();
    }
}
