package org.weiyuan.wish;

import org.jboss.resteasy.reactive.server.Cancellable;
import org.weiyuan.common.idempotency.IdempotencyRules;
import org.weiyuan.common.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.common.Page;
import org.weiyuan.household.HouseholdViews.AnswerRequest;
import org.weiyuan.household.HouseholdViews.QuestionRequest;
import org.weiyuan.household.HouseholdViews.ReasonRequest;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;
import org.weiyuan.wish.WishViews.CampaignRequest;
import org.weiyuan.wish.WishViews.CampaignView;
import org.weiyuan.wish.WishViews.FeedItem;
import org.weiyuan.wish.WishViews.PublishRequest;
import org.weiyuan.wish.WishViews.WishRequest;
import org.weiyuan.wish.WishViews.WishView;

import java.util.List;
import java.util.UUID;

/** HTTP edge of wishes (微愿), their vetting, campaigns and the donor feed. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "wishes", description = "微愿 Wishes, vetting and the donor feed")
public class WishResource {

    final WishService service;
    final FeedCache feed;
    final ForYouService forYou;
    final CurrentActor actor;

    WishResource(WishService service, FeedCache feed, ForYouService forYou, CurrentActor actor) {
        this.service = service;
        this.feed = feed;
        this.forYou = forYou;
        this.actor = actor;
    }

    @POST
    @Path("/wishes")
    @RolesAllowed(Roles.WORKER)
    @ResponseStatus(201)
    @APIResponseSchema(value = WishView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "createWish", summary = "发布微愿 Post a wish (household file must be approved)")
    public Uni<WishView> create(@Valid @NotNull WishRequest request) {
        return service.create(actor.get(), request).map(WishPresenter::view);
    }

    @GET
    @Path("/wishes/mine")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "listMyWishes")
    public Uni<List<WishView>> mine() {
        return service.mine(actor.get()).map(ws -> ws.stream().map(WishPresenter::summary).toList());
    }

    @GET
    @Path("/wishes")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listWishReviewQueue", summary = "审核队列 Vetting queue in the caller's subtree")
    public Uni<List<WishView>> queue(@RestQuery("status") @DefaultValue("SUBMITTED") WishStatus status,
                                     @RestQuery("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.queue(actor.get(), status, limit).map(ws -> ws.stream().map(WishPresenter::summary).toList());
    }

    @GET
    @Path("/wishes/{id}")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "getWish")
    public Uni<WishView> get(@RestPath("id") UUID id) {
        return service.read(actor.get(), id).map(WishPresenter::view);
    }

    @POST
    @Path("/wishes/{id}/submit")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "submitWish")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<WishView> submit(@RestPath("id") UUID id) {
        return service.submit(actor.get(), id).map(WishPresenter::view);
    }

    @POST
    @Path("/wishes/{id}/questions")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = WishView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "askWishQuestion")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<WishView> ask(@RestPath("id") UUID id, @Valid @NotNull QuestionRequest request) {
        return service.ask(actor.get(), id, request.question()).map(WishPresenter::view);
    }

    @POST
    @Path("/wishes/{id}/questions/{questionId}/answer")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "answerWishQuestion")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<WishView> answer(@RestPath("id") UUID id, @RestPath("questionId") UUID questionId,
                                @Valid @NotNull AnswerRequest request) {
        return service.answer(actor.get(), id, questionId, request.answer()).map(WishPresenter::view);
    }

    @POST
    @Path("/wishes/{id}/publish")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "publishWish", summary = "审核发布 Publish after vetting, optionally correcting prices or wording")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<WishView> publish(@RestPath("id") UUID id, @Valid PublishRequest request) {
        return service.publish(actor.get(), id, request).map(WishPresenter::view);
    }

    @POST
    @Path("/wishes/{id}/reject")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "rejectWish")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<WishView> reject(@RestPath("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return service.reject(actor.get(), id, request.reason()).map(WishPresenter::view);
    }

    @POST
    @Path("/wishes/{id}/withdraw")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "withdrawWish")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<WishView> withdraw(@RestPath("id") UUID id) {
        return service.withdraw(actor.get(), id).map(WishPresenter::view);
    }

    @POST
    @Path("/wishes/{id}/photos")
    @RolesAllowed(Roles.WORKER)
    @Consumes({"image/jpeg", "image/png"})
    @ResponseStatus(201)
    @APIResponseSchema(value = WishView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "addWishPhoto", summary = "上传照片 Add a photo or the admission letter (JPEG/PNG; camera metadata is removed)")
    public Uni<WishView> addPhoto(@RestPath("id") UUID id, @RestQuery("kind") @DefaultValue("PHOTO") WishPhoto.Kind kind,
                                  byte[] image) {
        return service.addPhoto(actor.get(), id, kind, image).map(WishPresenter::view);
    }

    @POST
    @Path("/wishes/{id}/proofs")
    @RolesAllowed(Roles.STAFF)
    @Consumes({"image/jpeg", "image/png"})
    @ResponseStatus(201)
    @APIResponseSchema(value = WishView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "addWishProof", summary = "上传拨付凭证 Attach proof of a disbursement (receipt, signed delivery note); clear it to publish")
    public Uni<WishView> addProof(@RestPath("id") UUID id, byte[] image) {
        return service.addProof(actor.get(), id, image).map(WishPresenter::view);
    }

    @GET
    @Path("/wishes/{id}/photos/{photoId}")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Produces({"image/jpeg", "image/png", "application/problem+json"})
    @Operation(operationId = "getWishPhoto")
    public Uni<jakarta.ws.rs.core.Response> photo(@RestPath("id") UUID id, @RestPath("photoId") UUID photoId) {
        return service.photo(actor.get(), id, photoId).map(WishResource::image);
    }

    @POST
    @Path("/wishes/{id}/photos/{photoId}/clear")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "clearWishPhoto", summary = "照片审核 Clear a photo for donors (no face or identifying detail, or consent on file)")
    public Uni<WishView> clearPhoto(@RestPath("id") UUID id, @RestPath("photoId") UUID photoId) {
        return service.clearPhoto(actor.get(), id, photoId).map(WishPresenter::view);
    }

    @GET
    @Path("/feed/wishes/{id}/photos/{photoId}")
    @PermitAll
    @Produces({"image/jpeg", "image/png", "application/problem+json"})
    @Operation(operationId = "getFeedWishPhoto")
    public Uni<jakarta.ws.rs.core.Response> feedPhoto(@RestPath("id") UUID id, @RestPath("photoId") UUID photoId) {
        return service.publicPhoto(id, photoId).map(WishResource::image);
    }

    private static jakarta.ws.rs.core.Response image(WishPhoto p) {
        return jakarta.ws.rs.core.Response.ok(p.bytes, p.contentType).header("Cache-Control", "private, max-age=3600").build();
    }

    @GET
    @Path("/feed/wishes")
    @PermitAll
    @Operation(operationId = "listFeedWishes", summary = "爱心墙 Donor feed: published wishes, anonymised",
            description = "Served from a per-filter cache of a few seconds (weiyuan.feed.cache-ttl), dropped on every change"
                    + " that alters a card; ETag and Cache-Control for clients and CDNs (If-None-Match answers 304).")
    public Uni<RestResponse<Page<FeedItem>>> feed(@RestQuery("kind") WishKind kind, @RestQuery("district") String district,
                                    @RestQuery("minFen") @PositiveOrZero Long minFen, @RestQuery("maxFen") @PositiveOrZero Long maxFen,
                                    @RestQuery("campaignId") UUID campaignId, @RestQuery("nearGoal") boolean nearGoal,
                                    @RestQuery("sort") @DefaultValue("URGENCY") FeedService.Sort sort,
                                    @RestQuery("cursor") String cursor,
                                    @RestQuery("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                    @RestHeader("If-None-Match") String ifNoneMatch) {
        return feed.feed(new FeedService.Filter(kind, district, minFen, maxFen, campaignId, nearGoal), sort, cursor, limit)
                .map(t -> tagged(t, ifNoneMatch));
    }

    @GET
    @Path("/feed/districts")
    @PermitAll
    @Operation(operationId = "listFeedDistricts", summary = "有微愿的区县 Districts with wishes waiting, and how many (the feed's district filter)")
    public Uni<RestResponse<List<FeedService.DistrictCount>>> districts(@RestHeader("If-None-Match") String ifNoneMatch) {
        return feed.districts().map(t -> tagged(t, ifNoneMatch));
    }

    private <T> RestResponse<T> tagged(FeedCache.Tagged<T> t, String ifNoneMatch) {
        String cacheControl = "public, max-age=" + feed.maxAgeSeconds();
        if (t.etag().equals(ifNoneMatch)) {
            return RestResponse.ResponseBuilder.<T>notModified().header("ETag", t.etag()).header("Cache-Control", cacheControl).build();
        }
        return RestResponse.ResponseBuilder.ok(t.value()).header("ETag", t.etag()).header("Cache-Control", cacheControl).build();
    }

    @GET
    @Path("/feed/for-you")
    @RolesAllowed(Roles.DONOR)
    @Operation(operationId = "listWishesForYou", summary = "为你推荐 Wishes for me: my preferences and giving history, blended with need and fairness")
    public Uni<java.util.List<FeedItem>> forYou(@RestQuery("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return forYou.forYou(actor.get(), limit);
    }

    @GET
    @Path("/feed/preferences")
    @RolesAllowed(Roles.DONOR)
    @Operation(operationId = "getDonorPreferences")
    public Uni<ForYouService.PreferencesView> preferences() {
        return forYou.preferences(actor.get());
    }

    @PUT
    @Path("/feed/preferences")
    @RolesAllowed(Roles.DONOR)
    @Operation(operationId = "saveDonorPreferences", summary = "捐赠偏好 Kinds, districts, an amount range (fen) and campaigns I care about; empty means any")
    public Uni<ForYouService.PreferencesView> savePreferences(@Valid @NotNull ForYouService.PreferencesRequest request) {
        return forYou.save(actor.get(), request);
    }

    @GET
    @Path("/feed/wishes/{id}")
    @PermitAll
    @Operation(operationId = "getFeedWish")
    public Uni<FeedItem> feedItem(@RestPath("id") UUID id) {
        return feed.one(id);
    }

    @GET
    @Path("/campaigns")
    @PermitAll
    @Operation(operationId = "listCampaigns")
    public Uni<List<CampaignView>> campaigns() {
        return service.campaigns().map(cs -> cs.stream().map(WishPresenter::campaign).toList());
    }

    @POST
    @Path("/campaigns")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @ResponseStatus(201)
    @APIResponseSchema(value = CampaignView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "createCampaign")
    public Uni<CampaignView> createCampaign(@Valid @NotNull CampaignRequest request) {
        return service.createCampaign(actor.get(), request).map(WishPresenter::campaign);
    }

}
