package org.weiyuan.household;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.DuplicateViews.DuplicateCandidateView;
import org.weiyuan.household.DuplicateViews.DecisionRequest;
import org.weiyuan.household.DuplicateViews.FileRef;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.security.Masking;
import org.weiyuan.security.PiiCipher;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Duplicate detection and adjudication (疑似重复建档): every filing and edit rescans the file
 * against all others by keyed hashes ({@link DuplicateRules}); candidates wait for staff whose
 * subtree holds both files, who mark them duplicate (approval of either file is then refused) or
 * not duplicate. Decisions are audited.
 */
@ApplicationScoped
public class DuplicateService {

    /** Files looked at per kind of key in one scan: the newest; enough to flag, bounded for common names. */
    static final int MATCHES_PER_KEY = 20;

    private final DuplicateRepository repository;
    private final UnionScope scope;
    private final AuditLog audit;
    private final BusinessTime time;
    private final PiiCipher cipher;

    public DuplicateService(DuplicateRepository repository, UnionScope scope, AuditLog audit, BusinessTime time, PiiCipher cipher) {
        this.repository = repository;
        this.scope = scope;
        this.audit = audit;
        this.time = time;
        this.cipher = cipher;
    }

    /** Rescans a file in the caller's transaction: its open candidates are replaced, decided ones kept. */
    Uni<Void> scan(Household h, List<HouseholdMember> members) {
        DuplicateRules.Facts mine = facts(h, members);
        Set<String> ids = mine.people().stream().map(DuplicateRules.Person::idIndex).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> nb = mine.people().stream().map(DuplicateRules.Person::nameBirthIndex).collect(Collectors.toSet());
        return repository.deleteOpenOf(h.id)
                .chain(() -> repository.filesSharingKeys(h.id, ids, nb, h.phoneIndex, h.addressIndex, MATCHES_PER_KEY))
                .chain(others -> repository.households(others).chain(hs -> repository.members(others).map(ms -> {
                    Map<UUID, List<HouseholdMember>> byFile = ms.stream().collect(Collectors.groupingBy(m -> m.householdId));
                    return hs.stream().map(o -> facts(o, byFile.getOrDefault(o.id, List.of()))).toList();
                })))
                .chain(others -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (DuplicateRules.Candidate c : DuplicateRules.candidates(mine, others)) {
                        DuplicateCandidate row = new DuplicateCandidate();
                        row.id = UUID.randomUUID();
                        row.householdId = h.id;
                        row.otherHouseholdId = c.otherHouseholdId();
                        row.reason = c.reason();
                        row.detail = c.detail();
                        row.status = DuplicateCandidate.Status.OPEN;
                        row.createdAt = time.now();
                        chain = chain.chain(() -> repository.insertIfNew(row).replaceWithVoid());
                    }
                    return chain;
                });
    }

    private static DuplicateRules.Facts facts(Household h, List<HouseholdMember> members) {
        return new DuplicateRules.Facts(h.id, h.phoneIndex, h.addressIndex, members.stream()
                .map(m -> new DuplicateRules.Person(m.name, m.idNumberIndex, m.nameBirthIndex)).toList());
    }

    /** Approval waits while the file is confirmed a duplicate of another (409). */
    Uni<Void> requireNoConfirmed(UUID householdId) {
        return repository.confirmedFor(householdId).map(n -> {
            if (n > 0) {
                throw DomainException.conflict("problem.household.duplicate-confirmed");
            }
            return null;
        });
    }

    /**
     * The queue: candidates with either file in the caller's subtree. It shows names, birth years and ID
     * tails, so the read is audited ({@code DUPLICATES_LISTED}, with the filter and the files shown) in the
     * same transaction: a listed page always leaves its trace.
     */
    public Uni<List<DuplicateCandidateView>> list(Actor actor, DuplicateCandidate.Status status, UUID householdId, int limit) {
        return repository.inTransaction(() -> scope.staffUnit(actor)
                .chain(unit -> repository.inSubtree(unit.path, status, householdId, limit)
                        .chain(rows -> views(rows, unit.path))
                        .call(list -> {
                            Map<String, Object> filter = new LinkedHashMap<>();
                            filter.put("status", status == null ? "ANY" : status.name());
                            filter.put("householdId", householdId == null ? "ANY" : householdId.toString());
                            filter.put("candidates", list.size());
                            filter.put("households", list.stream().flatMap(v -> Stream.of(v.household().id(),
                                    v.other().id())).distinct().map(UUID::toString).toList());
                            return audit.record(actor, "DUPLICATES_LISTED", "union_unit", unit.id, null, filter,
                                    list.size() + " duplicate candidates");
                        })));
    }

    /** Staff whose subtree holds both files decide; 404 when the caller sees neither, 403 when only one. */
    public Uni<DuplicateCandidateView> decide(Actor actor, UUID id, DecisionRequest request) {
        return repository.inTransaction(() -> repository.findById(id).chain(c -> {
            if (c == null) {
                throw DomainException.notFound("duplicate");
            }
            return repository.households(List.of(c.householdId, c.otherHouseholdId)).chain(hs -> {
                Household a = hs.stream().filter(h -> h.id.equals(c.householdId)).findFirst().orElseThrow();
                Household b = hs.stream().filter(h -> h.id.equals(c.otherHouseholdId)).findFirst().orElseThrow();
                return scope.covers(actor, a.unitId).chain(coversA -> scope.covers(actor, b.unitId).chain(coversB -> {
                    if (!coversA && !coversB) {
                        throw DomainException.notFound("duplicate");
                    }
                    if (!coversA || !coversB) {
                        throw DomainException.forbidden("problem.duplicate.both-in-scope");
                    }
                    c.status = request.duplicate() ? DuplicateCandidate.Status.DUPLICATE : DuplicateCandidate.Status.NOT_DUPLICATE;
                    c.decidedBy = actor.subject();
                    c.decidedAt = time.now();
                    c.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
                    String detail = c.reason + " " + c.status + " with " + (c.householdId.equals(a.id) ? b.id : a.id);
                    return audit.record(actor, "DUPLICATE_DECIDED", "household", a.id, null,
                                    Map.of("candidateId", c.id, "status", c.status), detail)
                            .chain(() -> audit.record(actor, "DUPLICATE_DECIDED", "household", b.id, null,
                                    Map.of("candidateId", c.id, "status", c.status), detail))
                            .chain(() -> views(List.of(c), null)).map(v -> v.get(0));
                }));
            });
        }));
    }

    /**
     * The rows as the queue shows them. The birth year and the ID's last four are shown only for files
     * in the caller's subtree ({@code unitPath}; null: the caller's scope covers both files, as when deciding):
     * a candidate is listed when either file is in scope, and the other file's details are not theirs to read.
     */
    private Uni<List<DuplicateCandidateView>> views(List<DuplicateCandidate> rows, String unitPath) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(c -> {
            ids.add(c.householdId);
            ids.add(c.otherHouseholdId);
        });
        Uni<Set<UUID>> inScope = unitPath == null ? Uni.createFrom().item(ids)
                : repository.inSubtreeAmong(ids, unitPath).map(HashSet::new);
        return inScope.chain(covered -> repository.households(ids).map(hs -> {
            Map<UUID, FileRef> refs = hs.stream().collect(Collectors.toMap(h -> h.id,
                    h -> covered.contains(h.id) ? ref(h, cipher.decrypt(h.idNumberEnc)) : ref(h, null), (x, y) -> x));
            List<DuplicateCandidateView> out = new ArrayList<>();
            for (DuplicateCandidate c : rows) {
                out.add(new DuplicateCandidateView(c.id, c.reason, c.detail == null ? null : Masking.name(c.detail), c.status,
                        refs.get(c.householdId), refs.get(c.otherHouseholdId), c.decidedBy, c.decidedAt, c.note, c.createdAt));
            }
            return out;
        }));
    }

    /** A file as the queue shows it: staff tell two 王* apart by district, the head's birth year and the ID's last four. */
    static FileRef ref(Household h, String idNumber) {
        return new FileRef(h.id, h.unitId, Masking.name(h.headName), h.district, h.status,
                DuplicateViews.birthYear(idNumber), DuplicateViews.idTail(idNumber));
    }
}
