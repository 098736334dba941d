package org.weiyuan.integrity;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weiyuan.integrity.InvariantRecord.Status;
import org.weiyuan.integrity.InvariantService.InvariantView;
import org.weiyuan.security.Roles;

import java.util.List;

/** 数据自检: the invariant checks' latest results, and running them now. Administrators only. */
@Cancellable(false)
@Path("/api/v1/admin/invariants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin", description = "平台运维 Platform operations")
public class InvariantResource {

    private final InvariantService invariants;

    public InvariantResource(InvariantService invariants) {
        this.invariants = invariants;
    }

    /** Every check's latest result; {@code healthy} is false while any found a violation. */
    public record InvariantReport(boolean healthy, List<InvariantView> checks) {
        static InvariantReport of(List<InvariantView> views) {
            return new InvariantReport(views.stream().noneMatch(v -> v.status() == Status.VIOLATED), views);
        }
    }

    @GET
    @Operation(operationId = "listInvariantResults", summary = "数据自检结果 Latest result of each invariant check")
    public Uni<InvariantReport> latest() {
        return invariants.latest().map(InvariantReport::of);
    }

    @POST
    @Operation(operationId = "runInvariantChecks",
            summary = "立即自检 Run every invariant check now (operators are told once per failure episode)")
    public Uni<InvariantReport> runNow() {
        return invariants.runAll().map(InvariantReport::of);
    }
}
