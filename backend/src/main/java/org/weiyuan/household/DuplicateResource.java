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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.household.DuplicateViews.DuplicateCandidateView;
import org.weiyuan.household.DuplicateViews.DecisionRequest;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/** HTTP edge of the duplicate adjudication queue. Rules live in {@link DuplicateService}. */
@Cancellable(false)
@Path("/api/v1/duplicates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "households", description = "困难职工家庭档案 Household files")
public class DuplicateResource {

    private final DuplicateService service;
    private final CurrentActor actor;

    public DuplicateResource(DuplicateService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "listDuplicateCandidates",
            summary = "疑似重复建档 Duplicate candidates with either file in the caller's subtree, oldest first")
    public Uni<List<DuplicateCandidateView>> list(@RestQuery("status") DuplicateCandidate.Status status,
                                         @RestQuery("householdId") UUID householdId,
                                         @RestQuery("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return service.list(actor.get(), status, householdId, limit);
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "decideDuplicateCandidate",
            summary = "重复认定 Mark a candidate duplicate (blocks approval) or not (staff whose subtree holds both files)")
    public Uni<DuplicateCandidateView> decide(@RestPath("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return service.decide(actor.get(), id, request);
    }
}
