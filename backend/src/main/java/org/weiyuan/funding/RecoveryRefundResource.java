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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.weiyuan.funding.RefundService.RefundRejection;
import org.weiyuan.funding.RefundService.RefundView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.UUID;

/** The checker's step on a recorded refund payout of a cancelled recovery (退款复核). */
@Cancellable(false)
@Path("/api/v1/recovery-refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "recoveries", description = "追回帮扶金 Recovery of aid paid to ineligible households")
public class RecoveryRefundResource {

    private final RefundService service;
    private final CurrentActor actor;

    RecoveryRefundResource(RefundService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "approveRecoveryRefund",
            summary = "复核退款 Approve a recorded refund payout (never its recorder): the fund's share is booked, the payout "
                    + "posted and the household told; 409 while the fund lacks the money")
    public Uni<RefundView> approve(@RestPath UUID id) {
        return service.approve(actor.get(), id).map(RefundView::of);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "rejectRecoveryRefund", summary = "退回退款 Send a recorded refund payout back with a reason {reason}; nothing moves")
    public Uni<RefundView> reject(@RestPath UUID id, @Valid @NotNull RefundRejection request) {
        return service.reject(actor.get(), id, request).map(RefundView::of);
    }
}
