package org.weiyuan.org;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.org.OrgViews.MeView;
import org.weiyuan.security.Actor;
import org.weiyuan.security.CurrentActor;

import java.util.TreeSet;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "me", description = "当前用户 The signed-in user")
public class MeResource {

    @Inject
    CurrentActor currentActor;
    @Inject
    OrgService org;
    @Inject
    HouseholdService households;
    @Inject
    OrgMapper mapper;

    @GET
    @Operation(operationId = "getMe", summary = "我是谁 Roles, the staff member's unit, the worker's household")
    public Uni<MeView> me() {
        Actor actor = currentActor.get();
        Uni<OrgViews.UnitView> unit = actor.isStaff()
                ? org.staffUnitView(actor.subject()).map(u -> u == null ? null : mapper.toView(u))
                : Uni.createFrom().nullItem();
        return unit.chain(u -> (actor.isWorker() ? households.ownedHouseholdId(actor.subject()) : Uni.createFrom().<java.util.UUID>nullItem())
                .map(householdId -> new MeView(actor.subject(), actor.username(), new TreeSet<>(actor.roles()), u, householdId)));
    }
}
