package org.weiyuan.services;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Rows of the service menu feature. */
public final class ServiceEntities {

    private ServiceEntities() { }

    /** A provider (服务提供方): legal aid centre, counsellor, training school, pharmacy, clinic, volunteer team. */
    @Entity(name = "ServiceProvider")
    @Table(name = "service_provider")
    public static class ServiceProvider {
        @Id
        public UUID id;
        public UUID unitId;
        public String name;
        public String kind;
        public String district;
        public UUID createdBy;
        public Instant createdAt;
    }

    /** Who may be booked on an offer. */
    public enum Eligibility {
        ANY_WORKER, FILED_HOUSEHOLD, APPROVED_HOUSEHOLD,
        /** 劳模优惠: model workers whose highest honour is at least the offer's {@code modelWorkerLevel} (never booked by category) */
        MODEL_WORKER
    }

    /** An offer on the menu, with a number of places. */
    @Entity(name = "ServiceOffer")
    @Table(name = "service_offer")
    public static class ServiceOffer {
        public enum Status { OPEN, CLOSED }

        @Id
        public UUID id;
        public UUID providerId;
        public UUID unitId;
        @Enumerated(EnumType.STRING)
        public ServiceCategory category;
        public String title;
        public String description;
        public String district;
        public int capacity;
        public int booked;
        public Integer discountPct;
        /** A fixed discount in fen (instead of a percentage). */
        public Long discountFen;
        /** The list price in fen (needed for a model-worker offer, so the discount can be applied). */
        public Long priceFen;
        @Enumerated(EnumType.STRING)
        public Eligibility eligibility;
        /** For {@link Eligibility#MODEL_WORKER}: the lowest honour level served. */
        @Enumerated(EnumType.STRING)
        public org.weiyuan.modelworker.ModelWorkerPolicy.HonourLevel modelWorkerLevel;
        public LocalDate validUntil;
        @Enumerated(EnumType.STRING)
        public Status status;
        public Instant createdAt;
        @Version
        public long version;
    }

    /** A worker's order from the menu: booked on an offer, or waiting for one (unmet demand). */
    @Entity(name = "ServiceOrder")
    @Table(name = "service_order")
    public static class ServiceOrder {
        @Schema(name = "ServiceOrderStatus")
        public enum Status { BOOKED, WAITING, CANCELLED }

        @Id
        public UUID id;
        public UUID workerSubject;
        public UUID householdId;
        public UUID unitId;
        @Enumerated(EnumType.STRING)
        public ServiceCategory category;
        public String district;
        public String note;
        @Enumerated(EnumType.STRING)
        public Status status;
        public UUID offerId;
        public Instant createdAt;
        public Instant bookedAt;
        /** A model worker's order (劳模优惠): whose, and the discount applied when it was booked. */
        public UUID modelWorkerId;
        public Long listPriceFen;
        public Long discountFen;
        public Long payFen;
        @Version
        public long version;
    }
}
