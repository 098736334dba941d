package org.weiyuan.household;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.Cursor;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Page;
import org.weiyuan.household.HouseholdViews.ExitRequest;
import org.weiyuan.household.HouseholdViews.HouseholdRequest;
import org.weiyuan.household.HouseholdViews.MemberRequest;
import org.weiyuan.household.HouseholdViews.VerificationRequest;
import org.weiyuan.household.MemberAttributes.Relation;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.org.UnionScope;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.org.UnionUnitRepository;
import org.weiyuan.security.Actor;
import org.weiyuan.security.PiiCipher;
import org.weiyuan.vetting.Vetted;
import org.weiyuan.vetting.VettingRules;
import org.weiyuan.vetting.VettingSteps;
import org.weiyuan.vetting.VettingWorkflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Use cases of household files (建档立卡): filing, editing, the vetting workflow and exit.
 * Every state change is audited in the same transaction; every staff read of a file is audited.
 * Access: the worker who owns the file, or staff whose unit's subtree holds it; to anyone else
 * the file does not exist (404).
 */
@ApplicationScoped
public class HouseholdService {

    final BusinessTime time;

    final Repositories.Households households;
    final Repositories.Members members;
    final Repositories.Verifications verifications;
    final Repositories.Questions questions;
    final UnionUnitRepository units;
    final UnionScope scope;
    final PovertyLineService lines;
    final PiiCipher cipher;
    final ApprovalChanges approvals;
    final AuditLog audit;
    final Notifier notifier;
    final DuplicateService duplicates;
    final VettingWorkflow vetting;

    final AppealRepository appeals;

    /** The household file's vetting steps (建档审核). */
    static final VettingSteps<HouseholdAction> STEPS = new VettingSteps<>("household", HouseholdAction.ASK_QUESTION,
            HouseholdAction.ANSWER_QUESTION, HouseholdAction.ANSWERS_COMPLETE, "HOUSEHOLD_QUESTION_ASKED",
            "HOUSEHOLD_QUESTION_ANSWERED", "HOUSEHOLD_RESUBMITTED", NotificationKind.HOUSEHOLD_NEEDS_INFO);

    private final VolunteerRosterRepository roster;

    HouseholdService(BusinessTime time, Repositories.Households households, Repositories.Members members, Repositories.Verifications verifications, Repositories.Questions questions, UnionUnitRepository units, UnionScope scope, PovertyLineService lines, PiiCipher cipher, ApprovalChanges approvals, AuditLog audit, Notifier notifier, DuplicateService duplicates, AppealRepository appeals, VettingWorkflow vetting, VolunteerRosterRepository roster) {
        this.roster = roster;
        this.vetting = vetting;
        this.appeals = appeals;
        this.duplicates = duplicates;
        this.time = time;
        this.households = households;
        this.members = members;
        this.verifications = verifications;
        this.questions = questions;
        this.units = units;
        this.scope = scope;
        this.lines = lines;
        this.cipher = cipher;
        this.approvals = approvals;
        this.audit = audit;
        this.notifier = notifier;
    }

    /** How the caller relates to a file. */
    public enum Access { OWNER, STAFF }

    /** A loaded file and how the caller may see it. */
    public record Accessed(HouseholdFile file, Access access) {
        public boolean masked() {
            return access != Access.OWNER;
        }
    }

    // ---- filing ---------------------------------------------------------------------------

    @WithTransaction
    public Uni<Accessed> create(Actor actor, HouseholdRequest request) {
        Uni<UnionUnit> unit;
        if (actor.isStaff()) {
            unit = scope.unitInStaffScope(actor, request.unitId());
        } else {
            unit = households.byOwner(actor.subject()).chain(existing -> {
                if (existing != null) {
                    throw DomainException.conflict("problem.household.exists");
                }
                return units.findById(request.unitId()).onItem().ifNull()
                        .failWith(() -> DomainException.unprocessable("unitId", "problem.unit.missing"));
            });
        }
        return unit.call(u -> requireUniqueIdNumber(request.idNumber(), null)).chain(u -> {
            Instant now = time.now();
            Household h = new Household();
            h.id = UUID.randomUUID();
            h.ownerSubject = actor.isStaff() ? null : actor.subject();
            h.registeredBy = actor.subject();
            h.status = HouseholdStatus.DRAFT;
            h.reviewCycle = 1;
            h.createdAt = now;
            List<HouseholdMember> newMembers = fill(h, request);
            h.updatedAt = now;
            return assess(h, u)
                    .chain(() -> households.persist(h))
                    .chain(() -> members.persist(newMembers))
                    .chain(() -> duplicates.scan(h, newMembers))
                    .chain(() -> audit.record(actor, "HOUSEHOLD_CREATED", "household", h.id, null, h.snapshot(),
                            actor.isStaff() ? ON_BEHALF : null))
                    .replaceWith(() -> new Accessed(new HouseholdFile(h, newMembers, List.of(), List.of()),
                            actor.isStaff() ? Access.STAFF : Access.OWNER));
        });
    }

    @WithTransaction
    public Uni<Accessed> update(Actor actor, UUID id, HouseholdRequest request) {
        return access(actor, id).chain(a -> {
            Household h = a.file().household();
            HouseholdAction action = a.access() == Access.STAFF ? HouseholdAction.EDIT_BY_STAFF : HouseholdAction.EDIT_BY_WORKER;
            HouseholdLifecycle.next(h.status, action);
            Map<String, Object> before = h.snapshot();
            Uni<UnionUnit> unit = a.access() == Access.STAFF
                    ? scope.unitInStaffScope(actor, request.unitId())
                    : units.findById(request.unitId()).onItem().ifNull()
                            .failWith(() -> DomainException.unprocessable("unitId", "problem.unit.missing"));
            return unit.call(u -> requireUniqueIdNumber(request.idNumber(), h.id)).chain(u -> {
                List<HouseholdMember> newMembers = fill(h, request);
                h.updatedAt = time.now();
                return assess(h, u)
                        .chain(() -> members.delete("householdId", h.id))
                        .chain(() -> members.persist(newMembers))
                        .chain(() -> duplicates.scan(h, newMembers))
                        .chain(() -> audit.record(actor, "HOUSEHOLD_UPDATED", "household", h.id, before, h.snapshot(), null))
                        .chain(() -> approvals.dataChanged(h)) // 动态管理: a changed approved file is re-checked
                        .replaceWith(() -> new Accessed(new HouseholdFile(h, newMembers, a.file().questions(),
                                a.file().verifications()), a.access()));
            });
        });
    }

    private Uni<Void> requireUniqueIdNumber(String idNumber, UUID self) {
        return households.byIdNumberIndex(cipher.blindIndex(IdNumbers.normalise(idNumber))).map(other -> {
            if (other != null && !other.id.equals(self)) {
                throw DomainException.conflict("problem.household.duplicate-id");
            }
            return null;
        });
    }

    /** Copies the request into the entity, encrypting personal data; returns the new member rows. */
    private List<HouseholdMember> fill(Household h, HouseholdRequest r) {
        String idNumber = IdNumbers.normalise(r.idNumber());
        h.unitId = r.unitId();
        h.headName = r.headName().trim();
        h.idNumberEnc = cipher.encrypt(idNumber);
        h.idNumberIndex = cipher.blindIndex(idNumber);
        h.phoneEnc = cipher.encrypt(blankToNull(r.phone()));
        h.district = r.district().trim();
        h.addressEnc = cipher.encrypt(blankToNull(r.addressDetail()));
        h.phoneIndex = DuplicateRules.phoneKey(blankToNull(r.phone()), cipher::blindIndex);
        h.addressIndex = DuplicateRules.addressKey(r.district().trim(), blankToNull(r.addressDetail()), cipher::blindIndex);
        h.housing = r.housing();
        h.otherMonthlyIncomeFen = r.otherMonthlyIncomeFen();
        h.causes = java.util.EnumSet.copyOf(r.causes());
        h.causeNote = blankToNull(r.causeNote());
        h.fourLooks = r.fourLooks() == null ? new FourLooks() : r.fourLooks().copy();
        List<HouseholdMember> rows = new ArrayList<>();
        long total = r.otherMonthlyIncomeFen();
        int position = 0;
        int thisYear = time.year();
        java.util.Set<String> seenIds = new java.util.HashSet<>();
        for (MemberRequest m : r.members()) {
            if (m.birthYear() > thisYear) {
                throw DomainException.unprocessable("members[" + position + "].birthYear", "problem.member.birth-year", thisYear);
            }
            // the head's own row carries the head's number when none is given for it
            String memberId = m.idNumber() == null || m.idNumber().isBlank()
                    ? (m.relation() == Relation.SELF ? idNumber : null) : IdNumbers.normalise(m.idNumber());
            boolean explicit = m.idNumber() != null && !m.idNumber().isBlank();
            if (explicit && Integer.parseInt(memberId.substring(6, 10)) != m.birthYear()) {
                throw DomainException.unprocessable("members[" + position + "].idNumber", "problem.member.id-birth-year", m.birthYear());
            }
            if (memberId != null && !seenIds.add(memberId)) {
                throw DomainException.unprocessable("members[" + position + "].idNumber", "problem.member.id-repeated");
            }
            HouseholdMember row = new HouseholdMember();
            row.id = UUID.randomUUID();
            row.householdId = h.id;
            row.position = position++;
            row.relation = m.relation();
            row.name = m.name().trim();
            row.birthYear = m.birthYear();
            row.schooling = m.schooling();
            row.healthStatus = m.healthStatus();
            row.healthDetailEnc = cipher.encrypt(blankToNull(m.healthDetail()));
            row.idNumberEnc = cipher.encrypt(memberId);
            row.idNumberIndex = memberId == null ? null : cipher.blindIndex(memberId);
            row.nameBirthIndex = DuplicateRules.nameBirthKey(row.name, m.birthYear(), cipher::blindIndex);
            row.workStatus = m.workStatus();
            row.monthlyIncomeFen = m.monthlyIncomeFen();
            total = Math.addExact(total, m.monthlyIncomeFen());
            rows.add(row);
        }
        h.memberCount = rows.size();
        h.totalMonthlyIncomeFen = total;
        return rows;
    }

    private Uni<Void> assess(Household h, UnionUnit unit) {
        return lines.applicable(unit).invoke(line ->
                h.apply(HardshipAssessor.assess(h.totalMonthlyIncomeFen, h.memberCount, h.causes, line))).replaceWithVoid();
    }

    /**
     * Links a file staff registered to the worker account they just created for its head
     * (onboarding a worker without a smartphone); 409 when the file has an owner already.
     */
    public Uni<Accessed> linkOnboardedOwner(Actor actor, UUID id, UUID workerSubject) {
        return households.inTransaction(() -> staffAccess(actor, id).chain(a -> {
            Household h = a.file().household();
            if (h.ownerSubject != null) {
                throw DomainException.conflict("problem.onboarding.has-owner");
            }
            return households.byOwner(workerSubject).chain(other -> {
                if (other != null) {
                    throw DomainException.conflict("problem.household.exists");
                }
                Map<String, Object> before = h.snapshot();
                h.ownerSubject = workerSubject;
                h.onboardedBy = actor.subject();
                h.onboardedAt = time.now();
                h.updatedAt = h.onboardedAt;
                return audit.record(actor, "HOUSEHOLD_WORKER_ONBOARDED", "household", h.id, before, h.snapshot(),
                        "worker account " + workerSubject).replaceWith(a);
            });
        }));
    }

    // ---- reading --------------------------------------------------------------------------

    /** Audit detail of a file staff filed for a worker without a smartphone (代为建档). */
    public static final String ON_BEHALF = "代为建档 filed by staff on the worker's behalf";

    /** The file, for staff in scope only (404 outside it, 403 for others); for views around a file. */
    @WithSession
    public Uni<Household> staffFile(Actor actor, UUID id) {
        return staffAccess(actor, id).map(a -> a.file().household());
    }

    /** The caller's view of a file. Staff reads are audited (个人信息查阅留痕). */
    @WithTransaction
    public Uni<Accessed> read(Actor actor, UUID id) {
        return access(actor, id).call(a -> a.access() == Access.STAFF
                ? audit.record(actor, "HOUSEHOLD_READ", "household", id, null, null, null)
                : Uni.createFrom().voidItem());
    }

    /** The worker's own file, if any. */
    @WithSession
    public Uni<Accessed> mine(Actor actor) {
        return households.byOwner(actor.subject())
                .onItem().ifNull().failWith(() -> DomainException.notFound("household"))
                .chain(h -> load(h).map(f -> new Accessed(f, Access.OWNER)));
    }

    /** The household file a worker owns, or null; for other features (wishes) to check eligibility. */
    @WithSession
    public Uni<Household> ownedHousehold(UUID subject) {
        return households.byOwner(subject);
    }

    /**
     * 工会已入户核实: the date of the latest home visit of the review cycle in which this file was
     * approved (approval needs one), or null when the file is not approved. The date only, for donors.
     */
    public Uni<java.time.LocalDate> verifiedOn(Household h) {
        if (h.status != HouseholdStatus.APPROVED || h.approvedAt == null) {
            return Uni.createFrom().nullItem();
        }
        return verifications.of(h.id).map(vs -> vs.stream().filter(v -> v.reviewCycle == h.reviewCycle)
                .map(v -> v.visitedOn).max(java.util.Comparator.naturalOrder()).orElse(null));
    }

    /** A file's state, for money to check before it moves (null when there is no such file); in the caller's session. */
    public Uni<HouseholdStatus> statusOf(UUID householdId) {
        return households.findById(householdId).map(h -> h == null ? null : h.status);
    }

    /** The file for staff whose subtree holds it (404 otherwise), unaudited: for other features' bookkeeping on it (追回). */
    public Uni<Household> inStaffScope(Actor staff, UUID id) {
        return households.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("household"))
                .call(h -> scope.covers(staff, h.unitId).invoke(covered -> {
                    if (!covered) {
                        throw DomainException.notFound("household");
                    }
                }));
    }

    /** The members of a file in order; for other features (金秋助学: which child) to check against. */
    @WithSession
    public Uni<List<HouseholdMember>> membersOf(UUID householdId) {
        return members.of(householdId);
    }

    @WithSession
    public Uni<UUID> ownedHouseholdId(UUID subject) {
        return households.byOwner(subject).map(h -> h == null ? null : h.id);
    }

    /** Plaintext personal data for staff in scope; audited as a personal-data read. */
    @WithTransaction
    public Uni<HouseholdFile> personalData(Actor actor, UUID id) {
        return access(actor, id).chain(a -> {
            if (a.access() != Access.STAFF) {
                throw DomainException.notFound("household");
            }
            return audit.record(actor, "PERSONAL_DATA_READ", "household", id, null, null,
                    "idNumber, phone, addressDetail, healthDetail").replaceWith(a.file());
        });
    }

    /** Staff work list: files in the caller's subtree, filtered, oldest first, keyset-paginated. */
    @WithSession
    public Uni<Page<Household>> list(Actor actor, ListFilter filter, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        Uni<UnionUnit> root = filter.unitId() == null ? scope.staffUnit(actor) : scope.unitInStaffScope(actor, filter.unitId());
        return root.chain(unit -> households.pageInSubtree(unit.path, filter, after, limit))
                .map(rows -> Cursor.page(rows, limit, last -> new Cursor(last.createdAt, last.id).encode()));
    }

    public record ListFilter(UUID unitId, HouseholdStatus status, HouseholdCategory category, Severity severity) { }

    // ---- workflow -------------------------------------------------------------------------

    @WithTransaction
    public Uni<Accessed> submit(Actor actor, UUID id) {
        return access(actor, id).chain(a -> {
            Household h = a.file().household();
            HouseholdAction action = VettingRules.submitAction(h.status == HouseholdStatus.NEEDS_INFO, a.file().questions(),
                    HouseholdAction.SUBMIT, HouseholdAction.ANSWERS_COMPLETE);
            Uni<Accessed> moved = transition(actor, a, action,
                    action == HouseholdAction.SUBMIT ? "HOUSEHOLD_SUBMITTED" : STEPS.resubmittedAudit(), null);
            return moved.call(() -> tellReviewers(actor, h));
        });
    }

    @WithTransaction
    public Uni<Accessed> startVerification(Actor actor, UUID id) {
        return staffAccess(actor, id).chain(a ->
                transition(actor, a, HouseholdAction.START_VERIFICATION, "HOUSEHOLD_VERIFICATION_STARTED", null));
    }

    @WithTransaction
    public Uni<Accessed> recordVerification(Actor actor, UUID id, VerificationRequest request) {
        return staffAccess(actor, id).chain(a -> verify(actor, a, request));
    }

    /**
     * 义工入户: the file as a volunteer sees it, masked as for investigators, and their visit recorded
     * on it; {@link VolunteerService} checks the open assignment first. In the caller's session/transaction.
     */
    Uni<Accessed> forVolunteer(UUID id) {
        return households.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("household"))
                .chain(h -> load(h).map(f -> new Accessed(f, Access.STAFF)));
    }

    /** Records a volunteer's home visit on a file whose open assignment the caller checked; the volunteer is its investigator. */
    Uni<Accessed> recordVolunteerVisit(Actor volunteer, UUID id, VerificationRequest request) {
        return forVolunteer(id).chain(a -> verify(volunteer, a, request));
    }

    private Uni<Accessed> verify(Actor actor, Accessed a, VerificationRequest request) {
        Household h = a.file().household();
        HouseholdLifecycle.next(h.status, HouseholdAction.RECORD_VERIFICATION);
        return rosterVolunteer(request.volunteerId(), h).chain(picked -> verify(actor, a, request, picked));
    }

    /** The roster entry a visit names: an active volunteer of the file's unit or a unit above it (422 on volunteerId otherwise). */
    private Uni<RosterVolunteer> rosterVolunteer(UUID volunteerId, Household h) {
        if (volunteerId == null) {
            return Uni.createFrom().nullItem();
        }
        return roster.findById(volunteerId).chain(v -> v == null ? Uni.createFrom().failure(
                        DomainException.unprocessable("volunteerId", "problem.volunteer-roster.not-for-file"))
                : units.findById(v.unitId).chain(vu -> units.findById(h.unitId).map(hu -> {
                    if (!VolunteerRosterRules.mayVisit(v.active, vu.path, hu.path)) {
                        throw DomainException.unprocessable("volunteerId", "problem.volunteer-roster.not-for-file");
                    }
                    return v;
                })));
    }

    private Uni<Accessed> verify(Actor actor, Accessed a, VerificationRequest request, RosterVolunteer picked) {
        Household h = a.file().household();
        Verification v = new Verification();
        v.id = UUID.randomUUID();
        v.householdId = h.id;
        v.reviewCycle = h.reviewCycle;
        v.visitedOn = request.visitedOn();
        v.investigatorSubject = actor.subject();
        v.volunteerId = picked == null ? null : picked.id;
        v.volunteerName = picked == null ? blankToNull(request.volunteerName()) : picked.name;
        v.findings = request.findings().copy();
        v.recommendedHelp = java.util.EnumSet.copyOf(request.recommendedHelp());
        v.summary = blankToNull(request.summary());
        v.recordedAt = time.now();
        h.updatedAt = v.recordedAt;
        List<Verification> all = new ArrayList<>(a.file().verifications());
        all.add(v);
        return verifications.persist(v)
                .chain(() -> audit.record(actor, "HOUSEHOLD_VERIFIED", "household", h.id, null,
                        Map.of("verificationId", v.id, "visitedOn", v.visitedOn.toString(),
                                "recommendedHelp", EnumSets.join(v.recommendedHelp)), null))
                .replaceWith(() -> new Accessed(new HouseholdFile(h, a.file().members(), a.file().questions(), all),
                        a.access()));
    }

    @WithTransaction
    public Uni<Accessed> ask(Actor actor, UUID id, String question) {
        return ask(actor, id, question, null);
    }

    /** Asks a question; with a document kind, staff ask for that document (answered by an upload). */
    public Uni<Accessed> ask(Actor actor, UUID id, String question, DocumentKind documentKind) {
        return households.inTransaction(() -> askInTransaction(actor, id, question, documentKind));
    }

    private Uni<Accessed> askInTransaction(Actor actor, UUID id, String question, DocumentKind documentKind) {
        return staffAccess(actor, id).chain(a -> {
            InfoQuestion q = new InfoQuestion();
            q.documentKind = documentKind;
            q.id = UUID.randomUUID();
            q.householdId = id;
            List<InfoQuestion> all = new ArrayList<>(a.file().questions());
            all.add(q);
            Accessed updated = new Accessed(new HouseholdFile(a.file().household(), a.file().members(), all,
                    a.file().verifications()), a.access());
            Household h = a.file().household();
            return vetting.ask(actor, vetted(h), STEPS, q, question, () -> questions.persist(q), h.ownerSubject,
                    Notifier.household(id)).replaceWith(updated);
        });
    }

    /** The worker (or staff taking the answer by phone) answers; the last answer resubmits the file. */
    @WithTransaction
    public Uni<Accessed> answer(Actor actor, UUID id, UUID questionId, String answer) {
        return answer(actor, id, questionId, answer, null);
    }

    /**
     * A document request answered by its upload (stored by the evidence feature in this
     * transaction); like a text answer, the last one resubmits the file.
     */
    public Uni<Accessed> answerWithDocument(Actor actor, UUID id, UUID questionId, UUID documentId) {
        return households.inTransaction(() -> answer(actor, id, questionId, null, documentId));
    }

    private Uni<Accessed> answer(Actor actor, UUID id, UUID questionId, String answer, UUID documentId) {
        return access(actor, id).chain(a -> {
            Household h = a.file().household();
            return vetting.answer(actor, vetted(h), STEPS, a.file().questions(), q -> q.id, questionId, q -> {
                // a document request is answered by its upload, a text question by text
                if (documentId == null && q.documentKind != null && q.isOpen()) {
                    throw DomainException.unprocessable("answer", "problem.document.upload-required", q.documentKind);
                }
                if (documentId != null && q.documentKind == null) {
                    throw DomainException.unprocessable("questionId", "problem.document.not-requested");
                }
                q.answerDocumentId = documentId;
                return documentId == null ? answer : "[" + q.documentKind + "]";
            }, () -> tellReviewers(actor, h)).replaceWith(a);
        });
    }

    /**
     * Approval (审批). Needs a home visit in this review cycle, a 低保 line for the region and an
     * eligible category; the approver may not be an investigator of this cycle (谁调查、谁审核).
     */
    @WithTransaction
    public Uni<Accessed> approve(Actor actor, UUID id) {
        return staffAccess(actor, id).chain(a -> {
            Household h = a.file().household();
            HouseholdLifecycle.next(h.status, HouseholdAction.APPROVE);
            List<Verification> thisCycle = a.file().verifications().stream()
                    .filter(v -> v.reviewCycle == h.reviewCycle).toList();
            if (thisCycle.isEmpty()) {
                throw DomainException.unprocessable("verifications", "problem.household.no-verification");
            }
            if (thisCycle.stream().anyMatch(v -> v.investigatorSubject.equals(actor.subject()))) {
                throw DomainException.separationOfDuties("problem.household.investigator-approves");
            }
            Map<String, Object> before = h.snapshot();
            return duplicates.requireNoConfirmed(h.id).chain(() -> units.findById(h.unitId)).chain(unit -> assess(h, unit)).chain(() -> {
                if (h.category == null) {
                    throw DomainException.unprocessable("category", "problem.household.unassessed");
                }
                if (h.category == HouseholdCategory.NOT_ELIGIBLE) {
                    throw DomainException.unprocessable("category", "problem.household.not-eligible");
                }
                h.approvedBy = actor.subject();
                h.approvedAt = time.now();
                return transition(actor, a, HouseholdAction.APPROVE, "HOUSEHOLD_APPROVED",
                        h.category + "/" + h.severity, before)
                        .call(() -> notifier.notify(h.ownerSubject, NotificationKind.HOUSEHOLD_APPROVED, Notifier.household(h.id)));
            });
        });
    }

    @WithTransaction
    public Uni<Accessed> reject(Actor actor, UUID id, String reason) {
        return staffAccess(actor, id).chain(a -> {
            Household h = a.file().household();
            HouseholdLifecycle.next(h.status, HouseholdAction.REJECT);
            Map<String, Object> before = h.snapshot();
            h.rejectionReason = reason.trim();
            decided(actor, h);
            return transition(actor, a, HouseholdAction.REJECT, "HOUSEHOLD_REJECTED", reason, before)
                    .call(() -> notifier.notify(h.ownerSubject, NotificationKind.HOUSEHOLD_REJECTED, Notifier.household(h.id), reason));
        });
    }

    /**
     * 脱困退出: the household has left hardship; the file stays, closed, with the reason. "Ineligible
     * on re-check" is not a reason staff may state here: only a recorded re-check finds it
     * ({@link #exitIneligibleOnRecheck}), since it freezes the wishes and opens recovery and accountability.
     */
    @WithTransaction
    public Uni<Accessed> exit(Actor actor, UUID id, ExitRequest request) {
        if (request.reason() == ExitReason.INELIGIBLE_ON_RECHECK) {
            return Uni.createFrom().failure(DomainException.unprocessable("reason", "problem.household.exit-recheck-only"));
        }
        return exitAs(actor, id, request);
    }

    /** 复核不符合条件: the exit a re-check (or spot check) that found the household ineligible records. */
    @WithTransaction
    public Uni<Accessed> exitIneligibleOnRecheck(Actor actor, UUID id, String note) {
        return exitAs(actor, id, new ExitRequest(ExitReason.INELIGIBLE_ON_RECHECK, note));
    }

    private Uni<Accessed> exitAs(Actor actor, UUID id, ExitRequest request) {
        return staffAccess(actor, id).chain(a -> {
            Household h = a.file().household();
            HouseholdLifecycle.next(h.status, HouseholdAction.EXIT);
            Map<String, Object> before = h.snapshot();
            return approvals.beforeExit(actor, h, request.reason()).chain(() -> {
                h.exitReason = request.reason();
                h.exitNote = blankToNull(request.note());
                decided(actor, h);
                return transition(actor, a, HouseholdAction.EXIT, "HOUSEHOLD_EXITED", request.reason().name(), before)
                        .call(() -> notifier.notify(h.ownerSubject, NotificationKind.HOUSEHOLD_EXITED, Notifier.household(h.id),
                                request.reason().name()));
            });
        });
    }

    /** Reopen an exited or rejected file for a new review cycle (staff, or the worker re-applying). */
    @WithTransaction
    public Uni<Accessed> reopen(Actor actor, UUID id, String reason) {
        return access(actor, id).chain(a -> {
            Household h = a.file().household();
            HouseholdLifecycle.next(h.status, HouseholdAction.REOPEN);
            // a pending appeal of the decision is heard first: reopening would leave it in the reviewers' queue, stale
            return (h.decidedAt == null ? Uni.createFrom().<HouseholdAppeal>nullItem() : appeals.forDecision(h.id, h.decidedAt))
                    .chain(appeal -> {
                        if (appeal != null && appeal.status == AppealStatus.PENDING) {
                            throw DomainException.conflict("problem.household.appeal-pending");
                        }
                        return reopenNow(actor, a, h, reason);
                    });
        });
    }

    private Uni<Accessed> reopenNow(Actor actor, Accessed a, Household h, String reason) {
        Map<String, Object> before = h.snapshot();
        h.reviewCycle++;
        h.rejectionReason = null;
        h.exitReason = null;
        h.exitNote = null;
        return transition(actor, a, HouseholdAction.REOPEN, "HOUSEHOLD_REOPENED", reason, before);
    }

    /**
     * 申诉撤销原决定: the reviewer of an appeal restores the file, a rejected one to the review queue,
     * an exited one to approved (its re-check scheduled anew). In the caller's transaction.
     */
    public Uni<Household> reverseOnAppeal(Actor reviewer, UUID id, String reason) {
        return staffAccess(reviewer, id).chain(a -> {
            Household h = a.file().household();
            HouseholdStatus from = h.status;
            HouseholdLifecycle.next(from, HouseholdAction.REVERSE_ON_APPEAL);
            Map<String, Object> before = h.snapshot();
            h.rejectionReason = null;
            h.exitReason = null;
            h.exitNote = null;
            h.decidedBy = null;
            h.decidedAt = null;
            if (from == HouseholdStatus.EXITED) {
                // the reviewer's decision now carries the approval (谁审核、谁负责)
                h.approvedBy = reviewer.subject();
                h.approvedAt = time.now();
            }
            return transition(reviewer, a, HouseholdAction.REVERSE_ON_APPEAL, "HOUSEHOLD_RESTORED_ON_APPEAL", reason, before)
                    .call(() -> from == HouseholdStatus.REJECTED ? tellReviewers(reviewer, h) : Uni.createFrom().voidItem())
                    .replaceWith(h);
        });
    }

    // ---- helpers --------------------------------------------------------------------------

    /** Records who took a rejection or exit and when: the decision an appeal (申诉) is about. */
    private void decided(Actor actor, Household h) {
        h.decidedBy = actor.subject();
        h.decidedAt = time.now();
    }

    /** A file entered the review queue: the staff who review it hear about it. */
    private Uni<Void> tellReviewers(Actor actor, Household h) {
        return units.findById(h.unitId).chain(u -> vetting.tellReviewers(actor, h.unitId,
                NotificationKind.STAFF_HOUSEHOLD_QUEUED, Notifier.household(h.id), u.name));
    }

    private Uni<Accessed> transition(Actor actor, Accessed a, HouseholdAction action, String auditAction, String detail) {
        return transition(actor, a, action, auditAction, detail, a.file().household().snapshot());
    }

    /** Moves the file to its next state and audits it; {@code before} is the state before any edit. */
    private Uni<Accessed> transition(Actor actor, Accessed a, HouseholdAction action, String auditAction, String detail,
                                     Map<String, Object> before) {
        return vetting.transition(actor, vetted(a.file().household()), STEPS, action, auditAction, detail, before).replaceWith(a);
    }

    /** The file as the vetting workflow moves it; a move out of approval is followed up (动态管理) in the same transaction. */
    private Vetted<HouseholdAction> vetted(Household h) {
        return new Vetted<>() {
            private HouseholdStatus from = h.status;

            @Override
            public UUID id() {
                return h.id;
            }

            @Override
            public Map<String, Object> snapshot() {
                return h.snapshot();
            }

            @Override
            public void advance(HouseholdAction action, Instant at) {
                from = h.status;
                h.advance(action, at);
            }

            @Override
            public void require(HouseholdAction action) {
                HouseholdLifecycle.next(h.status, action);
            }

            @Override
            public Uni<Void> afterMove(Actor actor) {
                return approvals.afterTransition(actor, h, from);
            }
        };
    }

    /** A file the caller may see (owner, or staff in scope), for features built on the file (evidence). */
    public Uni<Accessed> accessible(Actor actor, UUID id) {
        return households.inSession(() -> access(actor, id));
    }

    /** Loads a file the caller may see: owner or staff in scope; 404 otherwise. */
    private Uni<Accessed> access(Actor actor, UUID id) {
        return households.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("household"))
                .chain(h -> {
                    if (actor.isStaff()) {
                        return scope.covers(actor, h.unitId).chain(inScope -> inScope
                                ? load(h).map(f -> new Accessed(f, Access.STAFF))
                                : ownerAccess(actor, h));
                    }
                    return ownerAccess(actor, h);
                });
    }

    private Uni<Accessed> ownerAccess(Actor actor, Household h) {
        if (actor.isWorker() && actor.subject().equals(h.ownerSubject)) {
            return load(h).map(f -> new Accessed(f, Access.OWNER));
        }
        return Uni.createFrom().failure(DomainException.notFound("household"));
    }

    private Uni<Accessed> staffAccess(Actor actor, UUID id) {
        return access(actor, id).map(a -> {
            if (a.access() != Access.STAFF) {
                throw DomainException.forbidden("problem.staff-only");
            }
            return a;
        });
    }

    private Uni<HouseholdFile> load(Household h) {
        return members.of(h.id).chain(ms -> questions.of(h.id).chain(qs -> verifications.of(h.id)
                .map(vs -> new HouseholdFile(h, ms, qs, vs))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
