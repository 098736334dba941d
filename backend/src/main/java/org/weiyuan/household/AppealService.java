package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Messages;
import org.weiyuan.household.AppealViews.AppealDecisionRequest;
import org.weiyuan.household.AppealViews.AppealRequest;
import org.weiyuan.household.HouseholdService.Access;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.org.UnionScope;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.org.UnionUnitRepository;
import org.weiyuan.security.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * 申诉: a household whose file was rejected or exited appeals the decision once, within the
 * deadline, with its reason and evidence documents; staff of a unit above the deciding one (never
 * the decider) uphold or reverse it with their reasons. Every step is audited on the file; the
 * reviewers, the household and the decider are notified through the inbox and its push outbox.
 */
@ApplicationScoped
public class AppealService {

    private final BusinessTime time;
    private final AppealRepository appeals;
    private final HouseholdService files;
    private final UnionScope scope;
    private final UnionUnitRepository units;
    private final AuditLog audit;
    private final Notifier notifier;
    private final AppealConfig config;
    private final HouseholdReinstatements reinstatements;

    /** An appeal decided, and what reversing an exit undid (null when nothing was reversed). */
    public record Decided(HouseholdAppeal appeal, HouseholdReinstatements.Reinstatement reinstatement) { }

    AppealService(BusinessTime time, AppealRepository appeals, HouseholdService files, UnionScope scope, UnionUnitRepository units,
                  AuditLog audit, Notifier notifier, AppealConfig config, HouseholdReinstatements reinstatements) {
        this.reinstatements = reinstatements;
        this.time = time;
        this.appeals = appeals;
        this.files = files;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.notifier = notifier;
        this.config = config;
    }

    /** The household (or staff in scope taking it down for a worker without a smartphone) files an appeal. */
    @WithTransaction
    public Uni<HouseholdAppeal> file(Actor actor, UUID householdId, AppealRequest r) {
        return files.accessible(actor, householdId).chain(a -> {
            Household h = a.file().household();
            AppealedDecision decision = AppealRules.decisionOf(h.status);
            java.time.Instant now = time.now();
            java.time.Instant deadline = AppealRules.requireInTime(h.decidedAt, now, config.deadlineDays());
            List<UUID> documents = r.documentIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(r.documentIds()));
            if (documents.size() > config.maxDocuments()) {
                throw DomainException.unprocessable("documentIds", "problem.appeal.too-many-documents", config.maxDocuments());
            }
            return appeals.forDecision(h.id, h.decidedAt).chain(existing -> {
                if (existing != null) {
                    throw DomainException.conflict("problem.appeal.duplicate");
                }
                return appeals.documentsOfFile(h.id, documents);
            }).chain(found -> {
                if (found.size() != documents.size()) {
                    throw DomainException.unprocessable("documentIds", "problem.appeal.document");
                }
                return scope.unitOf(h.decidedBy);
            }).chain(decidersUnit -> {
                HouseholdAppeal ap = new HouseholdAppeal();
                ap.id = UUID.randomUUID();
                ap.householdId = h.id;
                ap.decision = decision;
                ap.decidedAt = h.decidedAt;
                ap.decidedBy = h.decidedBy;
                // a decider without a unit (an administrator): the file's own unit decided
                ap.decidingUnitId = decidersUnit == null ? h.unitId : decidersUnit.id;
                ap.reason = r.reason().trim();
                ap.documentIds = documents.toArray(UUID[]::new);
                ap.filedBy = actor.subject();
                ap.onBehalf = a.access() == Access.STAFF;
                ap.filedAt = now;
                ap.deadlineAt = deadline;
                ap.status = AppealStatus.PENDING;
                return appeals.persist(ap)
                        .call(() -> audit.record(actor, "HOUSEHOLD_APPEALED", "household", h.id, null, snapshot(ap),
                                ap.onBehalf ? "代为申诉 filed by staff on the household's behalf" : null))
                        .call(() -> tellReviewers(ap));
            });
        });
    }

    /** A file's appeals, for the household and staff in scope; a staff read is audited, as one appeal's is. */
    @WithTransaction
    public Uni<List<HouseholdAppeal>> ofHousehold(Actor actor, UUID householdId) {
        return files.accessible(actor, householdId).chain(a -> appeals.ofHousehold(householdId)
                .call(list -> a.access() == Access.STAFF && !list.isEmpty()
                        ? audit.record(actor, "HOUSEHOLD_APPEAL_READ", "household", householdId, null, null, list.size() + " appeals")
                        : Uni.createFrom().voidItem()));
    }

    /** One appeal, for the household and staff in scope; a staff read is audited (its reason is personal). */
    @WithTransaction
    public Uni<HouseholdAppeal> get(Actor actor, UUID appealId) {
        return appeals.findById(appealId).onItem().ifNull().failWith(() -> DomainException.notFound("appeal"))
                .call(ap -> files.accessible(actor, ap.householdId).call(a -> a.access() == Access.STAFF
                        ? audit.record(actor, "HOUSEHOLD_APPEAL_READ", "household", ap.householdId, null, null, "appeal " + ap.id)
                        : Uni.createFrom().voidItem()));
    }

    /** 待复议: pending appeals the staff member may review (decided below their unit, not by them), oldest first. */
    @WithSession
    public Uni<List<HouseholdAppeal>> queue(Actor staff) {
        return scope.staffUnit(staff).chain(unit -> appeals.pendingFor(unit.path, staff.subject(), config.maxQueue()));
    }

    /**
     * 复议: upheld (the decision stands) or reversed (the file is restored), with the reviewer's reasons.
     * A reversed exit undoes what the exit set off ({@link HouseholdReinstatements}): wishes unfrozen
     * where they can be, recoveries cancelled; the answer says what was undone and what stays.
     */
    @WithTransaction
    public Uni<Decided> decide(Actor staff, UUID appealId, AppealDecisionRequest r) {
        HouseholdReinstatements.Reinstatement[] undone = {null};
        return appeals.findById(appealId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> DomainException.notFound("appeal"))
                .chain(ap -> files.inStaffScope(staff, ap.householdId).chain(h -> scope.staffUnit(staff)
                        .chain(own -> units.findById(ap.decidingUnitId).chain(deciding -> {
                            AppealRules.requirePending(ap.status);
                            AppealRules.requireReviewer(staff.subject(), ap.decidedBy, own.path, deciding.path, deciding.parentId == null);
                            AppealRules.requireNotFiler(staff.subject(), ap.filedBy);
                            Map<String, Object> before = snapshot(ap);
                            String reason = r.reason().trim();
                            Uni<Void> outcome = Uni.createFrom().voidItem();
                            if (r.outcome() == AppealOutcome.REVERSED) {
                                AppealRules.requireStillDecided(ap.decidedAt, h.decidedAt, h.status, ap.decision);
                                boolean exit = ap.decision == AppealedDecision.EXITED;
                                // read before the reversal clears them: only an overturned ineligible finding
                                // cancels recoveries, and only those opened since that exit
                                java.time.Instant ineligibleAt = h.exitReason == ExitReason.INELIGIBLE_ON_RECHECK ? h.decidedAt : null;
                                outcome = files.reverseOnAppeal(staff, h.id, "申诉撤销原决定: " + reason)
                                        .chain(restored -> exit ? reinstatements.reinstated(staff, restored, ineligibleAt)
                                                .invoke(done -> undone[0] = done).replaceWithVoid() : Uni.createFrom().voidItem());
                            }
                            return outcome.chain(() -> {
                                ap.status = r.outcome().status();
                                ap.reviewerSubject = staff.subject();
                                ap.outcomeReason = reason;
                                ap.reviewedAt = time.now();
                                return audit.record(staff, "HOUSEHOLD_APPEAL_DECIDED", "household", ap.householdId, before,
                                        snapshot(ap), r.outcome().name());
                            }).chain(() -> tellOutcome(ap, h.ownerSubject)).replaceWith(() -> new Decided(ap, undone[0]));
                        }))));
    }

    /** Staff of the nearest unit above the deciding one that has staff hear of the appeal (the decider left out). */
    private Uni<Void> tellReviewers(HouseholdAppeal ap) {
        return units.findById(ap.decidingUnitId).chain((UnionUnit deciding) -> notifier.notifyStaff(
                deciding.parentId == null ? deciding.id : deciding.parentId, ap.decidedBy,
                NotificationKind.STAFF_APPEAL_QUEUED, Notifier.household(ap.householdId), deciding.name));
    }

    private Uni<Void> tellOutcome(HouseholdAppeal ap, UUID owner) {
        NotificationKind kind = ap.status == AppealStatus.REVERSED
                ? NotificationKind.HOUSEHOLD_APPEAL_REVERSED : NotificationKind.HOUSEHOLD_APPEAL_UPHELD;
        String outcome = Messages.get(Messages.CHINESE, "appeal.outcome." + ap.status) + " / "
                + Messages.get(Locale.ENGLISH, "appeal.outcome." + ap.status);
        return notifier.notify(owner, kind, Notifier.household(ap.householdId), ap.outcomeReason)
                .chain(() -> notifier.notify(ap.decidedBy, NotificationKind.STAFF_APPEAL_DECIDED, Notifier.household(ap.householdId),
                        outcome, ap.outcomeReason));
    }

    private static Map<String, Object> snapshot(HouseholdAppeal ap) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("appealId", ap.id);
        s.put("decision", ap.decision);
        s.put("decidedAt", ap.decidedAt.toString());
        s.put("decidedBy", ap.decidedBy);
        s.put("documentIds", new ArrayList<>(List.of(ap.documentIds)));
        s.put("status", ap.status);
        s.put("reviewerSubject", ap.reviewerSubject);
        s.put("outcomeReason", ap.outcomeReason);
        return s;
    }

    /** The evidence feature: the household of a pending appeal the caller may add evidence to. */
    @WithSession
    public Uni<UUID> pendingAppealFile(Actor actor, UUID appealId) {
        return appeals.findById(appealId).onItem().ifNull().failWith(() -> DomainException.notFound("appeal"))
                .call(ap -> files.accessible(actor, ap.householdId))
                .map(ap -> {
                    AppealRules.requirePending(ap.status);
                    return ap.householdId;
                });
    }

    /** Adds an uploaded evidence document to a pending appeal, in the upload's transaction. */
    public Uni<Void> attach(Actor actor, UUID appealId, UUID documentId) {
        return appeals.findById(appealId, LockModeType.PESSIMISTIC_WRITE).chain(ap -> {
            AppealRules.requirePending(ap.status);
            if (ap.documentIds.length >= config.maxDocuments()) {
                throw DomainException.conflict("problem.appeal.too-many-documents", config.maxDocuments());
            }
            List<UUID> all = new ArrayList<>(List.of(ap.documentIds));
            all.add(documentId);
            ap.documentIds = all.toArray(UUID[]::new);
            return audit.record(actor, "HOUSEHOLD_APPEAL_EVIDENCE_ADDED", "household", ap.householdId,
                    null, Map.of("appealId", ap.id, "documentId", documentId), null);
        });
    }
}
