package org.weiyuan.web.site;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Money;
import org.weiyuan.common.Page;
import org.weiyuan.funding.DisbursementService;
import org.weiyuan.funding.FundingViews;
import org.weiyuan.funding.MatchingPool;
import org.weiyuan.funding.TransparencyService;
import org.weiyuan.wish.Campaign;
import org.weiyuan.wish.FeedService;
import io.quarkus.qute.TemplateData;
import org.weiyuan.wish.WishService;
import org.weiyuan.wish.WishViews.FeedItem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The public pages' data (爱心墙, 微愿详情, 活动): the feed, the funding report and the campaign
 * totals, exactly as the public API answers them (anonymised by the feed's presenter: no name, ID
 * number, phone or address below the district), turned into what a template prints.
 */
@ApplicationScoped
@TemplateData(target = FeedService.DistrictCount.class)
@TemplateData(target = TransparencyService.Totals.class)
public class SitePages {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final FeedService feed;
    private final DisbursementService disbursements;
    private final TransparencyService transparency;
    private final SiteRepository repository;
    private final org.weiyuan.common.BusinessTime time;
    private final WishService wishes;
    private final PhotoVariants variants;

    public SitePages(FeedService feed, DisbursementService disbursements, TransparencyService transparency,
                     SiteRepository repository, org.weiyuan.common.BusinessTime time, WishService wishes, PhotoVariants variants) {
        this.time = time;
        this.wishes = wishes;
        this.variants = variants;
        this.feed = feed;
        this.disbursements = disbursements;
        this.transparency = transparency;
        this.repository = repository;
    }

    /** A wish as a card on the wall. */
    @TemplateData
    public record Card(String shortId, String title, String kind, String district, String raised, String target,
                       int percent, long daysLeft, String photoUrl, String story) { }

    @TemplateData
    public record Wall(List<Card> cards, String next, List<FeedService.DistrictCount> districts) { }

    @TemplateData
    public record Line(String name, int quantity, String price) { }

    @TemplateData
    public record Offer(String name, int ratioPct, String capPerWish, String remaining) { }

    @TemplateData
    public record Disbursed(String amount, String method, LocalDate on) { }

    @TemplateData
    public record Trail(String donated, String matched, String held, String disbursed, String returned,
                        List<Disbursed> lines, List<String> proofUrls, LocalDate receivedOn, String thankYou,
                        boolean anyMoney) { }

    @TemplateData
    public record WishPage(UUID id, Card card, List<Line> items, List<String> photoUrls, LocalDate publishedOn,
                           long donors, List<Offer> offers, Trail trail, String campaignShortId, String campaignName,
                           long remainingFen, UnitLink unit, LocalDate verifiedOn) {
        /** The giving form shows while the wish still needs money and has not passed its deadline (the API decides in the end). */
        public boolean takesGifts() {
            return remainingFen > 0 && card.daysLeft() >= 0;
        }

        /** One-tap amounts (fen, and as the page shows them). */
        public List<Preset> presets() {
            return GiftPresets.of(remainingFen).stream().map(f -> new Preset(f, Money.yuan(f), f == remainingFen)).toList();
        }
    }

    /** A one-tap amount on the giving form; {@code rest} when it is what the wish still needs. */
    @TemplateData
    public record Preset(long fen, String label, boolean rest) {
    }

    @TemplateData
    public record CampaignPage(String shortId, String name, String kind, LocalDate startsOn, LocalDate endsOn,
                               TransparencyService.Totals totals, String target, String donated, String matched,
                               String disbursed, String held, List<Offer> offers, List<Card> cards, UnitLink unit) { }

    /** A link to a union unit's public page (/u/{shortId}). */
    @TemplateData
    public record UnitLink(String shortId, String name) {
        static UnitLink of(SiteRepository.PublicUnit u) {
            return u == null ? null : new UnitLink(ShortId.of(u.id()), u.name());
        }
    }

    /** A child unit's line on a unit page. */
    @TemplateData
    public record UnitChild(UnitLink unit, long wishes, long fundedWishes, String raised, String disbursed, long families) { }

    /** A campaign listed on a unit page. */
    @TemplateData
    public record CampaignLink(String shortId, String name, String kind, LocalDate startsOn, LocalDate endsOn) { }

    /**
     * 工会公开数据 A union unit's public totals over its subtree: the same sums as a campaign page,
     * plus families helped and campaigns run; counts and sums only, nothing about any household.
     */
    @TemplateData
    public record UnitPage(String shortId, String name, String level, UnitLink parent, TransparencyService.Totals totals,
                           String target, String donated, String matched, String raised, String disbursed, String returned,
                           String held, long families, long campaignCount, List<UnitChild> children,
                           List<CampaignLink> campaigns) { }

    @WithSession
    public Uni<Wall> wall(FeedService.Filter filter, FeedService.Sort sort, String cursor, int limit) {
        return feed.feed(filter, sort, cursor, limit).chain(page -> feed.districts()
                .map(ds -> new Wall(page.items().stream().map(this::card).toList(), page.nextCursor(), ds)));
    }

    /** The wish behind a short id, with its money trail; 404 when no published wish has it. */
    @WithSession
    public Uni<WishPage> wish(String shortId) {
        long bits = ShortId.parse(shortId).orElseThrow(() -> DomainException.notFound("wish"));
        return repository.publishedWish(bits).chain(id -> {
            if (id == null) {
                return Uni.createFrom().failure(DomainException.notFound("wish"));
            }
            // the donor count and the visit's date are the card's (FeedItem), as the app shows them
            return feed.one(id).chain(item -> disbursements.report(id).chain(report -> campaignOf(item.campaignId())
                    .chain(c -> repository.publicUnitOfWish(id)
                            .map(u -> page(item, report, item.donorCount(), c, UnitLink.of(u), item.verifiedOn())))));
        });
    }

    @WithSession
    public Uni<CampaignPage> campaign(String shortId) {
        long bits = ShortId.parse(shortId).orElseThrow(() -> DomainException.notFound("campaign"));
        return repository.campaign(bits).chain(c -> {
            if (c == null) {
                return Uni.createFrom().failure(DomainException.notFound("campaign"));
            }
            return transparency.campaign(c.id).chain(totals -> repository.activePools(c.id).chain(pools -> repository.publicUnitOfCampaign(c.id)
                    .chain(unit -> feed.feed(new FeedService.Filter(null, null, null, null, c.id, false), FeedService.Sort.URGENCY, null, 20)
                            .map(page -> new CampaignPage(ShortId.of(c.id), c.name, c.kind.name(), c.startsOn, c.endsOn, totals,
                                    Money.yuan(totals.targetFen()), Money.yuan(totals.donatedFen()), Money.yuan(totals.matchedFen()),
                                    Money.yuan(totals.disbursedFen()), Money.yuan(totals.heldFen()),
                                    pools.stream().map(SitePages::offer).toList(),
                                    page.items().stream().map(this::card).toList(), UnitLink.of(unit))))));
        });
    }

    /** A unit's public page; 404 when no unit with a public page (district level and above) has this short id. */
    @WithSession
    public Uni<UnitPage> unit(String shortId) {
        long bits = ShortId.parse(shortId).orElseThrow(() -> DomainException.notFound("unit"));
        return repository.publicUnit(bits).chain(u -> {
            if (u == null) {
                return Uni.createFrom().failure(DomainException.notFound("unit"));
            }
            return repository.unitFigures(u.path()).chain(f -> repository.childFigures(u.id()).chain(children ->
                    repository.unitCampaigns(u.path(), 20).map(campaigns -> unitPage(u, f, children, campaigns))));
        });
    }

    private static UnitPage unitPage(SiteRepository.PublicUnit u, SiteRepository.UnitFigures f,
                                     List<SiteRepository.ChildFigures> children, List<Campaign> campaigns) {
        TransparencyService.Totals t = f.totals();
        return new UnitPage(ShortId.of(u.id()), u.name(), u.level(),
                u.parentId() == null ? null : new UnitLink(ShortId.of(u.parentId()), u.parentName()), t,
                Money.yuan(t.targetFen()), Money.yuan(t.donatedFen()), Money.yuan(t.matchedFen()),
                Money.yuan(t.donatedFen() + t.matchedFen()), Money.yuan(t.disbursedFen()), Money.yuan(t.returnedFen()),
                Money.yuan(t.heldFen()), f.families(), f.campaigns(),
                children.stream().map(c -> new UnitChild(new UnitLink(ShortId.of(c.id()), c.name()), c.totals().wishes(),
                        c.totals().fundedWishes(), Money.yuan(c.totals().donatedFen() + c.totals().matchedFen()),
                        Money.yuan(c.totals().disbursedFen()), c.families())).toList(),
                campaigns.stream().map(c -> new CampaignLink(ShortId.of(c.id), c.name, c.kind.name(), c.startsOn, c.endsOn)).toList());
    }

    private Uni<CampaignWithPools> campaignOf(UUID campaignId) {
        if (campaignId == null) {
            return Uni.createFrom().item(new CampaignWithPools(null, List.of()));
        }
        return repository.campaignById(campaignId).chain(c -> repository.activePools(campaignId)
                .map(pools -> new CampaignWithPools(c, pools)));
    }

    private record CampaignWithPools(Campaign campaign, List<MatchingPool> pools) { }

    private WishPage page(FeedItem item, FundingViews.WishReport r, long donors, CampaignWithPools c, UnitLink unit,
                          LocalDate verifiedOn) {
        List<Line> lines = item.items().stream().map(i -> new Line(i.name(), i.quantity(), Money.yuan(i.unitPriceFen()))).toList();
        List<String> photos = item.photoIds().stream().map(p -> photoUrl(item.id(), p)).toList();
        Trail trail = new Trail(Money.yuan(r.donatedFen()), Money.yuan(r.matchedFen()), Money.yuan(r.heldFen()),
                Money.yuan(r.disbursedFen()), Money.yuan(r.returnedFen()),
                r.disbursements().stream().map(d -> new Disbursed(Money.yuan(d.amountFen()), d.method().name(),
                        d.approvedAt() == null ? null : LocalDate.ofInstant(d.approvedAt(), ZONE))).toList(),
                r.proofPhotoIds().stream().map(p -> photoUrl(item.id(), p)).toList(),
                r.receivedAt() == null ? null : LocalDate.ofInstant(r.receivedAt(), ZONE), r.thankYou(),
                r.donatedFen() + r.matchedFen() > 0);
        boolean open = c.campaign() != null;
        return new WishPage(item.id(), card(item), lines, photos,
                item.publishedAt() == null ? null : LocalDate.ofInstant(item.publishedAt(), ZONE), donors,
                c.pools().stream().map(SitePages::offer).toList(), trail,
                open ? ShortId.of(c.campaign().id) : null, open ? c.campaign().name : null, Math.max(0, item.remainingFen()), unit, verifiedOn);
    }

    private static Offer offer(MatchingPool p) {
        return new Offer(p.name, p.ratioPct, Money.yuan(p.capPerWishFen), Money.yuan(Math.max(0, p.budgetFen - p.spentFen)));
    }

    Card card(FeedItem i) {
        long days = Math.max(-1, ChronoUnit.DAYS.between(time.today(), i.deadline()));
        String photo = i.photoIds().isEmpty() ? null : photoUrl(i.id(), i.photoIds().get(0));
        return new Card(ShortId.of(i.id()), i.title(), i.kind().name(), i.district(), Money.yuan(i.pledgedFen()), Money.yuan(i.targetFen()),
                Math.min(100, Math.max(0, i.progressPercent())), days, photo, i.story());
    }

    /**
     * Where a cleared photo's phone sizes live: the templates add "/360.jpg" or "/720.jpg"
     * (PhotoSizes.WIDTHS) and offer both in a srcset.
     */
    static String photoUrl(UUID wish, UUID photo) {
        return "/p/" + wish + "/" + photo;
    }

    /**
     * A cleared photo at a phone width, as JPEG; 404 (DomainException) when the photo may not be
     * shown (not cleared, a letter, the wish withdrawn or unpublished) or the width is not one the
     * pages offer. Asked on every request, so a withdrawn photo stops answering at once; the
     * resizing is done once per width and kept (PhotoVariants).
     */
    public Uni<byte[]> photo(UUID wishId, UUID photoId, int width) {
        if (!PhotoSizes.WIDTHS.contains(width)) {
            return Uni.createFrom().failure(DomainException.notFound("photo"));
        }
        return wishes.publicPhoto(wishId, photoId).chain(p -> {
            byte[] made = variants.get(photoId, width);
            if (made != null) {
                return Uni.createFrom().item(made);
            }
            byte[] original = p.bytes;
            return Uni.createFrom().item(() -> PhotoSizes.resize(original, width))
                    .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool())
                    .invoke(v -> variants.put(photoId, width, v));
        });
    }
}
