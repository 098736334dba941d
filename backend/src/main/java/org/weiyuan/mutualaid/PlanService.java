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
import org.weiyuan.mutualaid.MutualAidViews.RenewPlanRequest;
import org.weiyuan.mutualaid.MutualAidViews.RenewalResult;
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
    private final MutualAidMapper mapper;

    public PlanService(MutualAidRepository repo, UnionScope scope, AuditLog audit, @MutualAid Clock clock, MutualAidMapper mapper) {
        this.repo = repo;
        this.mapper = mapper;
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

    /**
     * 续保: the plan for the next plan year, same unit and name, this year's rules or new ones, with
     * every member carried over (their contributions for the new year are recorded afresh) and their
     * optional plans too, unless the new rules drop them (their fees are due again). A second
     * renewal is 409; new rules without a tier some member holds are 422.
     */
    @WithTransaction
    public Uni<RenewalResult> renew(Actor staff, UUID planId, RenewPlanRequest r) {
        return planInScope(staff, planId).chain(old -> {
            int year = old.planYear + 1;
            if (year > 2100) {
                throw DomainException.unprocessable("planYear", "problem.mutual-aid.rule", "planYear", "after 2100");
            }
            PlanRules rules = r == null || r.rules() == null ? MutualAidMapper.rules(old.rules) : r.rules();
            return repo.planNameTaken(old.unitId, year, old.name).chain(taken -> {
                if (taken) {
                    throw DomainException.conflict("problem.mutual-aid.duplicate-plan");
                }
                return repo.memberTiers(old.id);
            }).chain(tiers -> {
                for (PlanRules.MemberTier t : tiers) {
                    if (rules.tier(t) == null) {
                        throw DomainException.unprocessable("rules.tiers", "problem.mutual-aid.tier-not-in-plan", t);
                    }
                }
                Plan p = new Plan();
                p.id = UUID.randomUUID();
                p.unitId = old.unitId;
                p.planYear = year;
                p.name = old.name;
                p.rules = MutualAidMapper.json(rules);
                p.createdBy = staff.subject();
                p.createdAt = clock.instant();
                return repo.persist(p).chain(() -> repo.carryMembers(old.id, p.id, staff.subject(), p.createdAt))
                        .chain(n -> carryOptions(old.id, p.id, rules, staff, p.createdAt).map(o -> new int[] {n, o}))
                        .call(n -> audit.record(staff, "MUTUAL_AID_PLAN_RENEWED", "mutual_aid_plan", p.id, null,
                                Map.of("from", old.id, "planYear", year, "members", n[0], "options", n[1], "rules", p.rules), p.name))
                        .map(n -> new RenewalResult(mapper.toView(p), n[0], n[1]));
            });
        });
    }

    /**
     * The members' optional plans carried into the renewed plan, each option the new rules still have
     * (at its new fee, due with the contributions); an option the new rules drop is not carried.
     */
    private Uni<Integer> carryOptions(UUID from, UUID to, PlanRules rules, Actor staff, java.time.Instant at) {
        Uni<Integer> carried = Uni.createFrom().item(0);
        for (PlanRules.Option o : rules.options()) {
            carried = carried.chain(sum -> repo.carryOption(from, to, o.code(), o.feeFen(), staff.subject(), at).map(k -> sum + k));
        }
        return carried;
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
                .chain(unit -> repo.figures(unit.path, year).chain(rows -> repo.unitFigures(unit.id, unit.path, year)
                        .map(units -> new FiguresView(unit.id, year, rows, units, total(unit.id, rows)))));
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
