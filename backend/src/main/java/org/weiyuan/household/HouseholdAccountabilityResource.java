package org.weiyuan.household;

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
import org.jboss.resteasy.reactive.RestPath;
import org.weiyuan.household.AccountabilityViews.AccountabilityFindingView;
import org.weiyuan.household.AccountabilityViews.AccountabilityRequest;
import org.weiyuan.household.AccountabilityViews.TraceView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.UUID;

/** A file's reverse check (倒查) and accountability findings (责任追究): its own class so its paths are more specific. Rules: {@link AccountabilityRules}. */
@Cancellable(false)
@Path("/api/v1/households/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accountability", description = "倒查与责任追究 Reverse checks and accountability")
public class HouseholdAccountabilityResource {

    private final AccountabilityService service;
    private final AccountabilityMapper mapper;
    private final CurrentActor actor;

    HouseholdAccountabilityResource(AccountabilityService service, AccountabilityMapper mapper, CurrentActor actor) {
        this.service = service;
        this.mapper = mapper;
        this.actor = actor;
    }

    @GET
    @Path("/trace")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "traceHousehold",
            summary = "倒查 Who registered, investigated, approved and re-checked the file, and when (audited)")
    public Uni<TraceView> trace(@RestPath UUID id) {
        return service.trace(actor.get(), id).map(t -> {
            Household h = t.household();
            boolean exited = h.status == HouseholdStatus.EXITED;
            return new TraceView(h.id, h.status, h.exitReason, exited ? h.decidedBy : null, exited ? h.decidedAt : null, t.steps(),
                    t.findings().stream().map(mapper::toView).toList(),
                    t.reverseChecks().stream().map(AccountabilityViews.ReverseCheckView::of).toList());
        });
    }

    @POST
    @Path("/accountability")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = AccountabilityFindingView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "recordAccountability",
            summary = "责任追究 Hold a staff member the trace names accountable for a file found ineligible (staff of a unit above theirs)")
    public Uni<AccountabilityFindingView> record(@RestPath UUID id, @Valid @NotNull AccountabilityRequest request) {
        return service.record(actor.get(), id, request).map(mapper::toView);
    }
}
