package org.weiyuan.followup;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.followup.FollowupEntities.HelpMeasure;
import org.weiyuan.followup.FollowupEntities.HelpPlan;
import org.weiyuan.followup.FollowupEntities.LinkKind;
import org.weiyuan.followup.FollowupViews.GoalsRequest;
import org.weiyuan.followup.FollowupViews.LinkRequest;
import org.weiyuan.followup.FollowupViews.MeasureRequest;
import org.weiyuan.followup.FollowupViews.MeasureUpdate;
import org.weiyuan.followup.FollowupViews.MyPlanView;
import org.weiyuan.followup.FollowupViews.PlanExitRequest;
import org.weiyuan.followup.FollowupViews.PlanRequest;
import org.weiyuan.followup.FollowupViews.PlanView;
import org.weiyuan.followup.FollowupViews.TransitionRequest;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.household.HouseholdViews.ExitRequest;
import org.weiyuan.household.RecommendedHelp;
import org.weiyuan.household.Verification;
import org.weiyuan.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 帮扶计划 use cases (一户一档案、一户一计划、一户一措施): a plan per approved household, its
 * measures chosen from the home visit's recommended help, linked to what carries them out.
 *
 * <p>Completion by the carrier is checked on read ({@link #settle}): whenever a plan is loaded
 * (by staff, by the worker, for the helper's queue) each open linked measure whose job
 * application, wish or service order has done its part is moved to DONE with the result, in the
 * same transaction. Chosen over events because the carrying features (jobs, wish, services)
 * publish none today and issue 12 is reshaping their boundaries: reading their state needs no
 * change in them, cannot miss an event, and is exact at every read.
 */
@ApplicationScoped
public class HelpPlanService {

    private final FollowupRepository repository;
    private final HouseholdAccess access;
    private final FollowupMapper mapper;
    private final AuditLog audit;
    private final FollowupConfig config;
    private final Clock clock;
    private final PlanClosing closing;
    private final HouseholdService households;

    public HelpPlanService(FollowupRepository repository, HouseholdAccess access, FollowupMapper mapper, AuditLog audit,
                           FollowupConfig config, Clock clock, PlanClosing closing, HouseholdService households) {
        this.closing = closing;
        this.households = households;
        this.repository = repository;
        this.access = access;
        this.mapper = mapper;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<PlanView> create(Actor actor, UUID householdId, PlanRequest request) {
        return access.inStaffScope(actor, householdId).chain(h -> {
            if (h.status != HouseholdStatus.APPROVED) {
                throw DomainException.illegalTransition("PLAN", h.status);
            }
            return repository.planOf(h.id).chain(existing -> {
                // a closed plan is the earlier round of help of a reopened file: a new plan starts the next
                if (existing != null && existing.closedOn == null) {
                    throw DomainException.conflict("problem.followup.plan-exists");
                }
                return repository.latestVerification(h.id, h.reviewCycle);
            }).chain(v -> {
                Set<RecommendedHelp> recommended = recommended(v);
                if (recommended.isEmpty()) {
                    throw DomainException.unprocessable("measures", "problem.followup.no-recommendation");
                }
                List<MeasureRequest> wanted = request.measures() == null || request.measures().isEmpty()
                        ? recommended.stream().sorted().map(k -> new MeasureRequest(k, null, null, null)).toList()
                        : request.measures();
                for (int i = 0; i < wanted.size(); i++) {
                    if (!recommended.contains(wanted.get(i).kind())) {
                        throw DomainException.unprocessable("measures[" + i + "].kind", "problem.followup.kind-not-recommended",
                                wanted.get(i).kind().name());
                    }
                }
                Instant now = Instant.now(clock);
                HelpPlan plan = new HelpPlan();
                plan.id = UUID.randomUUID();
                plan.householdId = h.id;
                plan.unitId = h.unitId;
                plan.goals = request.goals().strip();
                plan.createdBy = actor.subject();
                plan.createdAt = now;
                plan.updatedAt = now;
                return repository.persist(plan)
                        .chain(() -> Multi.createFrom().range(0, wanted.size()).onItem()
                                .transformToUniAndConcatenate(i -> newMeasure(actor, h, plan, wanted.get(i), "measures[" + i + "]"))
                                .collect().asList())
                        .chain(() -> audit.record(actor, "followup.plan.create", "help_plan", plan.id, null,
                                Map.of("householdId", h.id, "goals", plan.goals), null))
                        .chain(() -> view(h, plan));
            });
        });
    }

    private static Set<RecommendedHelp> recommended(Verification v) {
        Set<RecommendedHelp> s = EnumSet.noneOf(RecommendedHelp.class);
        if (v != null && v.recommendedHelp != null) {
            s.addAll(v.recommendedHelp);
        }
        return s;
    }

    private Uni<HelpMeasure> newMeasure(Actor actor, Household h, HelpPlan plan, MeasureRequest r, String field) {
        UUID owner = r.ownerSubject() == null ? actor.subject() : r.ownerSubject();
        LocalDate today = FollowupClock.today(clock);
        if (r.dueOn() != null && r.dueOn().isBefore(today)) {
            throw DomainException.unprocessable(field + ".dueOn", "problem.followup.due-in-past");
        }
        return access.staffFor(h, owner, field + ".ownerSubject").chain(member -> {
            Instant now = Instant.now(clock);
            HelpMeasure m = new HelpMeasure();
            m.id = UUID.randomUUID();
            m.planId = plan.id;
            m.kind = r.kind();
            m.description = r.description() == null || r.description().isBlank() ? defaultDescription(r.kind()) : r.description().strip();
            m.ownerSubject = owner;
            m.dueOn = r.dueOn() == null ? today.plusDays(config.defaultMeasureDays()) : r.dueOn();
            m.status = MeasureLifecycle.Status.PLANNED;
            m.createdAt = now;
            m.updatedAt = now;
            return repository.persist(m).replaceWith(m);
        });
    }

    static String defaultDescription(RecommendedHelp kind) {
        return switch (kind) {
            case LIVING_AID -> "生活救助 Living aid";
            case SCHOLARSHIP -> "金秋助学 Scholarship";
            case JOB_PLACEMENT -> "就业援助 Job placement";
            case SKILLS_TRAINING -> "技能培训 Skills training";
            case MEDICAL_AID -> "医疗救助 Medical aid";
            case LEGAL_AID -> "法律援助 Legal aid";
            case COUNSELLING -> "心理疏导 Counselling";
            case HOUSING_AID -> "住房救助 Housing aid";
            case FESTIVAL_AID -> "两节送温暖 Festival aid";
        };
    }

    /** Staff read a plan (audited: it describes a household's hardship). */
    @WithTransaction
    public Uni<PlanView> get(Actor actor, UUID householdId) {
        return access.inStaffScope(actor, householdId).chain(h -> plan(h)
                .chain(plan -> audit.record(actor, "followup.plan.read", "help_plan", plan.id, null, null, null)
                        .chain(() -> view(h, plan))));
    }

    /** The worker's own plan, without staff identifiers or review notes. */
    @WithTransaction
    public Uni<MyPlanView> mine(Actor actor) {
        return repository.householdOfWorker(actor.subject()).chain(h -> {
            if (h == null) {
                throw DomainException.notFound("plan");
            }
            return plan(h).chain(plan -> settled(plan).chain(measures -> names(measures, h).map(names -> {
                String helperName = names.get(HELPER_KEY);
                return new MyPlanView(plan.id, plan.goals, plan.lastReviewedOn, helperName,
                        measures.stream().map(m -> mapper.toMine(m, names.get(m.ownerSubject.toString()))).toList(),
                        plan.outcome, plan.closedOn);
            })));
        });
    }

    @WithTransaction
    public Uni<PlanView> updateGoals(Actor actor, UUID householdId, GoalsRequest request) {
        return access.inStaffScope(actor, householdId).chain(h -> openPlan(h).chain(plan -> {
            String before = plan.goals;
            plan.goals = request.goals().strip();
            plan.updatedAt = Instant.now(clock);
            return audit.record(actor, "followup.plan.goals", "help_plan", plan.id, Map.of("goals", before), Map.of("goals", plan.goals), null)
                    .chain(() -> view(h, plan));
        }));
    }

    @WithTransaction
    public Uni<PlanView> addMeasure(Actor actor, UUID householdId, MeasureRequest request) {
        return access.inStaffScope(actor, householdId).chain(h -> openPlan(h).chain(plan ->
                repository.latestVerification(h.id, h.reviewCycle).chain(v -> {
                    if (!recommended(v).contains(request.kind())) {
                        throw DomainException.unprocessable("kind", "problem.followup.kind-not-recommended", request.kind().name());
                    }
                    return newMeasure(actor, h, plan, request, "measure");
                }).chain(m -> audit.record(actor, "followup.measure.add", "help_measure", m.id, null, Map.of("kind", m.kind), null))
                        .chain(() -> view(h, plan))));
    }

    @WithTransaction
    public Uni<PlanView> updateMeasure(Actor actor, UUID householdId, UUID measureId, MeasureUpdate request) {
        return onMeasure(actor, householdId, measureId, (h, plan, m) -> {
            if (!MeasureLifecycle.isOpen(m.status)) {
                throw DomainException.illegalTransition("EDIT", m.status);
            }
            return access.staffFor(h, request.ownerSubject(), "ownerSubject").chain(member -> {
                m.description = request.description().strip();
                m.ownerSubject = request.ownerSubject();
                m.dueOn = request.dueOn();
                m.updatedAt = Instant.now(clock);
                return audit.record(actor, "followup.measure.edit", "help_measure", m.id, null,
                        Map.of("ownerSubject", m.ownerSubject, "dueOn", m.dueOn.toString()), null);
            });
        });
    }

    @WithTransaction
    public Uni<PlanView> transition(Actor actor, UUID householdId, UUID measureId, TransitionRequest request) {
        return onMeasure(actor, householdId, measureId, (h, plan, m) -> {
            MeasureLifecycle.Status next = MeasureLifecycle.next(m.status, request.action())
                    .orElseThrow(() -> DomainException.illegalTransition(request.action().name(), m.status));
            if (MeasureLifecycle.needsResult(request.action()) && (request.result() == null || request.result().isBlank())) {
                throw DomainException.unprocessable("result", "problem.followup.result-required");
            }
            MeasureLifecycle.Status before = m.status;
            m.status = next;
            m.result = request.result() == null || request.result().isBlank() ? m.result : request.result().strip();
            m.updatedAt = Instant.now(clock);
            return audit.record(actor, "followup.measure." + request.action().name().toLowerCase(), "help_measure", m.id,
                    Map.of("status", before), Map.of("status", next), m.result);
        });
    }

    /** Links a measure to what carries it out; the carrier must exist and belong to the household. */
    @WithTransaction
    public Uni<PlanView> link(Actor actor, UUID householdId, UUID measureId, LinkRequest request) {
        return onMeasure(actor, householdId, measureId, (h, plan, m) -> {
            if (!MeasureLifecycle.isOpen(m.status)) {
                throw DomainException.illegalTransition("LINK", m.status);
            }
            return repository.carrier(request.kind(), request.id()).chain(c -> {
                boolean belongs = c != null && (request.kind() == LinkKind.JOB_APPLICATION
                        ? h.ownerSubject != null && h.ownerSubject.equals(c.workerSubject())
                        : h.id.equals(c.householdId()));
                if (!belongs) {
                    throw DomainException.unprocessable("id", "problem.followup.link-not-household", request.kind().name());
                }
                m.linkKind = request.kind();
                m.linkId = request.id();
                if (m.status == MeasureLifecycle.Status.PLANNED) {
                    m.status = MeasureLifecycle.Status.IN_PROGRESS; // something now carries it out
                }
                m.updatedAt = Instant.now(clock);
                return audit.record(actor, "followup.measure.link", "help_measure", m.id, null,
                        Map.of("linkKind", m.linkKind, "linkId", m.linkId), null);
            });
        });
    }

    interface MeasureChange {
        Uni<Void> apply(Household h, HelpPlan plan, HelpMeasure m);
    }

    private Uni<PlanView> onMeasure(Actor actor, UUID householdId, UUID measureId, MeasureChange change) {
        return access.inStaffScope(actor, householdId).chain(h -> openPlan(h).chain(plan -> repository.measure(plan.id, measureId)
                .chain(m -> {
                    if (m == null) {
                        throw DomainException.notFound("measure");
                    }
                    plan.updatedAt = Instant.now(clock);
                    return change.apply(h, plan, m);
                }).chain(() -> view(h, plan))));
    }

    /**
     * 脱困退出 with the plan's outcome: the plan is closed (an outcome and a reason per measure, after
     * carriers that have done their part completed theirs) and the file exits, in one transaction.
     */
    @WithTransaction
    public Uni<PlanView> exit(Actor actor, UUID householdId, PlanExitRequest request) {
        return access.inStaffScope(actor, householdId).chain(h -> {
            if (h.status != HouseholdStatus.APPROVED) {
                throw DomainException.illegalTransition("EXIT", h.status);
            }
            return openPlan(h).chain(plan -> settled(plan)
                    .chain(measures -> closing.close(actor, h, plan, measures, request.reason(), request.note(),
                            request.outcomes().stream().map(o -> new PlanExitRules.Stated(o.measureId(), o.outcome(), o.reason())).toList()))
                    .chain(() -> households.exit(actor, h.id, new ExitRequest(request.reason(), request.note())))
                    .chain(() -> view(h, plan)));
        });
    }

    /** The plan, when it is still open: a closed plan is the record of how the help ended (409). */
    private Uni<HelpPlan> openPlan(Household h) {
        return plan(h).map(p -> {
            if (p.closedOn != null) {
                throw DomainException.conflict("problem.followup.plan-closed");
            }
            return p;
        });
    }

    private Uni<HelpPlan> plan(Household h) {
        return repository.planOf(h.id).map(p -> {
            if (p == null) {
                throw DomainException.notFound("plan");
            }
            return p;
        });
    }

    /** The plan's measures after moving those whose carrier has completed to DONE (check on read). */
    Uni<List<HelpMeasure>> settled(HelpPlan plan) {
        return repository.measures(plan.id).chain(measures -> settle(measures).replaceWith(measures));
    }

    /** Completes each open linked measure whose carrier has done its part. */
    Uni<Void> settle(List<HelpMeasure> measures) {
        List<HelpMeasure> linked = measures.stream().filter(m -> m.linkKind != null && MeasureLifecycle.isOpen(m.status)).toList();
        if (linked.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(linked).onItem().transformToUniAndConcatenate(m -> repository.carrier(m.linkKind, m.linkId)
                .chain(c -> {
                    if (c == null) {
                        return Uni.createFrom().voidItem();
                    }
                    return MeasureCarriers.completion(m.linkKind, c.status()).map(result -> {
                        m.status = MeasureLifecycle.next(m.status, MeasureLifecycle.Action.COMPLETE).orElseThrow();
                        m.result = result;
                        m.updatedAt = Instant.now(clock);
                        return audit.record(Actor.system(), "followup.measure.completed-by-carrier",
                                "help_measure", m.id, null, Map.of("status", m.status), result);
                    }).orElse(Uni.createFrom().voidItem());
                })).collect().asList().replaceWithVoid();
    }

    private static final String HELPER_KEY = "helper";

    /** Display names of the measures' owners and of the household's helper. */
    private Uni<Map<String, String>> names(List<HelpMeasure> measures, Household h) {
        return repository.assignment(h.id).chain(a -> {
            Set<UUID> subjects = new HashSet<>(measures.stream().map(m -> m.ownerSubject).toList());
            if (a != null) {
                subjects.add(a.helperSubject);
            }
            return repository.staff(subjects).map(staff -> {
                Map<String, String> names = new java.util.HashMap<>(staff.stream()
                        .collect(Collectors.toMap(s -> s.subject.toString(), s -> s.displayName == null ? "" : s.displayName)));
                if (a != null) {
                    names.put(HELPER_KEY, names.get(a.helperSubject.toString()));
                }
                return names;
            });
        });
    }

    private Uni<PlanView> view(Household h, HelpPlan plan) {
        LocalDate today = FollowupClock.today(clock);
        return repository.flush().chain(() -> settled(plan)).chain(measures -> names(measures, h)
                .chain(names -> repository.reviews(plan.id).chain(reviews -> repository.latestVerification(h.id, h.reviewCycle)
                        .chain(v -> helperView(h).map(helper -> new PlanView(plan.id, h.id, h.unitId, plan.goals,
                                recommended(v), plan.lastReviewedOn,
                                measures.stream().map(m -> mapper.toView(m, names.get(m.ownerSubject.toString()),
                                        MeasureLifecycle.isOpen(m.status) && today.isAfter(m.dueOn))).toList(),
                                reviews.stream().map(mapper::toView).toList(), helper, closure(plan)))))));
    }

    private static FollowupViews.PlanClosure closure(HelpPlan plan) {
        return plan.closedOn == null ? null
                : new FollowupViews.PlanClosure(plan.closedOn, plan.closedBy, plan.exitReason, plan.outcome, plan.closingNote);
    }

    private Uni<FollowupViews.HelperView> helperView(Household h) {
        return repository.assignment(h.id).chain(a -> a == null ? Uni.createFrom().nullItem()
                : repository.staff(a.helperSubject).map(s -> new FollowupViews.HelperView(h.id, a.helperSubject,
                s == null ? null : s.displayName, a.assignedOn, null, false)));
    }
}
