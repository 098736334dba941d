package org.weiyuan.household;

import org.jboss.resteasy.reactive.server.Cancellable;
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
import org.weiyuan.common.Page;
import org.weiyuan.household.SpotCheckViews.SpotCheckRequest;
import org.weiyuan.household.SpotCheckViews.SpotCheckSummary;
import org.weiyuan.household.SpotCheckViews.SpotCheckView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.UUID;

/** HTTP edge of spot checks (抽查). Rules live in {@link SampleSize} and {@link SpotCheckDraw}. */
@Cancellable(false)
@Path("/api/v1/spot-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rechecks", description = "复核 Re-checks of approved household files")
public class SpotCheckResource {

    private final SpotCheckService service;
    private final CurrentActor actor;

    SpotCheckResource(SpotCheckService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = SpotCheckView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "drawSpotCheck",
            summary = "抽查 Draw a random sample of approved files in a unit's subtree (seed recorded), each for an investigator who did not visit it")
    public Uni<SpotCheckView> draw(@Valid @NotNull SpotCheckRequest request) {
        return service.draw(actor.get(), request).map(d -> SpotCheckView.of(d.check(), d.items()));
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listSpotChecks",
            summary = "抽查记录 Past spot-check draws of the caller's subtree (or of unitId's), newest first, keyset paged: "
                    + "sizing, seed, population and sample, files visited and outstanding, who drew it")
    public Uni<Page<SpotCheckSummary>> list(@RestQuery("unitId") UUID unitId, @RestQuery("cursor") String cursor,
                                           @RestQuery("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return service.list(actor.get(), unitId, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "getSpotCheck")
    public Uni<SpotCheckView> get(@RestPath UUID id) {
        return service.read(actor.get(), id).map(d -> SpotCheckView.of(d.check(), d.items()));
    }

    @POST
    @Path("/{id}/items/{itemId}/recheck")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "recordSpotCheckRecheck", summary = "The assigned investigator records the sampled file's re-check")
    public Uni<SpotCheckView> recheck(@RestPath UUID id, @RestPath UUID itemId, @Valid @NotNull RecheckViews.RecheckRequest request) {
        return service.recheck(actor.get(), id, itemId, request).map(d -> SpotCheckView.of(d.check(), d.items()));
    }
}
