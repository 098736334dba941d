package org.weiyuan.funding;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.weiyuan.funding.RecoveryService.InstalmentRequest;
import org.weiyuan.funding.RecoveryService.RecoveryView;
import org.weiyuan.funding.RefundService.RefundRequest;
import org.weiyuan.funding.RefundService.RefundView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.UUID;

/** Instalments received on a recovery (追回). */
@Cancellable(false)
@Path("/api/v1/recoveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "recoveries", description = "追回帮扶金 Recovery of aid paid to ineligible households")
public class RecoveryResource {

    private final RecoveryService service;
    private final RefundService refunds;
    private final CurrentActor actor;

    RecoveryResource(RecoveryService service, RefundService refunds, CurrentActor actor) {
        this.service = service;
        this.refunds = refunds;
        this.actor = actor;
    }

    @POST
    @Path("/{id}/instalments")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "recordRecoveryInstalment",
            summary = "记录追回款 Record money received back: a ledger entry to the fund the aid came from")
    public Uni<RecoveryView> instalment(@RestPath UUID id, @Valid @NotNull InstalmentRequest request) {
        return service.instalment(actor.get(), id, request).map(RecoveryView::of);
    }

    @POST
    @Path("/{id}/refunds")
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @APIResponseSchema(value = RefundView.class, responseCode = "201", responseDescription = "Recorded, waiting for a second staff member")
    @Operation(operationId = "recordRecoveryRefund",
            summary = "退款 Record paying a cancelled recovery's money back to the household {amountFen, method, reference, proof}; "
                    + "a second staff member approves it (maker-checker) before any money moves")
    public Uni<RefundView> refund(@RestPath UUID id, @Valid @NotNull RefundRequest request) {
        return refunds.record(actor.get(), id, request).map(RefundView::of);
    }
}
