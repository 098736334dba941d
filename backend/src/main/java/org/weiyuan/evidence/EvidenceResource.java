package org.weiyuan.evidence;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.evidence.EvidenceViews.DocumentContent;
import org.weiyuan.evidence.EvidenceViews.DocumentView;
import org.weiyuan.household.DocumentKind;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.List;
import java.util.UUID;

/** HTTP edge of evidence documents (证明材料) of household files. Rules live in {@link EvidenceService}. */
@Cancellable(false)
@Path("/api/v1/households/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "households", description = "困难职工家庭档案 Household files")
public class EvidenceResource {

    private final EvidenceService service;
    private final CurrentActor actor;

    public EvidenceResource(EvidenceService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @Path("/documents")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Consumes({"image/jpeg", "image/png", "application/pdf"})
    @ResponseStatus(201)
    @APIResponseSchema(value = DocumentView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "addHouseholdDocument",
            summary = "上传证明材料 Add an evidence document (JPEG/PNG/PDF, checked by content, stored encrypted)")
    public Uni<DocumentView> add(@RestPath("id") UUID id, @RestQuery("kind") DocumentKind kind, byte[] document) {
        return service.upload(actor.get(), id, kind, null, document);
    }

    @POST
    @Path("/questions/{questionId}/document")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Consumes({"image/jpeg", "image/png", "application/pdf"})
    @ResponseStatus(201)
    @APIResponseSchema(value = DocumentView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "answerHouseholdQuestionWithDocument",
            summary = "上传所要材料 Answer a document request with the upload; the last answer resubmits the file")
    public Uni<DocumentView> answer(@RestPath("id") UUID id, @RestPath("questionId") UUID questionId, byte[] document) {
        return service.upload(actor.get(), id, null, questionId, document);
    }

    @GET
    @Path("/documents")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Operation(operationId = "listHouseholdDocuments", summary = "证明材料列表 The file's documents (the household, or staff in scope)")
    public Uni<List<DocumentView>> list(@RestPath("id") UUID id) {
        return service.list(actor.get(), id);
    }

    @GET
    @Path("/documents/{documentId}")
    @RolesAllowed({Roles.WORKER, Roles.STAFF})
    @Produces({"image/jpeg", "image/png", "application/pdf", "application/problem+json"})
    @Operation(operationId = "getHouseholdDocument", summary = "查看证明材料 A document's content (every read is audited)")
    public Uni<Response> get(@RestPath("id") UUID id, @RestPath("documentId") UUID documentId) {
        return service.read(actor.get(), id, documentId).map(EvidenceResource::download);
    }

    private static Response download(DocumentContent c) {
        return Response.ok(c.bytes(), c.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + c.id() + "." + c.extension() + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
