package org.weiyuan.household;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.HouseholdViews.PovertyLineRequest;
import org.weiyuan.org.UnionScope;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.org.UnionUnitRepository;
import org.weiyuan.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** 低保 lines: kept by admins, read by staff, applied to households by nearest unit and latest year. */
@ApplicationScoped
public class PovertyLineService {

    final BusinessTime time;

    /** Business dates (campaign windows, the year a line applies to) are in China time. */

    final Repositories.PovertyLines lines;
    final UnionUnitRepository units;
    final UnionScope scope;
    final AuditLog audit;

    PovertyLineService(BusinessTime time, Repositories.PovertyLines lines, UnionUnitRepository units, UnionScope scope, AuditLog audit) {
        this.time = time;
        this.lines = lines;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<PovertyLine> upsert(Actor actor, PovertyLineRequest request) {
        int extreme = request.extremePct() == null ? HardshipAssessor.Line.DEFAULT_EXTREME_PCT : request.extremePct();
        int hardship = request.hardshipPct() == null ? HardshipAssessor.Line.DEFAULT_HARDSHIP_PCT : request.hardshipPct();
        if (hardship < extreme) {
            throw DomainException.unprocessable("hardshipPct", "problem.line.thresholds", extreme, hardship);
        }
        int appliesFrom = request.appliesFromYear() == null ? ReferenceLine.defaultAppliesFrom(request.year()) : request.appliesFromYear();
        if (appliesFrom < request.year() || appliesFrom > request.year() + 1) {
            throw DomainException.unprocessable("appliesFromYear", "problem.line.applies-from", request.year(), request.year() + 1);
        }
        return units.findById(request.unitId())
                .onItem().ifNull().failWith(() -> DomainException.unprocessable("unitId", "problem.unit.missing"))
                .chain(unit -> lines.ofUnitAndYear(unit.id, request.year()))
                .chain(existing -> {
                    PovertyLine line = existing != null ? existing : new PovertyLine();
                    Map<String, Object> before = existing == null ? null : snapshot(existing);
                    if (existing == null) {
                        line.id = UUID.randomUUID();
                        line.unitId = request.unitId();
                        line.year = request.year();
                    }
                    line.monthlyFen = request.monthlyFen();
                    line.extremePct = extreme;
                    line.hardshipPct = hardship;
                    line.appliesFromYear = appliesFrom;
                    line.updatedAt = time.now();
                    Uni<PovertyLine> saved = existing == null ? lines.persist(line).replaceWith(line) : Uni.createFrom().item(line);
                    return saved.call(l -> audit.record(actor, "POVERTY_LINE_SET", "poverty_line", l.id,
                            before, snapshot(l), l.year + ": " + l.monthlyFen + " fen"));
                });
    }

    /** Lines set on the caller's visible units (staff: their subtree and its ancestors; admin: all). */
    @WithSession
    public Uni<List<PovertyLine>> visible(Actor actor) {
        if (actor.isAdmin()) {
            return lines.list("order by year desc");
        }
        return scope.staffUnit(actor).chain(own -> units.selfAndAncestors(own)
                .chain(ancestors -> units.subtree(own).map(sub -> {
                    List<UUID> ids = new java.util.ArrayList<>(ancestors.stream().map(u -> u.id).toList());
                    sub.forEach(u -> ids.add(u.id));
                    return ids;
                })))
                .chain(ids -> lines.list("unitId in ?1 order by year desc", ids));
    }

    /** The reference line for an assessment this year (China time); see {@link ReferenceLine}. */
    public Uni<HardshipAssessor.Line> applicable(UnionUnit unit) {
        return applicable(unit, time.year());
    }

    /** The reference line for an assessment made in {@code assessmentYear}: nearest unit up the tree, per {@link ReferenceLine}. */
    public Uni<HardshipAssessor.Line> applicable(UnionUnit unit, int assessmentYear) {
        return units.selfAndAncestors(unit).chain(chain -> {
            List<UUID> ids = chain.stream().map(u -> u.id).toList();
            Map<UUID, Integer> depth = chain.stream().collect(Collectors.toMap(u -> u.id, u -> u.path.length()));
            return lines.forUnits(ids, assessmentYear).map(found -> ReferenceLine.pick(found,
                            l -> new ReferenceLine.Candidate(l.unitId, l.year, l.appliesFromYear), depth, assessmentYear)
                    .map(PovertyLine::toRule)
                    .orElse(null));
        });
    }

    static Map<String, Object> snapshot(PovertyLine l) {
        return Map.of("unitId", l.unitId, "year", l.year, "monthlyFen", l.monthlyFen,
                "extremePct", l.extremePct, "hardshipPct", l.hardshipPct, "appliesFromYear", l.appliesFromYear);
    }

}
