package org.weiyuan.audit;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.common.Page;
import org.weiyuan.security.Roles;

import java.util.UUID;

@Cancellable(false)
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "audit", description = "审计日志 Hash-chained audit log")
public class AuditResource {

    final AuditService audit;
    final AuditCheckpoints checkpoints;

    AuditResource(AuditService audit, AuditCheckpoints checkpoints) {
        this.audit = audit;
        this.checkpoints = checkpoints;
    }

    @GET
    @Path("/verify")
    @Operation(operationId = "verifyAuditChain", summary = "校验审计链 Verify the whole audit hash chain")
    public Uni<AuditVerification> verify() {
        return audit.verify();
    }

    @GET
    @Path("/checkpoint")
    @Operation(operationId = "exportAuditCheckpoint",
            summary = "审计检查点 Signed checkpoint of the chain's head, to keep outside the database",
            description = "Seals what is committed, then signs the head (position and hash) with the platform's Ed25519 key."
                    + " 503 when no signing key is configured.")
    public Uni<AuditCheckpoint> checkpoint() {
        return checkpoints.current();
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "审计记录 Audit entries, newest first")
    public Uni<Page<AuditEntryView>> list(@RestQuery("entityId") UUID entityId, @RestQuery("cursor") String cursor,
                                          @RestQuery("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return audit.list(entityId, cursor, limit);
    }
}
