package org.weiyuan.household;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weiyuan.household.AccountabilityViews.AccountabilityFindingView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;

/** The higher level's list of accountability findings (责任追究). */
@Path("/api/v1/accountability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accountability", description = "倒查与责任追究 Reverse checks and accountability")
public class AccountabilityResource {

    private final AccountabilityService service;
    private final AccountabilityMapper mapper;
    private final CurrentActor actor;

    AccountabilityResource(AccountabilityService service, AccountabilityMapper mapper, CurrentActor actor) {
        this.service = service;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listAccountability", summary = "责任追究记录 Findings against staff of the units below the caller's")
    public Uni<List<AccountabilityFindingView>> below() {
        return service.below(actor.get()).map(all -> all.stream().map(mapper::toView).toList());
    }
}
