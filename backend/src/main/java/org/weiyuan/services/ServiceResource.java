package org.weiyuan.services;

import org.jboss.resteasy.reactive.server.Cancellable;
import org.weiyuan.common.idempotency.IdempotencyRules;
import org.weiyuan.common.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;
import org.weiyuan.services.ServiceEntities.ServiceOffer;
import org.weiyuan.services.ServiceEntities.ServiceOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The service menu (点菜单式服务): providers and offers (staff), ordering (workers), unmet demand (staff). */
@Cancellable(false)
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "services", description = "服务菜单 Service menu: legal aid, counselling, training, discounts, volunteers")
public class ServiceResource {

    final ServiceMenu menu;
    final ModelWorkerOffers modelWorkerOffers;
    final CurrentActor actor;

    ServiceResource(ServiceMenu menu, ModelWorkerOffers modelWorkerOffers, CurrentActor actor) {
        this.menu = menu;
        this.modelWorkerOffers = modelWorkerOffers;
        this.actor = actor;
    }

    public record ProviderView(UUID id, UUID unitId, String name, String kind, String district) { }

    public record OfferView(UUID id, UUID providerId, ServiceCategory category, String title, String description, String district,
                            int capacity, int placesLeft, Integer discountPct, ServiceEntities.Eligibility eligibility,
                            LocalDate validUntil, Long discountFen, Long priceFen,
                            org.weiyuan.modelworker.ModelWorkerPolicy.HonourLevel modelWorkerLevel) {
        static OfferView of(ServiceOffer o) {
            return new OfferView(o.id, o.providerId, o.category, o.title, o.description, o.district, o.capacity,
                    o.capacity - o.booked, o.discountPct, o.eligibility, o.validUntil, o.discountFen, o.priceFen, o.modelWorkerLevel);
        }
    }

    /** {@code listPriceFen}, {@code discountFen}, {@code payFen}: the discount applied when a model worker's order was booked. */
    public record OrderView(UUID id, ServiceCategory category, String district, String note, ServiceOrder.Status status,
                            UUID offerId, Instant createdAt, Instant bookedAt, Long listPriceFen, Long discountFen, Long payFen) {
        static OrderView of(ServiceOrder o) {
            return new OrderView(o.id, o.category, o.district, o.note, o.status, o.offerId, o.createdAt, o.bookedAt,
                    o.listPriceFen, o.discountFen, o.payFen);
        }
    }

    /** 劳模优惠: an open offer the calling model worker may use, with what they would pay. */
    public record ModelWorkerOfferView(OfferView offer, String providerName, long discountFenApplied, long payFen) { }

    /** A model worker books one offer for themselves. */
    public record ModelWorkerOrderRequest(@NotNull UUID offerId, @jakarta.validation.constraints.Size(max = 500) String note) { }

    @POST
    @Path("/providers")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = ProviderView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "addServiceProvider")
    public Uni<ProviderView> addProvider(@Valid @NotNull ServiceMenu.ProviderRequest request) {
        return menu.addProvider(actor.get(), request).map(p -> new ProviderView(p.id, p.unitId, p.name, p.kind, p.district));
    }

    @GET
    @Path("/providers")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listServiceProviders", summary = "服务机构 The providers kept by the caller's union and the unions below it")
    public Uni<List<ProviderView>> providers() {
        return menu.providers(actor.get()).map(ps -> ps.stream().map(p -> new ProviderView(p.id, p.unitId, p.name, p.kind, p.district)).toList());
    }

    @POST
    @Path("/offers")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = OfferView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "publishServiceOffer", summary = "发布服务 Publish an offer; waiting orders of its category are booked on it, oldest first")
    public Uni<OfferView> publish(@Valid @NotNull ServiceMenu.OfferRequest request) {
        return menu.publish(actor.get(), request).map(OfferView::of);
    }

    @GET
    @Path("/menu")
    @Operation(operationId = "getServiceMenu", summary = "服务菜单 Open offers with places left")
    public Uni<List<OfferView>> menu(@RestQuery("category") ServiceCategory category, @RestQuery("district") String district,
                                     @RestQuery("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return menu.menu(category, district, limit).map(os -> os.stream().map(OfferView::of).toList());
    }

    @POST
    @Path("/orders")
    @RolesAllowed(Roles.WORKER)
    @ResponseStatus(201)
    @APIResponseSchema(value = OrderView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "orderService", summary = "点单 Order from the menu: booked on the nearest offer with room, or waiting")
    public Uni<OrderView> order(@Valid @NotNull ServiceMenu.OrderRequest request) {
        return menu.order(actor.get(), request).map(OrderView::of);
    }

    @GET
    @Path("/orders")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "listMyServiceOrders")
    public Uni<List<OrderView>> mine() {
        return menu.mine(actor.get()).map(os -> os.stream().map(OrderView::of).toList());
    }

    @POST
    @Path("/orders/{id}/cancel")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "cancelServiceOrder")
    @Idempotent
    @Parameter(ref = IdempotencyRules.PARAMETER)
    public Uni<OrderView> cancel(@RestPath("id") UUID id) {
        return menu.cancel(actor.get(), id).map(OrderView::of);
    }

    @GET
    @Path("/model-worker-offers")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "listMyModelWorkerOffers",
            summary = "劳模优惠 Open offers for model workers that the caller's honour level qualifies for, with the discount applied")
    public Uni<List<ModelWorkerOfferView>> modelWorkerOffers() {
        return modelWorkerOffers.offers(actor.get());
    }

    @POST
    @Path("/model-worker-orders")
    @RolesAllowed(Roles.WORKER)
    @ResponseStatus(201)
    @APIResponseSchema(value = OrderView.class, responseCode = "201", responseDescription = "Booked")
    @Operation(operationId = "orderModelWorkerOffer",
            summary = "劳模优惠下单 A model worker books an offer for model workers; the discount is applied and recorded on the order")
    public Uni<OrderView> orderModelWorkerOffer(@Valid @NotNull ModelWorkerOrderRequest request) {
        return modelWorkerOffers.order(actor.get(), request.offerId(), request.note()).map(OrderView::of);
    }

    @GET
    @Path("/unmet-demand")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "getUnmetServiceDemand", summary = "未满足需求 Waiting orders in the caller's subtree, by category and district")
    public Uni<List<UnmetDemand>> unmet() {
        return menu.unmetDemand(actor.get());
    }
}
