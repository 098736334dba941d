package org.weiyuan.wish;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.org.UnionScope;
import org.weiyuan.org.UnionUnitRepository;
import org.weiyuan.security.Actor;
import org.weiyuan.vetting.VettingSteps;
import org.weiyuan.vetting.VettingWorkflow;
import org.weiyuan.wish.WishViews.ItemRequest;
import org.weiyuan.wish.WishViews.PriceCorrection;
import org.weiyuan.wish.WishViews.PublishRequest;
import org.weiyuan.wish.WishViews.WishRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Use cases of wishes up to publication: a worker with an approved household file posts a wish;
 * staff of the household's union scope vet it (ask, publish with corrections, reject).
 */
@ApplicationScoped
public class WishService {

    final BusinessTime time;
    final PhotoConfig photoLimits;

    final WishRepositories.Wishes wishes;
    final WishRepositories.Items items;
    final WishRepositories.Questions questions;
    final WishRepositories.Campaigns campaigns;
    final WishRepositories.Photos photos;
    final HouseholdService households;
    final UnionScope scope;
    final UnionUnitRepository units;
    final WishConfig config;
    final CampaignGate gate;
    final AuditLog audit;
    final VettingWorkflow vetting;

    /** A wish's vetting steps (微愿审核). */
    static final VettingSteps<WishAction> STEPS = new VettingSteps<>("wish", WishAction.ASK_QUESTION, WishAction.ANSWER_QUESTION,
            WishAction.ANSWERS_COMPLETE, "WISH_QUESTION_ASKED", "WISH_QUESTION_ANSWERED", "WISH_RESUBMITTED",
            NotificationKind.WISH_NEEDS_INFO);

    WishService(BusinessTime time, PhotoConfig photoLimits, WishRepositories.Wishes wishes, WishRepositories.Items items, WishRepositories.Questions questions, WishRepositories.Campaigns campaigns, WishRepositories.Photos photos, HouseholdService households, UnionScope scope, UnionUnitRepository units, WishConfig config, CampaignGate gate, AuditLog audit, VettingWorkflow vetting) {
        this.vetting = vetting;
        this.time = time;
        this.photoLimits = photoLimits;
        this.wishes = wishes;
        this.items = items;
        this.questions = questions;
        this.campaigns = campaigns;
        this.photos = photos;
        this.households = households;
        this.scope = scope;
        this.units = units;
        this.config = config;
        this.gate = gate;
        this.audit = audit;
    }

    /** A wish with its items and questions, and whether the caller owns it. */
    public record WishFile(Wish wish, List<WishItem> items, List<WishQuestion> questions, List<WishViews.PhotoInfo> photos) {
        WishFile withQuestions(List<WishQuestion> all) {
            return new WishFile(wish, items, all, photos);
        }
    }

    /** Photos per wish; more would not help a donor decide and would bloat the database. */
    static final int MAX_PHOTOS = 6;

    @WithTransaction
    public Uni<WishFile> create(Actor actor, WishRequest request) {
        return households.ownedHousehold(actor.subject()).chain(household -> {
            if (household == null) {
                throw DomainException.unprocessable("household", "problem.wish.no-household");
            }
            if (household.status != HouseholdStatus.APPROVED) {
                throw DomainException.unprocessable("household", "problem.wish.household-not-approved", household.status);
            }
            return wishes.openCount(household.id).chain(open -> {
                WishRules.checkOpenCount(open, config.limits());
                return campaignFor(request).chain(campaign -> gate.admit(household, request, campaign)
                        .chain(student -> households.verifiedOn(household)
                                .chain(verifiedOn -> build(actor, household, request, campaign, student, verifiedOn))));
            });
        });
    }

    private Uni<Campaign> campaignFor(WishRequest request) {
        if (request.campaignId() == null) {
            return Uni.createFrom().nullItem();
        }
        return campaigns.findById(request.campaignId()).onItem().ifNull()
                .failWith(() -> DomainException.unprocessable("campaignId", "problem.wish.campaign-missing"));
    }

    private Uni<WishFile> build(Actor actor, Household household, WishRequest r, Campaign campaign, String studentKey,
                                LocalDate verifiedOn) {
        LocalDate today = time.today();
        WishRules.checkDeadline(r.deadline(), today, config.limits());
        Wish w = new Wish();
        w.id = UUID.randomUUID();
        List<WishItem> rows = new ArrayList<>();
        switch (r.kind()) {
            case GOODS -> {
                w.targetFen = WishRules.goodsTarget(r.items() == null ? List.of()
                        : r.items().stream().map(i -> new WishRules.Item(i.name(), i.quantity(), i.unitPriceFen())).toList());
                int position = 0;
                for (ItemRequest i : r.items()) {
                    WishItem item = new WishItem();
                    item.id = UUID.randomUUID();
                    item.wishId = w.id;
                    item.position = position++;
                    item.name = i.name().trim();
                    item.quantity = i.quantity();
                    item.unitPriceFen = i.unitPriceFen();
                    rows.add(item);
                }
            }
            case SCHOLARSHIP -> {
                if (r.admission() == null) {
                    throw DomainException.unprocessable("admission", "problem.wish.admission-required");
                }
                w.targetFen = WishRules.scholarshipTarget(campaign, r.admission().year(), today);
                w.schoolName = r.admission().schoolName().trim();
                w.admissionYear = r.admission().year();
                w.admissionLevel = r.admission().level();
                w.studentKey = studentKey;
            }
            default -> {
                if (r.targetFen() == null) {
                    throw DomainException.unprocessable("targetFen", "problem.wish.target-required");
                }
                w.targetFen = r.targetFen();
            }
        }
        WishRules.checkTarget(r.kind(), w.targetFen, config.limits());
        w.householdId = household.id;
        w.unitId = household.unitId;
        w.campaignId = campaign == null ? null : campaign.id;
        w.kind = r.kind();
        w.status = WishStatus.DRAFT;
        w.title = r.title().trim();
        w.story = r.story().trim();
        w.deadline = r.deadline();
        w.district = household.district;
        w.householdCategory = household.category == null ? null : household.category.name();
        w.householdSeverity = household.severity == null ? null : household.severity.name();
        w.householdCauses = household.causes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        w.verifiedOn = verifiedOn;
        w.createdBy = actor.subject();
        w.createdAt = time.now();
        w.updatedAt = w.createdAt;
        return wishes.persist(w)
                .chain(() -> rows.isEmpty() ? Uni.createFrom().voidItem() : items.persist(rows))
                .chain(() -> audit.record(actor, "WISH_CREATED", "wish", w.id, null, w.snapshot(), w.kind.name()))
                .replaceWith(() -> new WishFile(w, rows, List.of(), List.of()));
    }

    @WithTransaction
    public Uni<WishFile> read(Actor actor, UUID id) {
        return access(actor, id);
    }

    /** The worker's own wishes, newest first. */
    @WithSession
    public Uni<List<Wish>> mine(Actor actor) {
        return households.ownedHousehold(actor.subject()).chain(h -> h == null ? Uni.createFrom().item(List.<Wish>of())
                : wishes.ofHouseholdNewestFirst(h.id));
    }

    /** 家庭受助记录: every wish of a household in the staff member's scope, oldest first, with the totals. */
    @WithSession
    public Uni<WishViews.HouseholdWishes> ofHousehold(Actor actor, UUID householdId) {
        return households.staffFile(actor, householdId)
                .chain(h -> wishes.ofHouseholdOldestFirst(h.id))
                .map(ws -> new WishViews.HouseholdWishes(householdId,
                        ws.stream().map(w -> new WishViews.HouseholdWish(w.id, w.kind, w.status, w.title, w.targetFen,
                                w.paidFen, w.disbursedFen, w.createdAt)).toList(),
                        ws.stream().mapToLong(w -> w.paidFen).sum(),
                        ws.stream().mapToLong(w -> w.disbursedFen).sum()));
    }

    /** Staff vetting queue: wishes in the caller's subtree with the given status, oldest first. */
    @WithSession
    public Uni<List<Wish>> queue(Actor actor, WishStatus status, int limit) {
        return scope.staffUnit(actor).chain(unit -> wishes.inSubtreeWithStatus(unit.path, status, limit));
    }

    @WithTransaction
    public Uni<WishFile> submit(Actor actor, UUID id) {
        return ownerAccess(actor, id).chain(f -> transition(actor, f, WishAction.SUBMIT, "WISH_SUBMITTED", null))
                .call(f -> tellReviewers(actor, f.wish()));
    }

    @WithTransaction
    public Uni<WishFile> ask(Actor actor, UUID id, String question) {
        return staffAccess(actor, id).chain(f -> {
            WishQuestion q = new WishQuestion();
            q.id = UUID.randomUUID();
            q.wishId = id;
            List<WishQuestion> all = new ArrayList<>(f.questions());
            all.add(q);
            return vetting.ask(actor, f.wish(), STEPS, q, question, () -> questions.persist(q), f.wish().createdBy,
                    Notifier.wish(id)).replaceWith(f.withQuestions(all));
        });
    }

    @WithTransaction
    public Uni<WishFile> answer(Actor actor, UUID id, UUID questionId, String answer) {
        return ownerAccess(actor, id).chain(f -> vetting.answer(actor, f.wish(), STEPS, f.questions(), q -> q.id, questionId,
                q -> answer, () -> tellReviewers(actor, f.wish())).replaceWith(f));
    }

    /** 审核通过并发布: staff may correct prices, a cash target and the wording before donors see it. */
    @WithTransaction
    public Uni<WishFile> publish(Actor actor, UUID id, PublishRequest request) {
        return staffAccess(actor, id).chain(f -> {
            Wish w = f.wish();
            WishLifecycle.next(w.status, WishAction.PUBLISH);
            Map<String, Object> before = w.snapshot();
            PublishRequest r = request == null ? new PublishRequest(null, null, null, null) : request;
            if (r.priceCorrections() != null && !r.priceCorrections().isEmpty()) {
                if (w.kind != WishKind.GOODS) {
                    throw DomainException.unprocessable("priceCorrections", "problem.wish.prices-goods-only");
                }
                for (PriceCorrection c : r.priceCorrections()) {
                    WishItem item = f.items().stream().filter(i -> i.id.equals(c.itemId())).findFirst()
                            .orElseThrow(() -> DomainException.unprocessable("priceCorrections.itemId", "problem.wish.item-missing"));
                    item.unitPriceFen = c.unitPriceFen();
                }
                w.targetFen = WishRules.goodsTarget(f.items().stream()
                        .map(i -> new WishRules.Item(i.name, i.quantity, i.unitPriceFen)).toList());
            }
            if (r.targetFen() != null) {
                if (w.kind == WishKind.GOODS || w.kind == WishKind.SCHOLARSHIP) {
                    throw DomainException.unprocessable("targetFen", "problem.wish.target-fixed");
                }
                w.targetFen = r.targetFen();
            }
            WishRules.checkTarget(w.kind, w.targetFen, config.limits());
            if (r.title() != null && !r.title().isBlank()) {
                w.title = r.title().trim();
            }
            if (r.story() != null && !r.story().isBlank()) {
                w.story = r.story().trim();
            }
            w.vettedBy = actor.subject();
            w.publishedAt = time.now();
            return transition(actor, f, WishAction.PUBLISH, "WISH_PUBLISHED", w.targetFen + " fen", before)
                    .call(() -> vetting.tellOwner(w.createdBy, NotificationKind.WISH_PUBLISHED, Notifier.wish(w.id), w.title));
        });
    }

    @WithTransaction
    public Uni<WishFile> reject(Actor actor, UUID id, String reason) {
        return staffAccess(actor, id).chain(f -> {
            WishLifecycle.next(f.wish().status, WishAction.REJECT);
            Map<String, Object> before = f.wish().snapshot();
            f.wish().rejectionReason = reason.trim();
            f.wish().vettedBy = actor.subject();
            return transition(actor, f, WishAction.REJECT, "WISH_REJECTED", reason, before);
        });
    }

    /** The worker withdraws a wish nobody has pledged to yet. */
    @WithTransaction
    public Uni<WishFile> withdraw(Actor actor, UUID id) {
        return ownerAccess(actor, id).chain(f -> transition(actor, f, WishAction.WITHDRAW, "WISH_WITHDRAWN", null));
    }

    /** The household adds a photo or an admission letter before publication; stored re-encoded, without metadata. */
    @WithTransaction
    public Uni<WishFile> addPhoto(Actor actor, UUID id, WishPhoto.Kind kind, byte[] upload) {
        if (kind == WishPhoto.Kind.DISBURSEMENT_PROOF) {
            throw DomainException.forbidden("problem.staff-only");
        }
        // who may add, then what the header says, and only then the costly decode, off the event loop
        return ownerAccess(actor, id).chain(f -> {
            WishLifecycle.next(f.wish().status, WishAction.EDIT_PHOTOS);
            if (f.photos().size() >= MAX_PHOTOS) {
                throw DomainException.conflict("problem.photo.too-many", MAX_PHOTOS);
            }
            Images.probe(upload, photoLimits.limits());
            return cleanOffLoop(upload).map(clean -> new Upload(f, clean));
        }).chain(ready -> {
            WishFile f = ready.file();
            Images.Clean clean = ready.clean();
            WishPhoto p = new WishPhoto();
            p.id = UUID.randomUUID();
            p.wishId = id;
            p.kind = kind;
            p.contentType = clean.contentType();
            p.width = clean.width();
            p.height = clean.height();
            p.bytes = clean.bytes();
            p.uploadedBy = actor.subject();
            p.createdAt = time.now();
            return photos.persist(p)
                    .chain(() -> audit.record(actor, "WISH_PHOTO_ADDED", "wish", id, null, Map.of("photoId", p.id, "kind", kind), null))
                    .chain(() -> load(f.wish()));
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file whose access was checked, and the upload cleaned for it. */
    private record Upload(WishFile file, Images.Clean clean) { }

    /**
     * Decodes and re-encodes on a worker thread; the result comes back on this request's Vert.x
     * context, where the reactive session lives. The event loop keeps serving (health checks too).
     */
    private Uni<Images.Clean> cleanOffLoop(byte[] upload) {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().item(() -> Images.clean(upload, photoLimits.limits()));
        }
        return Uni.createFrom().emitter(emitter -> context.<Images.Clean>executeBlocking(
                () -> Images.clean(upload, photoLimits.limits()), false).onComplete(done -> {
                    if (done.succeeded()) {
                        emitter.complete(done.result());
                    } else {
                        emitter.fail(done.cause());
                    }
                }));
    }

    /** Staff attach proof of a disbursement (receipt, signed delivery note) once the wish is funded. */
    @WithTransaction
    public Uni<WishFile> addProof(Actor actor, UUID id, byte[] upload) {
        return staffAccess(actor, id).chain(f -> {
            if (f.wish().status != WishStatus.FUNDED && f.wish().status != WishStatus.FULFILLING
                    && f.wish().status != WishStatus.FULFILLED) {
                throw DomainException.illegalTransition("ADD_PROOF", f.wish().status);
            }
            Images.probe(upload, photoLimits.limits());
            return cleanOffLoop(upload).map(clean -> new Upload(f, clean));
        }).chain(ready -> {
            WishFile f = ready.file();
            Images.Clean clean = ready.clean();
            WishPhoto p = new WishPhoto();
            p.id = UUID.randomUUID();
            p.wishId = id;
            p.kind = WishPhoto.Kind.DISBURSEMENT_PROOF;
            p.sha256 = sha256(upload);
            p.contentType = clean.contentType();
            p.width = clean.width();
            p.height = clean.height();
            p.bytes = clean.bytes();
            p.uploadedBy = actor.subject();
            p.createdAt = time.now();
            // the same receipt twice (another wish, or the same one again) is flagged on the photo and in the audit log
            return photos.firstProofWithHash(p.sha256).invoke(earlier -> p.reusedPhotoId = earlier)
                    .chain(() -> photos.persist(p))
                    .chain(() -> audit.record(actor, p.reusedPhotoId == null ? "WISH_PROOF_ADDED" : "WISH_PROOF_REUSED", "wish", id,
                            null, Map.of("photoId", p.id), p.reusedPhotoId == null ? null : "same bytes as proof " + p.reusedPhotoId))
                    .chain(() -> load(f.wish()));
        });
    }

    /** The household or staff in scope see every photo of a wish. */
    @WithSession
    public Uni<WishPhoto> photo(Actor actor, UUID wishId, UUID photoId) {
        return access(actor, wishId).chain(f -> photos.findById(photoId)).map(p -> {
            if (p == null || !p.wishId.equals(wishId)) {
                throw DomainException.notFound("photo");
            }
            return p;
        });
    }

    /** Staff clear a photo for donors (no face or identifying detail, or consent on file). */
    @WithTransaction
    public Uni<WishFile> clearPhoto(Actor actor, UUID wishId, UUID photoId) {
        return staffAccess(actor, wishId).chain(f -> photos.findById(photoId).chain(p -> {
            if (p == null || !p.wishId.equals(wishId)) {
                throw DomainException.notFound("photo");
            }
            if (!p.kind.publishable()) {
                throw DomainException.unprocessable("photoId", "problem.photo.letter-private");
            }
            p.clearedBy = actor.subject();
            return audit.record(actor, "WISH_PHOTO_CLEARED", "wish", wishId, null, Map.of("photoId", p.id), null)
                    .chain(() -> load(f.wish()));
        }));
    }

    /** A photo as donors may see it: a cleared photo (not a letter) of a published wish. */
    @WithSession
    public Uni<WishPhoto> publicPhoto(UUID wishId, UUID photoId) {
        return wishes.findById(wishId).chain(w -> {
            if (w == null || w.publishedAt == null || w.status == WishStatus.WITHDRAWN) {
                return Uni.createFrom().failure(DomainException.notFound("photo"));
            }
            return photos.findById(photoId).map(p -> {
                if (p == null || !p.wishId.equals(wishId) || !p.kind.publishable() || p.clearedBy == null) {
                    throw DomainException.notFound("photo");
                }
                return p;
            });
        });
    }

    @WithTransaction
    public Uni<Campaign> createCampaign(Actor actor, WishViews.CampaignRequest r) {
        if (r.endsOn().isBefore(r.startsOn())) {
            throw DomainException.unprocessable("endsOn", "problem.campaign.window");
        }
        if (r.kind() == CampaignKind.SCHOLARSHIP && r.scholarshipAmountFen() == null) {
            throw DomainException.unprocessable("scholarshipAmountFen", "problem.campaign.scholarship-amount");
        }
        Uni<?> allowed = actor.isAdmin() ? units.findById(r.unitId()).onItem().ifNull()
                .failWith(() -> DomainException.unprocessable("unitId", "problem.unit.missing"))
                : scope.requireInStaffScope(actor, r.unitId());
        return allowed.chain(() -> {
            Campaign c = new Campaign();
            c.id = UUID.randomUUID();
            c.unitId = r.unitId();
            c.kind = r.kind();
            c.name = r.name().trim();
            c.startsOn = r.startsOn();
            c.endsOn = r.endsOn();
            c.scholarshipAmountFen = r.scholarshipAmountFen();
            c.acceptedKinds = r.acceptedKinds() == null || r.acceptedKinds().isEmpty()
                    ? CampaignRules.defaultKinds(r.kind()) : java.util.EnumSet.copyOf(r.acceptedKinds());
            CampaignRules.checkKinds(r.kind(), c.acceptedKinds);
            c.acceptedUnitIds = r.acceptedUnitIds() == null || r.acceptedUnitIds().isEmpty()
                    ? java.util.Set.of(r.unitId()) : new java.util.LinkedHashSet<>(r.acceptedUnitIds());
            c.matchCapPerDonorFen = r.matchCapPerDonorFen();
            c.admissionLevels = r.admissionLevels() == null || r.admissionLevels().isEmpty()
                    ? java.util.EnumSet.noneOf(AdmissionLevel.class) : java.util.EnumSet.copyOf(r.admissionLevels());
            c.createdAt = time.now();
            return gate.checkAcceptedUnits(c).chain(() -> campaigns.persist(c)).replaceWith(c)
                    .call(saved -> audit.record(actor, "CAMPAIGN_CREATED", "campaign", saved.id, null,
                            Map.of("name", saved.name, "kind", saved.kind), null));
        });
    }

    @WithSession
    public Uni<List<Campaign>> campaigns() {
        return campaigns.latestFirst();
    }

    // ---- helpers --------------------------------------------------------------------------

    /** A wish entered the vetting queue: the staff who vet it hear about it. */
    private Uni<Void> tellReviewers(Actor actor, Wish w) {
        return vetting.tellReviewers(actor, w.unitId, NotificationKind.STAFF_WISH_QUEUED, Notifier.wish(w.id), w.title);
    }

    private Uni<WishFile> transition(Actor actor, WishFile f, WishAction action, String auditAction, String detail) {
        return transition(actor, f, action, auditAction, detail, f.wish().snapshot());
    }

    private Uni<WishFile> transition(Actor actor, WishFile f, WishAction action, String auditAction, String detail,
                                     Map<String, Object> before) {
        return vetting.transition(actor, f.wish(), STEPS, action, auditAction, detail, before).replaceWith(f);
    }

    /** Owner (the household's worker) or staff whose subtree holds the wish; 404 for anyone else. */
    private Uni<WishFile> access(Actor actor, UUID id) {
        return wishes.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("wish"))
                .chain(w -> {
                    if (actor.isStaff()) {
                        return scope.covers(actor, w.unitId).chain(inScope -> inScope ? load(w) : ownerLoad(actor, w));
                    }
                    return ownerLoad(actor, w);
                });
    }

    private Uni<WishFile> ownerLoad(Actor actor, Wish w) {
        if (!actor.isWorker()) {
            return Uni.createFrom().failure(DomainException.notFound("wish"));
        }
        return households.ownedHousehold(actor.subject()).chain(h -> h != null && h.id.equals(w.householdId)
                ? load(w) : Uni.createFrom().failure(DomainException.notFound("wish")));
    }

    private Uni<WishFile> ownerAccess(Actor actor, UUID id) {
        return wishes.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("wish"))
                .chain(w -> ownerLoad(actor, w));
    }

    private Uni<WishFile> staffAccess(Actor actor, UUID id) {
        return wishes.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("wish"))
                .chain(w -> scope.covers(actor, w.unitId).chain(inScope -> {
                    if (!inScope) {
                        throw DomainException.notFound("wish");
                    }
                    return load(w);
                }));
    }

    private Uni<WishFile> load(Wish w) {
        return items.of(w.id).chain(is -> questions.of(w.id).chain(qs -> photos.infoOf(List.of(w.id)).map(ps ->
                new WishFile(w, is, qs, ps.stream().map(r -> new WishViews.PhotoInfo((UUID) r[1], (WishPhoto.Kind) r[2],
                        r[3] != null, (UUID) r[4])).toList()))));
    }
}
