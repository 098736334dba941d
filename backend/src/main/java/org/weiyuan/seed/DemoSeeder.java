package org.weiyuan.seed;

import org.weiyuan.common.BusinessTime;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.weiyuan.jobs.EmployerService;
import org.weiyuan.jobs.ListingService;
import org.weiyuan.jobs.ProfileService;
import org.weiyuan.jobs.JobViews;
import org.weiyuan.services.ServiceCategory;
import org.weiyuan.services.ServiceEntities;
import org.weiyuan.services.ServiceMenu;
import org.weiyuan.household.ExitReason;
import org.weiyuan.household.FourLooks;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.household.HouseholdViews;
import org.weiyuan.household.PovertyLineService;
import org.weiyuan.household.Recheck;
import org.weiyuan.household.RecheckService;
import org.weiyuan.household.RecheckViews;
import org.weiyuan.household.RecommendedHelp;
import org.weiyuan.household.SpotCheckService;
import org.weiyuan.household.SpotCheckViews;
import org.weiyuan.org.OrgService;
import org.weiyuan.org.OrgViews;
import org.weiyuan.org.UnitLevel;
import org.weiyuan.security.Actor;
import org.weiyuan.funding.Disbursement;
import org.weiyuan.funding.DisbursementService;
import org.weiyuan.funding.ExpiryService;
import org.weiyuan.funding.FundingViews;
import org.weiyuan.funding.MatchingService;
import org.weiyuan.funding.OnExpiry;
import org.weiyuan.funding.PaymentGateway;
import org.weiyuan.funding.PledgeService;
import org.weiyuan.followup.ContactCompliance;
import org.weiyuan.followup.FollowupViews;
import org.weiyuan.followup.HelpPlanService;
import org.weiyuan.followup.HelperService;
import org.weiyuan.followup.MeasureLifecycle;
import org.weiyuan.modelworker.ModelWorkerService;
import org.weiyuan.modelworker.ModelWorkerViews;
import org.weiyuan.unionaid.AidListService;
import org.weiyuan.unionaid.FundRules;
import org.weiyuan.unionaid.FundService;
import org.weiyuan.unionaid.UnionAidViews;
import org.weiyuan.wish.AdmissionLevel;
import org.weiyuan.wish.CampaignKind;
import org.weiyuan.wish.WishKind;
import org.weiyuan.wish.WishService;
import org.weiyuan.wish.WishViews;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Loads the demo data in {@code seeds/} into an empty database at start-up, through the same
 * services the API uses (so categories are computed, personal data encrypted, every step audited).
 * Does nothing when {@code weiyuan.seed.dir} is unset or the database already has union units.
 */
@ApplicationScoped
public class DemoSeeder {

    final BusinessTime time;

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    final Optional<String> seedDir;
    final ObjectMapper json;
    final OrgService org;
    final PovertyLineService lines;
    final HouseholdService households;
    final WishService wishService;
    final PledgeService pledgeService;
    final MatchingService matching;
    final DisbursementService disbursements;
    final ExpiryService expiry;
    final ProfileService profiles;
    final EmployerService employers;
    final ListingService listings;
    final ServiceMenu services;
    final FundService unionFunds;
    final AidListService aidLists;
    final ModelWorkerService modelWorkers;
    final HelpPlanService plans;
    final HelperService helpers;
    final RecheckService rechecks;
    final SpotCheckService spotCheckService;
    final org.weiyuan.household.AppealService appeals;
    final SeedRepository seeds;
    final org.weiyuan.household.VolunteerService volunteers;
    /** Session 7 (branch prog4): plan exit, transfer, honour board, reception day, mutual aid. */
    final ProgrammeDemoSeeds programmes;

    DemoSeeder(BusinessTime time, ObjectMapper json, OrgService org, PovertyLineService lines, HouseholdService households, WishService wishService, PledgeService pledgeService, MatchingService matching, DisbursementService disbursements, ExpiryService expiry, ProfileService profiles, EmployerService employers, ListingService listings, ServiceMenu services,
               FundService unionFunds, AidListService aidLists, ModelWorkerService modelWorkers, HelpPlanService plans,
               HelperService helpers, RecheckService rechecks, SpotCheckService spotCheckService,
               org.weiyuan.household.AppealService appeals, SeedRepository seeds,
               org.weiyuan.household.VolunteerService volunteers, ProgrammeDemoSeeds programmes, SeedConfig config) {
        this.seedDir = config.dir();
        this.volunteers = volunteers;
        this.programmes = programmes;
        this.time = time;
        this.seeds = seeds;
        this.json = json;
        this.org = org;
        this.lines = lines;
        this.households = households;
        this.wishService = wishService;
        this.pledgeService = pledgeService;
        this.matching = matching;
        this.disbursements = disbursements;
        this.expiry = expiry;
        this.profiles = profiles;
        this.employers = employers;
        this.listings = listings;
        this.services = services;
        this.unionFunds = unionFunds;
        this.aidLists = aidLists;
        this.modelWorkers = modelWorkers;
        this.plans = plans;
        this.helpers = helpers;
        this.rechecks = rechecks;
        this.spotCheckService = spotCheckService;
        this.appeals = appeals;
    }

    record SeedUser(String key, UUID id, String username, String name, String role) { }
    record Users(List<SeedUser> users) { }
    record SeedUnit(UUID id, String key, String parent, UnitLevel level, String name) { }
    record SeedStaff(UUID subject, String unit, String displayName) { }
    record SeedLine(String unit, int year, long monthlyFen) { }
    record SeedHousehold(String note, UUID registeredBy, UUID owner, HouseholdViews.HouseholdRequest file, List<String> flow) { }
    record SeedCampaign(String key, String unit, CampaignKind kind, String name, int startsInDays,
                        int endsInDays, Long scholarshipAmountFen, java.util.Set<WishKind> acceptedKinds,
                        List<String> acceptedUnits, java.util.Set<AdmissionLevel> admissionLevels) { }
    record SeedPool(UUID sponsor, String campaign, String name, int ratioPct, long capPerWishFen, long budgetFen) { }
    record SeedWishRequest(WishKind kind, String title, String story, Long targetFen,
                           List<WishViews.ItemRequest> items, int deadlineInDays, String campaign,
                           Map<String, String> admission) { }
    record SeedWish(UUID owner, String note, SeedWishRequest request, List<String> flow) { }
    record SeedSpotCheck(String note, UUID staff, String unit, java.math.BigDecimal sharePct, long seed) { }

    record SeedProfile(UUID worker, JobViews.ProfileRequest profile) { }
    record SeedEmployer(String key, UUID staff, String unit, String name, String district, String contactName, String contactPhone) { }
    record SeedListing(String employer, UUID staff, int expiresInDays, JobViews.ListingRequest listing) { }
    record SeedProvider(String key, UUID staff, String unit, String name, String kind, String district) { }
    record SeedOffer(String provider, UUID staff, ServiceCategory category, String title, String description, int capacity,
                     Integer discountPct, ServiceEntities.Eligibility eligibility, int validDays) { }
    record SeedJobs(String note, List<SeedProfile> profiles, List<SeedEmployer> employers, List<SeedListing> listings,
                    List<SeedProvider> providers, List<SeedOffer> offers) { }

    record SeedDeposit(long amountFen, String reference) { }
    record SeedFund(String key, String unit, UUID createdBy, FundRules.Source source, FundRules.Purpose purpose, String name,
                    List<SeedDeposit> deposits) { }
    record SeedAidLine(String headName, long amountFen, String goods) { }
    record SeedAidList(String fund, FundRules.Purpose purpose, String title, UUID preparedBy, List<SeedAidLine> lines,
                       List<String> flow) { }
    record SeedUnionAid(String note, List<SeedFund> funds, List<SeedAidList> lists, List<ProgrammeDemoSeeds.SeedTransfer> transfers) { }
    record SeedContact(ContactCompliance.Kind kind, int daysAgo, String summary, String nextStep, String planReview) { }
    record SeedPlan(String headName, UUID createdBy, String goals, List<RecommendedHelp> start, UUID helper, int pairedDaysAgo,
                    List<SeedContact> contacts) { }
    record SeedFollowup(String note, List<SeedPlan> plans) { }
    record SeedModelWorker(UUID createdBy, UUID contact, ModelWorkerViews.ArchiveRequest archive, Boolean boardConsent) { }
    record SeedModelWorkers(String note, List<SeedModelWorker> modelWorkers, List<ProgrammeDemoSeeds.SeedReception> receptions) { }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (seedDir.isEmpty() || seedDir.get().isBlank()) {
            return;
        }
        Path dir = Path.of(seedDir.get());
        if (!Files.isDirectory(dir)) {
            LOG.warnf("Seed directory %s not found; starting without demo data", dir.toAbsolutePath());
            return;
        }
        Long existing = VertxContextSupport.subscribeAndAwait(() -> org.unitCount());
        if (existing > 0) {
            LOG.infof("Database already holds %d union units; demo seeds not loaded again", existing);
            return;
        }
        int files = VertxContextSupport.subscribeAndAwait(() -> load(dir));
        LOG.infof("Demo data loaded from %s: %d household files", dir.toAbsolutePath(), files);
    }

    Uni<Integer> load(Path dir) {
        Users users = read(dir.resolve("users.json"), new TypeReference<>() { });
        List<SeedUnit> units = read(dir.resolve("unions.json"), new TypeReference<>() { });
        List<SeedStaff> staff = read(dir.resolve("staff.json"), new TypeReference<>() { });
        List<SeedLine> povertyLines = read(dir.resolve("poverty-lines.json"), new TypeReference<>() { });
        List<SeedHousehold> files = read(dir.resolve("households.json"), new TypeReference<>() { });

        Map<String, UUID> unitIds = new HashMap<>();
        units.forEach(u -> unitIds.put(u.key(), u.id()));
        Map<UUID, Actor> actors = new HashMap<>();
        users.users().forEach(u -> actors.put(u.id(), new Actor(u.id(), u.username(), Set.of(u.role()))));
        Actor system = Actor.system();

        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SeedUnit u : units) {
            chain = chain.chain(() -> org.createUnit(system, new OrgViews.CreateUnitRequest(
                    u.parent() == null ? null : unitIds.get(u.parent()), u.level(), u.name()), u.id()).replaceWithVoid());
        }
        for (SeedLine l : povertyLines) {
            chain = chain.chain(() -> lines.upsert(system, new HouseholdViews.PovertyLineRequest(
                    unitIds.get(l.unit()), l.year(), l.monthlyFen(), null, null, null)).replaceWithVoid());
        }
        for (SeedStaff s : staff) {
            chain = chain.chain(() -> org.assignStaff(system, s.subject(),
                    new OrgViews.StaffAssignmentRequest(unitIds.get(s.unit()), s.displayName())).replaceWithVoid());
        }
        Map<String, UUID> householdIds = new HashMap<>();
        for (SeedHousehold h : files) {
            chain = chain.chain(() -> seedHousehold(h, actors).invoke(id -> householdIds.put(h.file().headName(), id)).replaceWithVoid());
        }
        if (Files.exists(dir.resolve("wishes.json"))) {
            List<SeedCampaign> campaigns = read(dir.resolve("campaigns.json"), new TypeReference<>() { });
            List<SeedPool> pools = read(dir.resolve("pools.json"), new TypeReference<>() { });
            List<SeedWish> wishes = read(dir.resolve("wishes.json"), new TypeReference<>() { });
            Map<String, UUID> campaignIds = new HashMap<>();
            LocalDate today = time.today();
            for (SeedCampaign c : campaigns) {
                chain = chain.chain(() -> wishService.createCampaign(system, new WishViews.CampaignRequest(
                                unitIds.get(c.unit()), c.kind(), c.name(), today.plusDays(c.startsInDays()),
                                today.plusDays(c.endsInDays()), c.scholarshipAmountFen(), c.acceptedKinds(),
                                c.acceptedUnits() == null ? null : c.acceptedUnits().stream().map(unitIds::get)
                                        .collect(java.util.stream.Collectors.toSet()), c.admissionLevels()))
                        .invoke(saved -> campaignIds.put(c.key(), saved.id)).replaceWithVoid());
            }
            for (SeedPool p : pools) {
                chain = chain.chain(() -> matching.open(actor(actors, p.sponsor()), new MatchingService.PoolRequest(
                                campaignIds.get(p.campaign()), p.name(), p.ratioPct(), p.capPerWishFen(), p.budgetFen(),
                                today.minusDays(1), today.plusDays(90)))
                        .chain(pool -> matching.confirmFunding(paid(pool.paymentReference, pool.budgetFen))).replaceWithVoid());
            }
            for (SeedWish w : wishes) {
                chain = chain.chain(() -> seedWish(w, actors, campaignIds, today));
            }
        }
        if (Files.exists(dir.resolve("spot-checks.json"))) {
            List<SeedSpotCheck> spotChecks = read(dir.resolve("spot-checks.json"), new TypeReference<>() { });
            for (SeedSpotCheck c : spotChecks) {
                chain = chain.chain(() -> spotCheckService.draw(actor(actors, c.staff()), new SpotCheckViews.SpotCheckRequest(
                        unitIds.get(c.unit()), null, null, c.sharePct(), c.seed())).replaceWithVoid());
            }
        }
        if (Files.exists(dir.resolve("jobs.json"))) {
            chain = chain.chain(() -> seedJobs(read(dir.resolve("jobs.json"), new TypeReference<SeedJobs>() { }), actors, unitIds));
        }
        if (Files.exists(dir.resolve("union-aid.json"))) {
            SeedUnionAid aid = read(dir.resolve("union-aid.json"), new TypeReference<>() { });
            chain = chain.chain(() -> seedUnionAid(aid, actors, unitIds, householdIds));
        }
        if (Files.exists(dir.resolve("followup.json"))) {
            SeedFollowup f = read(dir.resolve("followup.json"), new TypeReference<>() { });
            chain = chain.chain(() -> seedFollowup(f, actors, householdIds));
        }
        if (Files.exists(dir.resolve("model-workers.json"))) {
            SeedModelWorkers mw = read(dir.resolve("model-workers.json"), new TypeReference<>() { });
            for (SeedModelWorker m : mw.modelWorkers()) {
                Actor by = actor(actors, m.createdBy());
                chain = chain.chain(() -> modelWorkers.create(by, m.archive()).chain(a -> (m.contact() == null ? Uni.createFrom().voidItem()
                        : modelWorkers.pair(by, a.id(), new ModelWorkerViews.PairingRequest(m.contact())).replaceWithVoid())
                        .chain(() -> Boolean.TRUE.equals(m.boardConsent()) ? programmes.boardConsent(by, a.id()) : Uni.createFrom().voidItem())));
            }
            chain = chain.chain(() -> programmes.receptions(mw.receptions(), unitIds, s -> actor(actors, s)));
        }
        // session 7 (branch prog4): workers' medical mutual aid
        if (Files.exists(dir.resolve("mutual-aid.json"))) {
            ProgrammeDemoSeeds.SeedMutualAid ma = read(dir.resolve("mutual-aid.json"), new TypeReference<>() { });
            chain = chain.chain(() -> programmes.mutualAid(ma, unitIds, s -> actor(actors, s)));
        }
        return chain.replaceWith(files.size());
    }

    /** Help plans with some measures under way, pairings (one helper overdue for contact) and contacts. */
    private Uni<Void> seedFollowup(SeedFollowup seed, Map<UUID, Actor> actors, Map<String, UUID> householdIds) {
        LocalDate today = time.today();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SeedPlan p : seed.plans()) {
            UUID h = householdIds.get(p.headName());
            Actor by = actor(actors, p.createdBy());
            chain = chain.chain(() -> plans.create(by, h, new FollowupViews.PlanRequest(p.goals(), null)).chain(plan -> {
                Uni<Void> steps = Uni.createFrom().voidItem();
                for (FollowupViews.MeasureView m : plan.measures()) {
                    if (p.start().contains(m.kind())) {
                        steps = steps.chain(() -> plans.transition(by, h, m.id(),
                                new FollowupViews.TransitionRequest(MeasureLifecycle.Action.START, null)).replaceWithVoid());
                    }
                }
                return steps;
            }));
            chain = chain.chain(() -> helpers.assign(by, h, new FollowupViews.HelperRequest(p.helper(), today.minusDays(p.pairedDaysAgo())))
                    .replaceWithVoid());
            for (SeedContact c : p.contacts()) {
                Actor helper = actor(actors, p.helper());
                chain = chain.chain(() -> helpers.log(helper, h, new FollowupViews.ContactRequest(c.kind(), today.minusDays(c.daysAgo()),
                        c.summary(), c.nextStep(), c.planReview())).replaceWithVoid());
            }
        }
        return chain;
    }

    /** Funds with their deposits, then aid lists taken as far as their flow says (a paid 两节 list, one awaiting approval). */
    private Uni<Void> seedUnionAid(SeedUnionAid seed, Map<UUID, Actor> actors, Map<String, UUID> unitIds, Map<String, UUID> householdIds) {
        Map<String, UUID> fundIds = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SeedFund f : seed.funds()) {
            Actor by = actor(actors, f.createdBy());
            chain = chain.chain(() -> unionFunds.create(by, new UnionAidViews.FundRequest(unitIds.get(f.unit()), f.source(), f.purpose(), f.name()))
                    .invoke(v -> fundIds.put(f.key(), v.id())).replaceWithVoid());
            for (SeedDeposit d : f.deposits()) {
                chain = chain.chain(() -> unionFunds.deposit(by, fundIds.get(f.key()),
                        new UnionAidViews.DepositRequest(d.amountFen(), d.reference(), null)).replaceWithVoid());
            }
        }
        chain = chain.chain(() -> programmes.transfers(seed.transfers(), fundIds, s -> actor(actors, s)));
        for (SeedAidList l : seed.lists()) {
            Actor preparer = actor(actors, l.preparedBy());
            UUID[] listId = new UUID[1];
            chain = chain.chain(() -> aidLists.create(preparer, new UnionAidViews.ListRequest(fundIds.get(l.fund()), l.purpose(), l.title()))
                    .invoke(v -> listId[0] = v.id()).replaceWithVoid());
            for (SeedAidLine line : l.lines()) {
                chain = chain.chain(() -> aidLists.putLine(preparer, listId[0], householdIds.get(line.headName()),
                        new UnionAidViews.LineRequest(line.amountFen(), line.goods())).replaceWithVoid());
            }
            for (String step : l.flow()) {
                String[] parts = step.split(":", 3);
                Actor actor = actor(actors, UUID.fromString(parts[1]));
                chain = chain.chain(() -> (switch (parts[0]) {
                    case "SUBMIT" -> aidLists.submit(actor, listId[0]);
                    case "APPROVE" -> aidLists.approve(actor, listId[0]);
                    case "PAY" -> aidLists.pay(actor, listId[0], new UnionAidViews.PayRequest(parts[2], "签收表（演示数据）"));
                    default -> throw new IllegalArgumentException("Unknown union-aid seed step " + step);
                }).replaceWithVoid());
            }
        }
        return chain;
    }

    /** Profiles first, so that the demo workers hear of the listings that fit them. */
    private Uni<Void> seedJobs(SeedJobs seed, Map<UUID, Actor> actors, Map<String, UUID> unitIds) {
        LocalDate today = time.today();
        Map<String, UUID> employerIds = new HashMap<>();
        Map<String, UUID> providers = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SeedProfile p : seed.profiles()) {
            chain = chain.chain(() -> profiles.save(actor(actors, p.worker()), p.profile()).replaceWithVoid());
        }
        for (SeedEmployer e : seed.employers()) {
            chain = chain.chain(() -> employers.create(actor(actors, e.staff()), new JobViews.EmployerRequest(unitIds.get(e.unit()),
                    e.name(), e.district(), e.contactName(), e.contactPhone())).invoke(saved -> employerIds.put(e.key(), saved.id()))
                    .replaceWithVoid());
        }
        for (SeedListing l : seed.listings()) {
            chain = chain.chain(() -> listings.create(actor(actors, l.staff()),
                    l.listing().with(employerIds.get(l.employer()), today, today.plusDays(l.expiresInDays()))).replaceWithVoid());
        }
        for (SeedProvider p : seed.providers()) {
            chain = chain.chain(() -> services.addProvider(actor(actors, p.staff()), new ServiceMenu.ProviderRequest(
                    unitIds.get(p.unit()), p.name(), p.kind(), p.district())).invoke(saved -> providers.put(p.key(), saved.id))
                    .replaceWithVoid());
        }
        for (SeedOffer o : seed.offers()) {
            chain = chain.chain(() -> services.publish(actor(actors, o.staff()), new ServiceMenu.OfferRequest(providers.get(o.provider()),
                    o.category(), o.title(), o.description(), null, o.capacity(), o.discountPct(), o.eligibility(),
                    today.plusDays(o.validDays()), null, null, null)).replaceWithVoid());
        }
        return chain;
    }

    private Uni<UUID> seedHousehold(SeedHousehold seed, Map<UUID, Actor> actors) {
        Actor registrar = actor(actors, seed.registeredBy());
        Uni<UUID> created = households.create(registrar, seed.file()).map(a -> a.file().household().id);
        return created.chain(id -> {
            Uni<Void> steps = Uni.createFrom().voidItem();
            for (String step : seed.flow()) {
                steps = steps.chain(() -> apply(step, id, actors));
            }
            return steps.replaceWith(id);
        });
    }

    private Uni<Void> seedWish(SeedWish seed, Map<UUID, Actor> actors, Map<String, UUID> campaignIds, LocalDate today) {
        Actor owner = actor(actors, seed.owner());
        SeedWishRequest r = seed.request();
        WishViews.Admission admission = r.admission() == null ? null
                : new WishViews.Admission(r.admission().get("schoolName"), today.getYear(), null,
                        r.admission().get("level") == null ? null : AdmissionLevel.valueOf(r.admission().get("level")));
        var request = new WishViews.WishRequest(r.kind(), r.title(), r.story(), r.targetFen(), r.items(),
                today.plusDays(r.deadlineInDays()), r.campaign() == null ? null : campaignIds.get(r.campaign()), admission);
        return wishService.create(owner, request).map(f -> f.wish().id).chain(id -> {
            Uni<Void> steps = Uni.createFrom().voidItem();
            for (String step : seed.flow()) {
                steps = steps.chain(() -> wishStep(step, id, owner, actors));
            }
            return steps;
        });
    }

    /** One wish step: SUBMIT, WITHDRAW, RECEIPT:thanks, PAY, or "ACTION:subject[:argument…]". */
    private Uni<Void> wishStep(String step, UUID wish, Actor owner, Map<UUID, Actor> actors) {
        String[] p = step.split(":", 4);
        Uni<?> done = switch (p[0]) {
            case "SUBMIT" -> wishService.submit(owner, wish);
            case "WITHDRAW" -> wishService.withdraw(owner, wish);
            case "ASK" -> wishService.ask(actor(actors, UUID.fromString(p[1])), wish, p[2]);
            case "PUBLISH" -> wishService.publish(actor(actors, UUID.fromString(p[1])), wish, null);
            case "REJECT" -> wishService.reject(actor(actors, UUID.fromString(p[1])), wish, p[2]);
            case "PLEDGE" -> pledgeService.pledge(actor(actors, UUID.fromString(p[1])), wish, "seed-" + UUID.randomUUID(),
                    new FundingViews.PledgeRequest(Long.parseLong(p[2]),
                            OnExpiry.valueOf(p[3])));
            case "PAY" -> pledgeService.heldFor(wish).chain(held -> {
                Uni<Void> pays = Uni.createFrom().voidItem();
                for (var pledge : held) {
                    pays = pays.chain(() -> pledgeService.confirmPayment(paid(pledge.paymentReference, pledge.amountFen)).replaceWithVoid());
                }
                return pays;
            });
            case "DISBURSE" -> disbursements.record(actor(actors, UUID.fromString(p[1])), wish,
                            new DisbursementService.DisbursementRequest(Long.parseLong(p[2]),
                                    Disbursement.Method.IN_KIND, "演示送货单", "户主签收单（演示）"))
                    .chain(d -> d.status == Disbursement.Status.PENDING_APPROVAL
                            ? disbursements.approve(actor(actors, UUID.fromString(p[3])), d.id) : Uni.createFrom().item(d));
            case "RECEIPT" -> disbursements.confirmReceipt(owner, wish,
                    new DisbursementService.ReceiptRequest(p.length > 1 ? p[1] : null));
            case "CLOSE" -> disbursements.clearThankYouAndClose(actor(actors, UUID.fromString(p[1])), wish);
            // 复核 finds the household ineligible: the file exits and this wish is frozen
            case "RECHECK_INELIGIBLE" -> households.ownedHouseholdId(owner.subject()).chain(h -> rechecks.record(
                    actor(actors, UUID.fromString(p[1])), h, new RecheckViews.RecheckRequest(
                            Recheck.Result.INELIGIBLE, time.today().minusDays(1),
                            "复核发现户主已稳定就业，家庭人均收入超过标准（演示数据）", null, null, true)));
            // demo only: move the deadline into the past, then let the expiry job do its work
            case "EXPIRE" -> seeds.moveDeadline(wish, time.today().minusDays(1))
                    .chain(() -> expiry.expireDue(100));
            default -> throw new IllegalArgumentException("Unknown wish seed step " + step);
        };
        return done.replaceWithVoid();
    }

    private static PaymentGateway.Notification paid(String reference, long amountFen) {
        return new PaymentGateway.Notification("seed-" + UUID.randomUUID(), reference, amountFen, "SUCCESS");
    }

    /** One workflow step, "ACTION:actor-subject[:argument]". */
    private Uni<Void> apply(String step, UUID id, Map<UUID, Actor> actors) {
        String[] parts = step.split(":", 3);
        Actor actor = actor(actors, UUID.fromString(parts[1]));
        String arg = parts.length > 2 ? parts[2] : null;
        Uni<?> done = switch (parts[0]) {
            case "SUBMIT" -> households.submit(actor, id);
            case "START_VERIFICATION" -> households.startVerification(actor, id);
            case "VERIFY" -> households.recordVerification(actor, id, new HouseholdViews.VerificationRequest(
                    time.today().minusDays(3),
                    new FourLooks("与申报一致", "与申报一致", "与申报一致", "与申报一致"),
                    EnumSet.of(RecommendedHelp.LIVING_AID, RecommendedHelp.JOB_PLACEMENT),
                    "入户核查属实（演示数据）", "义工 小李", null)); // a visit from before the roster: free text
            case "ASK" -> households.ask(actor, id, arg);
            case "APPROVE" -> households.approve(actor, id);
            case "REJECT" -> households.reject(actor, id, arg);
            case "EXIT" -> households.exit(actor, id, new HouseholdViews.ExitRequest(ExitReason.valueOf(arg), "演示数据"));
            // 脱困退出 through the help plan, an outcome per measure (session 7)
            case "PLAN_EXIT" -> programmes.planExit(actor, id, ExitReason.valueOf(arg));
            // demo only: the file's re-check fell due {arg} days ago (as if approved over a year back)
            case "RECHECK_OVERDUE" -> rechecks.setDueForDemo(id, time.today().minusDays(Long.parseLong(arg)));
            // 申诉: the household (or staff for it) appeals the file's rejection or exit
            case "APPEAL" -> appeals.file(actor, id, new org.weiyuan.household.AppealViews.AppealRequest(arg, null));
            // 义工入户: staff hand the file's home visit to a volunteer ({arg}: "subject name")
            case "VOLUNTEER" -> volunteers.assign(actor, id, new org.weiyuan.household.VolunteerViews.VolunteerAssignRequest(
                    UUID.fromString(arg.split(" ", 2)[0]), arg.split(" ", 2)[1], "演示数据"));
            default -> throw new IllegalArgumentException("Unknown seed step " + step);
        };
        return done.replaceWithVoid();
    }

    private static Actor actor(Map<UUID, Actor> actors, UUID subject) {
        Actor a = actors.get(subject);
        if (a == null) {
            throw new IllegalArgumentException("Seed refers to unknown user " + subject);
        }
        return a;
    }

    private <T> T read(Path file, TypeReference<T> type) {
        try {
            return json.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read seed file " + file + ": " + e.getMessage(), e);
        }
    }
}
