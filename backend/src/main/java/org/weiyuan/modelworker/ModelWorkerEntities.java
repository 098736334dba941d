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
        @Column(name = "unit_id")
        public UUID unitId;
        public String name;
        @Column(name = "id_number_enc")
        public String idNumberEnc;
        @Column(name = "id_number_bidx")
        public String idNumberIndex;
        @Column(name = "personal_enc")
        public String personalEnc;
        @Column(name = "family_enc")
        public String familyEnc;
        @Column(name = "work_enc")
        public String workEnc;
        public String deeds;
        @Column(name = "needs_enc")
        public String needsEnc;
        @Enumerated(EnumType.STRING)
        @Column(name = "service_type")
        public ServiceType serviceType;
        @Enumerated(EnumType.STRING)
        @Column(name = "top_level")
        public HonourLevel topLevel;
        /** The top level's rank (1 national … 4 district), derived by the database (V149) for ordering in SQL. */
        @Column(name = "top_level_rank", insertable = false, updatable = false)
        public Short topLevelRank;
        @Column(name = "birth_md")
        public String birthMonthDay;
        /** 光荣榜 consent: when the model worker agreed to be shown publicly, and who recorded it (null: not shown). */
        @Column(name = "board_consent_on")
        public LocalDate boardConsentOn;
        @Column(name = "board_consent_by")
        public UUID boardConsentBy;
        @Column(name = "created_by")
        public UUID createdBy;
        @Column(name = "created_at")
        public Instant createdAt;
        @Column(name = "updated_at")
        public Instant updatedAt;
        @Version
        public long version;
    }

    @Entity(name = "ModelWorkerHonour")
    @Table(name = "model_worker_honour")
    public static class Honour {
        @Id
        public UUID id;
        @Column(name = "model_worker_id")
        public UUID modelWorkerId;
        public String title;
        @Enumerated(EnumType.STRING)
        public HonourLevel level;
        /** The level's rank (1 national … 4 district), derived by the database (V149). */
        @Column(name = "level_rank", insertable = false, updatable = false)
        public Short levelRank;
        public int year;
        @Column(name = "awarded_by")
        public String awardedBy;
    }

    @Entity(name = "ModelWorkerPairing")
    @Table(name = "model_worker_pairing")
    public static class Pairing {
        @Id
        @Column(name = "model_worker_id")
        public UUID modelWorkerId;
        @Column(name = "contact_subject")
        public UUID contactSubject;
        @Column(name = "assigned_by")
        public UUID assignedBy;
        @Column(name = "assigned_on")
        public LocalDate assignedOn;
        @Column(name = "updated_at")
        public Instant updatedAt;
    }

    @Entity(name = "ModelWorkerContact")
    @Table(name = "model_worker_contact")
    public static class Contact {
        @Id
        public UUID id;
        @Column(name = "model_worker_id")
        public UUID modelWorkerId;
        @Column(name = "staff_subject")
        public UUID staffSubject;
        @Enumerated(EnumType.STRING)
        public ContactCompliance.Kind kind;
        @Column(name = "contacted_on")
        public LocalDate contactedOn;
        public String summary;
        @Column(name = "recorded_at")
        public Instant recordedAt;
    }

    @Entity(name = "ModelWorkerVisitTask")
    @Table(name = "model_worker_visit_task")
    public static class VisitTask {
        @Id
        public UUID id;
        @Column(name = "model_worker_id")
        public UUID modelWorkerId;
        @Column(name = "contact_subject")
        public UUID contactSubject;
        public String reason;
        @Column(name = "label_zh")
        public String labelZh;
        @Column(name = "label_en")
        public String labelEn;
        @Column(name = "due_on")
        public LocalDate dueOn;
        @Column(name = "done_on")
        public LocalDate doneOn;
        @Column(name = "created_at")
        public Instant createdAt;
    }

    /** 劳模接待日: a unit's weekly reception for model workers. */
    @Entity(name = "ModelWorkerReception")
    @Table(name = "model_worker_reception")
    public static class Reception {
        @Id
        @Column(name = "unit_id")
        public UUID unitId;
        public int weekday;
        @Column(name = "starts_at")
        public java.time.LocalTime startsAt;
        @Column(name = "ends_at")
        public java.time.LocalTime endsAt;
        public String place;
        @Column(name = "host_zh")
        public String hostZh;
        @Column(name = "host_en")
        public String hostEn;
        @Column(name = "updated_by")
        public UUID updatedBy;
        @Column(name = "updated_at")
        public Instant updatedAt;
        @Version
        public long version;
    }
}
