package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.Cursor;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Page;
import org.weiyuan.household.SpotCheckViews.Drawn;
import org.weiyuan.household.SpotCheckViews.SpotCheckRequest;
import org.weiyuan.org.UnionScope;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.security.Actor;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 抽查: staff of a unit draw a random sample of the approved files in their subtree, sized by
 * {@link SampleSize}, drawn and assigned by {@link SpotCheckDraw} from a recorded seed; each file's
 * investigator (never one who visited it) records the result as a re-check.
 */
@ApplicationScoped
public class SpotCheckService {

    private final BusinessTime time;
    private final RecheckRepositories.SpotChecks checks;
    private final RecheckRepositories.SpotCheckItems items;
    private final UnionScope scope;
    private final RecheckService rechecks;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    SpotCheckService(BusinessTime time, RecheckRepositories.SpotChecks checks, RecheckRepositories.SpotCheckItems items, UnionScope scope, RecheckService rechecks, AuditLog audit) {
        this.time = time;
        this.checks = checks;
        this.items = items;
        this.scope = scope;
        this.rechecks = rechecks;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Drawn> draw(Actor staff, SpotCheckRequest r) {
        if (r.sharePct() != null && (r.confidencePct() != null || r.marginPct() != null)) {
            throw DomainException.unprocessable("sharePct", "problem.spot-check.one-method");
        }
        int confidence = r.confidencePct() == null ? 95 : r.confidencePct();
        BigDecimal margin = r.marginPct() == null ? BigDecimal.valueOf(5) : r.marginPct();
        if (r.sharePct() == null) {
            try {
                SampleSize.z(confidence);
            } catch (IllegalArgumentException e) {
                throw DomainException.unprocessable("confidencePct", "problem.spot-check.confidence");
            }
        }
        long seed = r.seed() != null ? r.seed() : random.nextLong();
        return scope.unitInStaffScope(staff, r.unitId()).chain(unit -> checks.approvedUnder(unit.path).chain(files -> {
            int size = r.sharePct() != null ? SampleSize.forShare(files.size(), r.sharePct().doubleValue())
                    : SampleSize.forConfidence(files.size(), confidence, margin.doubleValue());
            List<UUID> sample = SpotCheckDraw.sample(files, size, seed);
            return checks.visitors(sample).chain(visited -> checks.staffUnder(unit.path).chain(staffIds -> {
                Map<UUID, UUID> assigned = SpotCheckDraw.assign(sample, visited, staffIds);
                SpotCheck c = new SpotCheck();
                c.id = UUID.randomUUID();
                c.unitId = unit.id;
                c.drawnBy = staff.subject();
                c.method = r.sharePct() != null ? SpotCheck.Method.SHARE : SpotCheck.Method.CONFIDENCE;
                c.confidencePct = r.sharePct() != null ? null : confidence;
                c.marginPct = r.sharePct() != null ? null : margin;
                c.sharePct = r.sharePct();
                c.seed = seed;
                c.population = files.size();
                c.sampleSize = size;
                c.status = size == 0 ? SpotCheck.Status.COMPLETED : SpotCheck.Status.IN_PROGRESS;
                c.createdAt = time.now();
                List<SpotCheckItem> rows = new ArrayList<>();
                assigned.forEach((file, investigator) -> {
                    SpotCheckItem i = new SpotCheckItem();
                    i.id = UUID.randomUUID();
                    i.spotCheckId = c.id;
                    i.householdId = file;
                    i.investigatorSubject = investigator;
                    rows.add(i);
                });
                return checks.persist(c).chain(() -> rows.isEmpty() ? Uni.createFrom().voidItem() : items.persist(rows))
                        .chain(() -> audit.record(staff, "SPOT_CHECK_DRAWN", "spot_check", c.id, null,
                                Map.of("population", c.population, "sampleSize", c.sampleSize, "seed", c.seed), c.method.name()))
                        .replaceWith(new Drawn(c, rows));
            }));
        }));
    }

    /**
     * 抽查记录: the draws of the caller's subtree (or of {@code unitId}'s, a unit in it: 404 otherwise), newest
     * first, keyset paged. Counts and seeds only, no personal data, so the read is not audited.
     */
    @WithSession
    public Uni<Page<SpotCheckViews.SpotCheckSummary>> list(Actor staff, UUID unitId, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        return (unitId == null ? scope.staffUnit(staff) : scope.unitInStaffScope(staff, unitId))
                .chain(unit -> checks.drawnUnder(unit.path, after, limit))
                .chain(rows -> {
                    List<SpotCheck> page = rows.size() > limit ? rows.subList(0, limit) : rows;
                    String next = rows.size() > limit ? new Cursor(page.get(limit - 1).createdAt, page.get(limit - 1).id).encode() : null;
                    return checks.progressOf(page.stream().map(c -> c.id).toList()).map(progress -> new Page<>(
                            page.stream().map(c -> SpotCheckViews.SpotCheckSummary.of(c, progress.get(c.id))).toList(), next));
                });
    }

    @WithSession
    public Uni<Drawn> read(Actor staff, UUID id) {
        return scope.staffUnit(staff).chain(() -> checks.findById(id)).onItem().ifNull().failWith(() -> DomainException.notFound("spot check"))
                .call(c -> scope.requireInStaffScope(staff, c.unitId))
                .chain(c -> items.of(c.id).map(rows -> new Drawn(c, rows)));
    }

    /** The assigned investigator records the sampled file's re-check; the check completes with its last file. */
    @WithTransaction
    public Uni<Drawn> recheck(Actor staff, UUID id, UUID itemId, RecheckViews.RecheckRequest r) {
        return scope.staffUnit(staff).chain(() -> checks.findById(id, LockModeType.PESSIMISTIC_WRITE))
                .onItem().ifNull().failWith(() -> DomainException.notFound("spot check"))
                .call(c -> scope.requireInStaffScope(staff, c.unitId))
                .chain(c -> items.findById(itemId).chain(item -> {
                    if (item == null || !item.spotCheckId.equals(c.id)) {
                        throw DomainException.notFound("spot check item");
                    }
                    if (!item.investigatorSubject.equals(staff.subject())) {
                        throw DomainException.forbidden("problem.spot-check.not-assigned");
                    }
                    if (item.recheckId != null) {
                        throw DomainException.conflict("problem.spot-check.done");
                    }
                    return rechecks.record(staff, item.householdId, r, Recheck.Reason.SPOT_CHECK).chain(done -> {
                        item.recheckId = done.id;
                        return items.openIn(c.id);
                    }).chain(open -> {
                        if (open == 0) {
                            c.status = SpotCheck.Status.COMPLETED;
                        }
                        return items.of(c.id).map(rows -> new Drawn(c, rows));
                    });
                }));
    }
}
