package org.weiyuan.reversecheck;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.weiyuan.household.AccountabilityMapper;
import org.weiyuan.household.AccountabilityService;
import org.weiyuan.household.AccountabilityViews.AccountabilityFindingView;
import org.weiyuan.household.AccountabilityViews.ReverseCheckView;
import org.weiyuan.reversecheck.ReverseCheckViews.ReverseCheckRequest;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;

/**
 * HTTP edge of the accountability tag's staff-wide operations: reverse checks from a payment (倒查) and the
 * higher level's list of accountability findings (责任追究), one resource under {@code /api/v1} like
 * {@code FundingResource} and {@code WishResource}. A file's own trace and findings stay in
 * {@code HouseholdAccountabilityResource} (more specific paths). Here, not in household: opening from a
 * payment reads union aid and funding, which household must not depend on.
 */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accountability", description = "倒查与责任追究 Reverse checks and accountability")
public class ReverseCheckResource {

    private final ReverseCheckOpener opener;
    private final AccountabilityService findings;
    private final AccountabilityMapper mapper;
    private final CurrentActor actor;

    ReverseCheckResource(ReverseCheckOpener opener, AccountabilityService findings, AccountabilityMapper mapper, CurrentActor actor) {
        this.opener = opener;
        this.findings = findings;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @Path("/accountability")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listAccountability", summary = "责任追究记录 Findings against staff of the units below the caller's")
    public Uni<List<AccountabilityFindingView>> below() {
        return findings.below(actor.get()).map(mapper::toViews);
    }

    @POST
    @Path("/reverse-checks")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = ReverseCheckView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "openReverseCheck",
            summary = "倒查 From an aid payment (union-aid line or wish disbursement) to the file behind it: opens a re-check on it (audited)")
    public Uni<ReverseCheckView> open(@Valid @NotNull ReverseCheckRequest request) {
        return opener.open(actor.get(), request).map(ReverseCheckView::of);
    }
}
