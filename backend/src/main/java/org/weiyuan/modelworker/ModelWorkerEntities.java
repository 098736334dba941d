package org.weiyuan.modelworker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.weiyuan.followup.ContactCompliance;
import org.weiyuan.modelworker.ModelWorkerPolicy.HonourLevel;
import org.weiyuan.modelworker.ModelWorkerPolicy.ServiceType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Entities of model-worker care (tables of V141__model_workers.sql). {@code *Enc} fields hold PiiCipher ciphertext. */
public final class ModelWorkerEntities {

    private ModelWorkerEntities() { }

    @Entity(name = "ModelWorker")
    @Table(name = "model_worker")
    public static class ModelWorker {
        @Id
        public UUID id;
        public UUID unitId;
        public String name;
        public String idNumberEnc;
        @Column(name = "id_number_bidx")
        public String idNumberIndex;
        public String personalEnc;
        public String familyEnc;
        public String workEnc;
        public String deeds;
        public String needsEnc;
        @Enumerated(EnumType.STRING)
        public ServiceType serviceType;
        @Enumerated(EnumType.STRING)
        public HonourLevel topLevel;
        /** The top level's rank (1 national … 4 district), derived by the database (V149) for ordering in SQL. */
        @Column(insertable = false, updatable = false)
        public Short topLevelRank;
        @Column(name = "birth_md")
        public String birthMonthDay;
        /** 光荣榜 consent: when the model worker agreed to be shown publicly, and who recorded it (null: not shown). */
        public LocalDate boardConsentOn;
        public UUID boardConsentBy;
        /** The model worker's own platform account, when staff linked it (劳模优惠 are shown and ordered there). */
        public UUID accountSubject;
        public UUID createdBy;
        public Instant createdAt;
        public Instant updatedAt;
        @Version
        public long version;
    }

    @Entity(name = "ModelWorkerHonour")
    @Table(name = "model_worker_honour")
    public static class Honour {
        @Id
        public UUID id;
        public UUID modelWorkerId;
        public String title;
        @Enumerated(EnumType.STRING)
        public HonourLevel level;
        /** The level's rank (1 national … 4 district), derived by the database (V149). */
        @Column(insertable = false, updatable = false)
        public Short levelRank;
        public int year;
        public String awardedBy;
    }

    @Entity(name = "ModelWorkerPairing")
    @Table(name = "model_worker_pairing")
    public static class Pairing {
        @Id
        public UUID modelWorkerId;
        public UUID contactSubject;
        public UUID assignedBy;
        public LocalDate assignedOn;
        public Instant updatedAt;
    }

    @Entity(name = "ModelWorkerContact")
    @Table(name = "model_worker_contact")
    public static class Contact {
        @Id
        public UUID id;
        public UUID modelWorkerId;
        public UUID staffSubject;
        @Enumerated(EnumType.STRING)
        public ContactCompliance.Kind kind;
        public LocalDate contactedOn;
        public String summary;
        public Instant recordedAt;
    }

    @Entity(name = "ModelWorkerVisitTask")
    @Table(name = "model_worker_visit_task")
    public static class VisitTask {
        @Id
        public UUID id;
        public UUID modelWorkerId;
        public UUID contactSubject;
        public String reason;
        public String labelZh;
        public String labelEn;
        public LocalDate dueOn;
        public LocalDate doneOn;
        public Instant createdAt;
    }

    /** 劳模接待日: a unit's weekly reception for model workers. */
    @Entity(name = "ModelWorkerReception")
    @Table(name = "model_worker_reception")
    public static class Reception {
        @Id
        public UUID unitId;
        public int weekday;
        public java.time.LocalTime startsAt;
        public java.time.LocalTime endsAt;
        public String place;
        public String hostZh;
        public String hostEn;
        public UUID updatedBy;
        public Instant updatedAt;
        @Version
        public long version;
    }
}
