package org.weiyuan.notify;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Rows of the notification feature. */
public final class Notifications {

    private Notifications() { }

    /** One notification in a user's inbox, in both languages (通知). */
    @Entity(name = "InboxNotification")
    @Table(name = "inbox_notification")
    public static class InboxNotification {
        @Id
        public UUID id;
        public UUID recipient;
        @Enumerated(EnumType.STRING)
        public NotificationKind kind;
        public String titleZh;
        public String bodyZh;
        public String titleEn;
        public String bodyEn;
        public String deepLink;
        public Instant createdAt;
        public Instant readAt;
    }

    /** A pending push delivery of one notification (transactional outbox). */
    @Entity(name = "OutboxEvent")
    @Table(name = "outbox_event")
    public static class OutboxEvent {
        /** QUIET: not pushed because it arrived in the recipient's quiet hours; the inbox has it. */
        @Schema(name = "OutboxStatus")
        public enum Status { PENDING, DELIVERED, PARKED, QUIET }

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long seq;
        public UUID id;
        public UUID notificationId;
        public UUID recipient;
        @Enumerated(EnumType.STRING)
        public Status status;
        public int attempts;
        public Instant nextAttemptAt;
        public String lastError;
        public Instant createdAt;
        public Instant deliveredAt;
    }

    /** A phone that can receive push messages for a user. */
    @Entity(name = "Device")
    @Table(name = "device")
    public static class Device {
        @Id
        public UUID id;
        public UUID subject;
        public String platform;
        public String token;
        public String appVersion;
        public String language;
        public Instant createdAt;
        public Instant updatedAt;
    }

    /** A user's notification settings: quiet hours (免打扰) in their time zone. */
    @Entity(name = "NotificationPreference")
    @Table(name = "notification_preference")
    public static class NotificationPreference {
        @Id
        public UUID subject;
        public java.time.LocalTime quietFrom;
        public java.time.LocalTime quietUntil;
        public String timeZone;
        public Instant updatedAt;

        public QuietHours quietHours() {
            return new QuietHours(quietFrom, quietUntil, java.time.ZoneId.of(timeZone));
        }
    }
}
