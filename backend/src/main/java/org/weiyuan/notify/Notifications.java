package org.weiyuan.notify;

import jakarta.persistence.Column;
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
        @Column(name = "title_zh")
        public String titleZh;
        @Column(name = "body_zh")
        public String bodyZh;
        @Column(name = "title_en")
        public String titleEn;
        @Column(name = "body_en")
        public String bodyEn;
        @Column(name = "deep_link")
        public String deepLink;
        @Column(name = "created_at")
        public Instant createdAt;
        @Column(name = "read_at")
        public Instant readAt;
    }

    /** A pending push delivery of one notification (transactional outbox). */
    @Entity(name = "OutboxEvent")
    @Table(name = "outbox_event")
    public static class OutboxEvent {
        /** QUIET: not pushed because it arrived in the recipient's quiet hours; the inbox has it. */
        public enum Status { PENDING, DELIVERED, PARKED, QUIET }

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long seq;
        public UUID id;
        @Column(name = "notification_id")
        public UUID notificationId;
        public UUID recipient;
        @Enumerated(EnumType.STRING)
        public Status status;
        public int attempts;
        @Column(name = "next_attempt_at")
        public Instant nextAttemptAt;
        @Column(name = "last_error")
        public String lastError;
        @Column(name = "created_at")
        public Instant createdAt;
        @Column(name = "delivered_at")
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
        @Column(name = "app_version")
        public String appVersion;
        public String language;
        @Column(name = "created_at")
        public Instant createdAt;
        @Column(name = "updated_at")
        public Instant updatedAt;
    }

    /** A user's notification settings: quiet hours (免打扰) in their time zone. */
    @Entity(name = "NotificationPreference")
    @Table(name = "notification_preference")
    public static class NotificationPreference {
        @Id
        public UUID subject;
        @Column(name = "quiet_from")
        public java.time.LocalTime quietFrom;
        @Column(name = "quiet_until")
        public java.time.LocalTime quietUntil;
        @Column(name = "time_zone")
        public String timeZone;
        @Column(name = "updated_at")
        public Instant updatedAt;

        public QuietHours quietHours() {
            return new QuietHours(quietFrom, quietUntil, java.time.ZoneId.of(timeZone));
        }
    }
}
