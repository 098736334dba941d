package org.weiyuan.me;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.org.OrgMapper;
import org.weiyuan.org.OrgService;
import org.weiyuan.org.OrgViews;
import org.weiyuan.security.Actor;
import org.weiyuan.security.CurrentActor;

import java.util.TreeSet;
import java.util.UUID;

/**
 * 我的 — who the caller is across features (their unit from {@code org}, their household from
 * {@code household}). It lives in its own package so that neither of those features depends on the other.
 */
@Cancellable(false)
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "me", description = "当前用户 The signed-in user")
public class MeResource {

    /** What the signed-in user is to the platform: roles, and their unit or household. */
    public record MeView(UUID subject, String username, java.util.Set<String> roles, OrgViews.UnitView unit,
                         UUID householdId) { }

    private final CurrentActor currentActor;
    private final OrgService org;
    private final HouseholdService households;
    private final OrgMapper mapper;

    MeResource(CurrentActor currentActor, OrgService org, HouseholdService households, OrgMapper mapper) {
        this.currentActor = currentActor;
        this.org = org;
        this.households = households;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "getMe", summary = "我是谁 Roles, the staff member's unit, the worker's household")
    public Uni<MeView> me() {
        Actor actor = currentActor.get();
        Uni<OrgViews.UnitView> unit = actor.isStaff()
                ? org.staffUnitView(actor.subject()).map(u -> u == null ? null : mapper.toView(u))
                : Uni.createFrom().nullItem();
        return unit.chain(u -> (actor.isWorker() ? households.ownedHouseholdId(actor.subject()) : Uni.createFrom().<UUID>nullItem())
                .map(householdId -> new MeView(actor.subject(), actor.username(), new TreeSet<>(actor.roles()), u, householdId)));
    }
}
