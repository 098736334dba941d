package org.weiyuan.evidence;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.evidence.EvidenceViews.DocumentView;
import org.weiyuan.household.DocumentKind;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.UUID;

/** Evidence for a pending appeal (申诉材料): stored like the file's other documents and named on the appeal. */
@Cancellable(false)
@Path("/api/v1/appeals/{appealId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "appeals", description = "申诉 Appeals against a household file's rejection or exit")
public class AppealEvidenceResource {

    private final EvidenceService service;
    private final CurrentActor actor;

    public AppealEvidenceResource(EvidenceService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Consumes({"image/jpeg", "image/png", "application/pdf"})
    @ResponseStatus(201)
    @APIResponseSchema(value = DocumentView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "addAppealDocument",
            summary = "上传申诉材料 Add an evidence document to a pending appeal (JPEG/PNG/PDF, stored encrypted on the file)")
    public Uni<DocumentView> add(@RestPath("appealId") UUID appealId, @RestQuery("kind") DocumentKind kind, byte[] document) {
        return service.uploadForAppeal(actor.get(), appealId, kind, document);
    }
}
