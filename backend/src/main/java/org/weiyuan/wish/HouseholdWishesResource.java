package org.weiyuan.wish;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.UUID;

/**
 * A household's wishes and the money it received (家庭受助记录), under the household's path: its own
 * class so its path is more specific than the household resource's, and wishes stay in their feature.
 */
@Cancellable(false)
@Path("/api/v1/households/{id}/wishes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "wishes", description = "微愿 Wishes, vetting and the donor feed")
public class HouseholdWishesResource {

    private final WishService service;
    private final CurrentActor actor;

    HouseholdWishesResource(WishService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listHouseholdWishes", summary = "家庭受助记录 Every wish of a household and every yuan it received (staff in scope)")
    public Uni<WishViews.HouseholdWishes> of(@RestPath UUID id) {
        return service.ofHousehold(actor.get(), id);
    }
}
