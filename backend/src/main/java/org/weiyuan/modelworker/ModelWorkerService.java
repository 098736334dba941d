package org.weiyuan.modelworker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.modelworker.ModelWorkerEntities.Contact;
import org.weiyuan.modelworker.ModelWorkerEntities.Honour;
import org.weiyuan.modelworker.ModelWorkerEntities.ModelWorker;
import org.weiyuan.modelworker.ModelWorkerEntities.Pairing;
import org.weiyuan.modelworker.ModelWorkerViews.ArchiveRequest;
import org.weiyuan.modelworker.ModelWorkerViews.ArchiveSummary;
import org.weiyuan.modelworker.ModelWorkerViews.ArchiveView;
import org.weiyuan.modelworker.ModelWorkerViews.ContactLog;
import org.weiyuan.modelworker.ModelWorkerViews.ContactRequest;
import org.weiyuan.modelworker.ModelWorkerViews.ContactView;
import org.weiyuan.modelworker.ModelWorkerViews.Family;
import org.weiyuan.modelworker.ModelWorkerViews.HonourView;
import org.weiyuan.modelworker.ModelWorkerViews.MyTasks;
import org.weiyuan.modelworker.ModelWorkerViews.OverdueVisit;
import org.weiyuan.modelworker.ModelWorkerViews.PairingRequest;
import org.weiyuan.modelworker.ModelWorkerViews.PairingView;
import org.weiyuan.modelworker.ModelWorkerViews.Personal;
import org.weiyuan.modelworker.ModelWorkerViews.VisitTaskView;
import org.weiyuan.modelworker.ModelWorkerViews.WorkEntry;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.security.Masking;
import org.weiyuan.security.PiiCipher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 劳模服务 use cases: the archive of six categories (personal data encrypted as households' are),
 * one-to-one pairing by honour level, the contact log and the contact's queue. Model-worker data
 * goes only to the staff who serve them: staff of the unit that keeps the archive and the paired
 * contact; anyone else (a parent unit's staff included) gets 404.
 */
@ApplicationScoped
public class ModelWorkerService {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final ModelWorkerRepository repository;
    private final UnionScope scope;
    private final PiiCipher cipher;
    private final AuditLog audit;
    private final ModelWorkerConfig config;
    private final BusinessTime time;

    public ModelWorkerService(ModelWorkerRepository repository, UnionScope scope, PiiCipher cipher, AuditLog audit,
                              ModelWorkerConfig config, BusinessTime time) {
        this.repository = repository;
        this.scope = scope;
        this.cipher = cipher;
        this.audit = audit;
        this.config = config;
        this.time = time;
    }

    /** A new archive, kept by the caller's own unit. */
    public Uni<ArchiveView> create(Actor actor, ArchiveRequest r) {
        return repository.inTransaction(() -> scope.staffUnit(actor).chain(unit -> {
            ModelWorker m = new ModelWorker();
            m.id = UUID.randomUUID();
            m.unitId = unit.id;
            m.createdBy = actor.subject();
            m.createdAt = time.now();
            return write(m, r, true).chain(() -> audit.record(actor, "model-worker.create", "model_worker", m.id, null,
                    Map.of("serviceType", m.serviceType, "topLevel", m.topLevel), null)).chain(() -> view(m));
        }));
    }

    public Uni<ArchiveView> update(Actor actor, UUID id, ArchiveRequest r) {
        return repository.inTransaction(() -> served(actor, id).chain(m -> repository.removeHonours(m.id)
                .chain(() -> write(m, r, false))
                .chain(() -> audit.record(actor, "model-worker.update", "model_worker", m.id, null,
                        Map.of("serviceType", m.serviceType, "topLevel", m.topLevel), null))
                .chain(() -> view(m))));
    }

    /** The whole archive, decrypted (audited: it is personal data). */
    public Uni<ArchiveView> get(Actor actor, UUID id) {
        return repository.inTransaction(() -> served(actor, id).chain(m -> audit.record(actor, "model-worker.read", "model_worker", m.id,
                null, null, null).chain(() -> view(m))));
    }

    public Uni<List<ArchiveSummary>> list(Actor actor, ModelWorkerPolicy.ServiceType type) {
        return repository.inTransaction(() -> scope.staffUnit(actor).chain(unit -> repository.servedBy(actor.subject(), unit.id, type))
                .chain(archives -> Multi.createFrom().iterable(archives).onItem().transformToUniAndConcatenate(m -> pairingView(m)
                        .map(p -> new ArchiveSummary(m.id, m.unitId, Masking.name(m.name), m.serviceType, m.topLevel,
                                p == null ? null : p.contactName(), p == null ? null : p.nextVisitDue(), p != null && p.visitOverdue())))
                        .collect().asList()));
    }

    /** 一对一结对: the contact must be staff at the unit level the highest honour asks for, on the archive's branch of the tree. */
    public Uni<PairingView> pair(Actor actor, UUID id, PairingRequest r) {
        return repository.inTransaction(() -> served(actor, id).chain(m -> repository.staff(r.contactSubject()).chain(staff -> {
            if (staff == null) {
                throw DomainException.unprocessable("contactSubject", "problem.model-worker.contact-unknown");
            }
            return repository.unit(staff.unitId).chain(staffUnit -> repository.unit(m.unitId).map(archiveUnit -> {
                boolean onBranch = staffUnit.contains(archiveUnit) || archiveUnit.contains(staffUnit);
                ModelWorkerPolicy.Contact rule = ModelWorkerPolicy.contactFor(m.topLevel);
                if (!onBranch || !ModelWorkerPolicy.mayKeepContact(m.topLevel, staffUnit.level)) {
                    throw DomainException.unprocessable("contactSubject", "problem.model-worker.contact-level",
                            m.topLevel.name(), rule.roleZh(), rule.unitLevel().name());
                }
                return staffUnit;
            }));
        }).chain(x -> repository.pairing(m.id).chain(existing -> {
            Pairing p = existing == null ? new Pairing() : existing;
            p.modelWorkerId = m.id;
            p.contactSubject = r.contactSubject();
            p.assignedBy = actor.subject();
            p.assignedOn = time.today();
            p.updatedAt = time.now();
            return (existing == null ? repository.persist(p) : Uni.createFrom().voidItem())
                    .chain(() -> audit.record(actor, "model-worker.pair", "model_worker", m.id, null,
                            Map.of("contactSubject", p.contactSubject), null))
                    .chain(() -> repository.flush()).chain(() -> pairingView(m));
        }))));
    }

    public Uni<ContactLog> contacts(Actor actor, UUID id) {
        return repository.inTransaction(() -> served(actor, id).chain(this::log));
    }

    /** Logs a contact by the caller; a visit closes the visit tasks due near it. */
    public Uni<ContactView> logContact(Actor actor, UUID id, ContactRequest r) {
        LocalDate today = time.today();
        LocalDate on = r.contactedOn() == null ? today : r.contactedOn();
        if (on.isAfter(today)) {
            return Uni.createFrom().failure(DomainException.unprocessable("contactedOn", "problem.model-worker.contact-in-future"));
        }
        return repository.inTransaction(() -> served(actor, id).chain(m -> {
            Contact c = new Contact();
            c.id = UUID.randomUUID();
            c.modelWorkerId = m.id;
            c.staffSubject = actor.subject();
            c.kind = r.kind();
            c.contactedOn = on;
            c.summary = r.summary().strip();
            c.recordedAt = time.now();
            Uni<Integer> closes = c.kind == org.weiyuan.followup.ContactCompliance.Kind.VISIT
                    ? repository.closeTasksNear(m.id, on, config.visitClosesTasksWithinDays()) : Uni.createFrom().item(0);
            return repository.persist(c).chain(() -> closes)
                    .chain(x -> audit.record(actor, "model-worker.contact", "model_worker", m.id, null, Map.of("kind", c.kind), null))
                    .replaceWith(new ContactView(c.id, c.staffSubject, c.kind, c.contactedOn, c.summary, c.recordedAt));
        }));
    }

    /** The caller's queue: model workers they keep whose visit is overdue, and open birthday/festival visit tasks. */
    public Uni<MyTasks> myTasks(Actor actor) {
        LocalDate today = time.today();
        return repository.inTransaction(() -> scope.staffUnit(actor).chain(u -> repository.pairingsOf(actor.subject()))
                .chain(pairings -> Multi.createFrom().iterable(pairings).onItem().transformToUniAndConcatenate(p ->
                                repository.archive(p.modelWorkerId).chain(m -> repository.lastVisit(m.id, p.contactSubject).map(last -> {
                                    LocalDate due = ModelWorkerPolicy.nextVisitDue(m.topLevel, p.assignedOn, last);
                                    return today.isAfter(due) ? new OverdueVisit(m.id, Masking.name(m.name), due) : null;
                                }))).collect().asList())
                .chain(overdue -> repository.openTasksOf(actor.subject()).map(tasks -> new MyTasks(
                        overdue.stream().filter(java.util.Objects::nonNull).toList(),
                        tasks.stream().map(t -> new VisitTaskView(t.id, t.modelWorkerId, t.reason, t.labelZh, t.labelEn, t.dueOn)).toList()))));
    }

    /** 光荣榜 consent, recorded by staff who serve the model worker: only 示范引领 model workers may be shown. */
    public Uni<ModelWorkerViews.BoardConsentView> boardConsent(Actor actor, UUID id, ModelWorkerViews.BoardConsentRequest r) {
        LocalDate today = time.today();
        if (r.consentedOn() != null && r.consentedOn().isAfter(today)) {
            return Uni.createFrom().failure(DomainException.unprocessable("consentedOn", "problem.model-worker.consent-in-future"));
        }
        return repository.inTransaction(() -> served(actor, id).chain(m -> {
            if (r.consent() && m.serviceType != ModelWorkerPolicy.ServiceType.DEMONSTRATION) {
                throw DomainException.unprocessable("consent", "problem.model-worker.board-demonstration-only", m.serviceType.name());
            }
            m.boardConsentOn = r.consent() ? (r.consentedOn() == null ? today : r.consentedOn()) : null;
            m.boardConsentBy = r.consent() ? actor.subject() : null;
            m.updatedAt = time.now();
            return audit.record(actor, r.consent() ? "model-worker.board.consent" : "model-worker.board.withdraw", "model_worker", m.id,
                            null, r.consent() ? Map.of("consentedOn", m.boardConsentOn.toString()) : null, null)
                    .replaceWith(new ModelWorkerViews.BoardConsentView(m.id,
                            ReceptionRules.onHonourBoard(m.serviceType, m.boardConsentOn), m.boardConsentOn));
        }));
    }

    /**
     * Links (or, with null, unlinks) the model worker's own account, by staff who serve them; one archive per
     * account, and never an account the platform places outside the caller's subtree (both 409, {@link ModelWorkerPolicy#accountRefusal}).
     * Two links of one account at once: the unique index refuses the second (409 as well).
     */
    public Uni<ModelWorkerViews.AccountView> linkAccount(Actor actor, UUID id, ModelWorkerViews.AccountRequest r) {
        return repository.inTransaction(() -> served(actor, id).chain(m -> scope.staffUnit(actor).chain(own -> r.accountSubject() == null
                ? Uni.createFrom().item((String) null)
                : repository.accountTaken(r.accountSubject(), m.id).chain(taken -> repository.accountUnitPaths(r.accountSubject())
                        .map(paths -> ModelWorkerPolicy.accountRefusal(taken, own.path, paths)))).chain(refusal -> {
                    if (refusal != null) {
                        throw DomainException.conflict(refusal);
                    }
                    UUID before = m.accountSubject;
                    m.accountSubject = r.accountSubject();
                    m.updatedAt = time.now();
                    return audit.record(actor, "model-worker.account", "model_worker", m.id,
                                    before == null ? null : Map.of("accountSubject", before),
                                    m.accountSubject == null ? null : Map.of("accountSubject", m.accountSubject), null)
                            .replaceWith(new ModelWorkerViews.AccountView(m.id, m.accountSubject));
                })));
    }

    // ---- helpers

    /** The archive, when the caller serves the model worker (their unit keeps it, or they are its contact); 404 otherwise. */
    private Uni<ModelWorker> served(Actor actor, UUID id) {
        return scope.staffUnit(actor).chain(unit -> repository.archive(id).chain(m -> {
            if (m == null) {
                throw DomainException.notFound("model-worker");
            }
            if (m.unitId.equals(unit.id)) {
                return Uni.createFrom().item(m);
            }
            return repository.pairing(m.id).map(p -> {
                if (p == null || !p.contactSubject.equals(actor.subject())) {
                    throw DomainException.notFound("model-worker");
                }
                return m;
            });
        }));
    }

    private Uni<Void> write(ModelWorker m, ArchiveRequest r, boolean isNew) {
        String idNumber = r.idNumber().strip().toUpperCase();
        String index = cipher.blindIndex(idNumber);
        return repository.idNumberTaken(index, isNew ? null : m.id).chain(taken -> {
            if (taken) {
                throw DomainException.conflict("problem.model-worker.exists");
            }
            m.name = r.name().strip();
            m.idNumberEnc = cipher.encrypt(idNumber);
            m.idNumberIndex = index;
            m.personalEnc = seal(r.personal());
            m.familyEnc = r.family() == null ? null : seal(r.family());
            m.workEnc = r.workHistory() == null ? null : seal(r.workHistory());
            m.deeds = r.deeds().strip();
            m.needsEnc = r.needs() == null || r.needs().isBlank() ? null : cipher.encrypt(r.needs().strip());
            m.serviceType = r.serviceType();
            m.topLevel = ModelWorkerPolicy.top(r.honours().stream().map(ModelWorkerViews.HonourRequest::level).toList()).orElseThrow();
            m.birthMonthDay = ModelWorkerPolicy.birthMonthDay(idNumber);
            m.updatedAt = time.now();
            Uni<Void> saved = isNew ? repository.persist(m) : Uni.createFrom().voidItem();
            for (ModelWorkerViews.HonourRequest h : r.honours()) {
                Honour row = new Honour();
                row.id = UUID.randomUUID();
                row.modelWorkerId = m.id;
                row.title = h.title().strip();
                row.level = h.level();
                row.year = h.year();
                row.awardedBy = h.awardedBy();
                saved = saved.chain(() -> repository.persist(row));
            }
            return saved.chain(() -> repository.flush());
        });
    }

    private String seal(Object value) {
        try {
            return cipher.encrypt(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("archive category not serialisable", e);
        }
    }

    private <T> T open(String stored, TypeReference<T> type) {
        if (stored == null) {
            return null;
        }
        try {
            return JSON.readValue(cipher.decrypt(stored), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("archive category unreadable", e);
        }
    }

    private Uni<ArchiveView> view(ModelWorker m) {
        return repository.honours(m.id).chain(honours -> pairingView(m).map(p -> new ArchiveView(m.id, m.unitId, m.name,
                cipher.decrypt(m.idNumberEnc), open(m.personalEnc, new TypeReference<Personal>() { }),
                open(m.familyEnc, new TypeReference<Family>() { }), open(m.workEnc, new TypeReference<List<WorkEntry>>() { }),
                m.deeds, honours.stream().map(h -> new HonourView(h.title, h.level, h.year, h.awardedBy)).toList(),
                m.needsEnc == null ? null : cipher.decrypt(m.needsEnc), m.serviceType, m.topLevel, p, m.createdAt)));
    }

    private Uni<PairingView> pairingView(ModelWorker m) {
        return repository.pairing(m.id).chain(p -> {
            if (p == null) {
                return Uni.createFrom().nullItem();
            }
            return repository.staff(p.contactSubject).chain(staff -> repository.lastVisit(m.id, p.contactSubject).map(last -> {
                ModelWorkerPolicy.Contact rule = ModelWorkerPolicy.contactFor(m.topLevel);
                LocalDate due = ModelWorkerPolicy.nextVisitDue(m.topLevel, p.assignedOn, last);
                return new PairingView(p.contactSubject, staff == null ? null : staff.displayName, p.assignedOn, rule.roleZh(),
                        rule.roleEn(), rule.visitsPerYear(), due, time.today().isAfter(due));
            }));
        });
    }

    private Uni<ContactLog> log(ModelWorker m) {
        LocalDate today = time.today();
        return pairingView(m).chain(p -> repository.contacts(m.id).chain(contacts -> (p == null ? Uni.createFrom().item(0L)
                : repository.visitsBetween(m.id, p.contactSubject(), LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31)))
                .map(visits -> new ContactLog(p, visits.intValue(), p != null && ModelWorkerPolicy.yearMet(m.topLevel, visits.intValue()),
                        contacts.stream().map(c -> new ContactView(c.id, c.staffSubject, c.kind, c.contactedOn, c.summary, c.recordedAt))
                                .toList()))));
    }
}
