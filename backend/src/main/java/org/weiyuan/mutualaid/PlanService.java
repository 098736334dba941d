package org.weiyuan.mutualaid;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.mutualaid.MutualAidEntities.Plan;
import org.weiyuan.mutualaid.MutualAidViews.CreatePlanRequest;
import org.weiyuan.mutualaid.MutualAidViews.FiguresView;
import org.weiyuan.mutualaid.MutualAidViews.PlanFigures;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 互助计划: plans per union unit and plan year, made by staff of that unit's subtree; and the fund's figures. */
@ApplicationScoped
public class PlanService {

    private final MutualAidRepository repo;
    private final UnionScope scope;
    private final AuditLog audit;
    private final Clock clock;

    public PlanService(MutualAidRepository repo, UnionScope scope, AuditLog audit, @MutualAid Clock clock) {
        this.repo = repo;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Plan> create(Actor staff, CreatePlanRequest r) {
        String name = r.name().trim();
        return scope.unitInStaffScope(staff, r.unitId())
                .chain(unit -> repo.planNameTaken(unit.id, r.planYear(), name))
                .chain(taken -> {
                    if (taken) {
                        throw DomainException.conflict("problem.mutual-aid.duplicate-plan");
                    }
                    Plan p = new Plan();
                    p.id = UUID.randomUUID();
                    p.unitId = r.unitId();
                    p.planYear = r.planYear();
                    p.name = name;
                    p.rules = MutualAidMapper.json(r.rules());
                    p.createdBy = staff.subject();
                    p.createdAt = clock.instant();
                    return repo.persist(p).call(() -> audit.record(staff, "MUTUAL_AID_PLAN_CREATED", "mutual_aid_plan", p.id, null,
                            Map.of("unitId", p.unitId, "planYear", p.planYear, "rules", p.rules), p.name));
                });
    }

    /** A plan in the staff caller's subtree; 404 otherwise. */
    public Uni<Plan> planInScope(Actor staff, UUID planId) {
        return repo.plan(planId).chain(p -> {
            if (p == null) {
                throw DomainException.notFound("plan");
            }
            return scope.covers(staff, p.unitId).map(in -> {
                if (!in) {
                    throw DomainException.notFound("plan");
                }
                return p;
            });
        });
    }

    @WithSession
    public Uni<Plan> get(Actor staff, UUID planId) {
        return planInScope(staff, planId);
    }

    /** Plans of the unit (default: the caller's own) and everything below it. */
    @WithSession
    public Uni<List<Plan>> list(Actor staff, UUID unitId, Integer year) {
        return (unitId == null ? scope.staffUnit(staff) : scope.unitInStaffScope(staff, unitId))
                .chain(unit -> repo.plansUnder(unit.path, year));
    }

    /** Per plan of the subtree and the total rolled up over it (SQL aggregates over members, contributions, claims and the ledger). */
    @WithSession
    public Uni<FiguresView> figures(Actor staff, UUID unitId, Integer year) {
        return (unitId == null ? scope.staffUnit(staff) : scope.unitInStaffScope(staff, unitId))
                .chain(unit -> repo.figures(unit.path, year).map(rows -> new FiguresView(unit.id, year, rows, total(unit.id, rows))));
    }

    static PlanFigures total(UUID unitId, List<PlanFigures> rows) {
        long members = 0;
        long contributed = 0;
        long claims = 0;
        long paid = 0;
        long balance = 0;
        for (PlanFigures f : rows) {
            members += f.members();
            contributed += f.contributionsFen();
            claims += f.claimsPaid();
            paid += f.claimsPaidFen();
            balance += f.fundBalanceFen();
        }
        return new PlanFigures(null, unitId, null, 0, members, contributed, claims, paid,
                contributed == 0 ? null : paid * 1000 / contributed, balance);
    }
}
