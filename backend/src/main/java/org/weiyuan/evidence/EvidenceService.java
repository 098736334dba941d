package org.weiyuan.evidence;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.evidence.EvidenceViews.DocumentContent;
import org.weiyuan.evidence.EvidenceViews.DocumentView;
import org.weiyuan.household.DocumentKind;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.household.AppealService;
import org.weiyuan.household.HouseholdService.Access;
import org.weiyuan.household.HouseholdService.Accessed;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.household.InfoQuestion;
import org.weiyuan.security.Actor;
import org.weiyuan.security.PiiCipher;
import org.weiyuan.wish.Images;
import org.weiyuan.wish.PhotoConfig;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evidence documents of a household file (证明材料). The worker who owns the file, or staff whose
 * subtree holds it, upload; the bytes are checked by content, images re-encoded (no camera
 * metadata), everything encrypted with the personal-data key. Every read of a document's content
 * is audited; to anyone else the file and its documents do not exist (404).
 */
@ApplicationScoped
public class EvidenceService {

    private final EvidenceRepository documents;
    private final HouseholdService households;
    private final AppealService appeals;
    private final PiiCipher cipher;
    private final AuditLog audit;
    private final BusinessTime time;
    private final EvidenceConfig config;
    private final PhotoConfig photoLimits;

    public EvidenceService(EvidenceRepository documents, HouseholdService households, AppealService appeals, PiiCipher cipher, AuditLog audit,
                           BusinessTime time, EvidenceConfig config, PhotoConfig photoLimits) {
        this.documents = documents;
        this.households = households;
        this.appeals = appeals;
        this.cipher = cipher;
        this.audit = audit;
        this.time = time;
        this.config = config;
        this.photoLimits = photoLimits;
    }

    /** An upload; with {@code questionId} it answers that document request (and its kind is the request's). */
    public Uni<DocumentView> upload(Actor actor, UUID householdId, DocumentKind kind, UUID questionId, byte[] upload) {
        return upload(actor, householdId, kind, questionId, upload, null);
    }

    /**
     * Evidence for a pending appeal (申诉材料): stored on the appealed file like any document (an
     * exited file too, which takes no other uploads) and named on the appeal in the same transaction.
     */
    public Uni<DocumentView> uploadForAppeal(Actor actor, UUID appealId, DocumentKind kind, byte[] upload) {
        if (kind == null) {
            return Uni.createFrom().failure(DomainException.badParameter("kind", "problem.document.kind-missing"));
        }
        return appeals.pendingAppealFile(actor, appealId).chain(householdId ->
                upload(actor, householdId, kind, null, upload, documentId -> appeals.attach(actor, appealId, documentId)));
    }

    private Uni<DocumentView> upload(Actor actor, UUID householdId, DocumentKind kind, UUID questionId, byte[] upload,
                                     java.util.function.Function<UUID, Uni<Void>> forAppeal) {
        return households.accessible(actor, householdId).chain(a -> {
            DocumentKind effective = kind;
            if (questionId != null) {
                InfoQuestion q = a.file().questions().stream().filter(x -> x.id.equals(questionId)).findFirst()
                        .orElseThrow(() -> DomainException.notFound("question"));
                if (q.documentKind == null) {
                    throw DomainException.unprocessable("questionId", "problem.document.not-requested");
                }
                effective = q.documentKind;
            } else if (kind == null) {
                throw DomainException.badParameter("kind", "problem.document.kind-missing");
            }
            if (a.file().household().status == HouseholdStatus.EXITED && forAppeal == null) {
                throw DomainException.illegalTransition("ADD_DOCUMENT", HouseholdStatus.EXITED);
            }
            DocumentRules.Type type = DocumentRules.check(upload, config.maxBytes());
            if (type.image()) {
                Images.probe(upload, photoLimits.limits());
            }
            DocumentKind chosen = effective;
            return documents.inSession(() -> documents.countOf(householdId)).chain(n -> {
                if (n >= config.maxPerHousehold()) {
                    throw DomainException.conflict("problem.document.too-many", config.maxPerHousehold());
                }
                return cleaned(type, upload);
            }).chain(clean -> store(actor, householdId, chosen, questionId, type, clean, forAppeal));
        });
    }

    private Uni<DocumentView> store(Actor actor, UUID householdId, DocumentKind kind, UUID questionId,
                                    DocumentRules.Type type, byte[] clean, java.util.function.Function<UUID, Uni<Void>> forAppeal) {
        EvidenceDocument d = new EvidenceDocument();
        d.id = UUID.randomUUID();
        d.householdId = householdId;
        d.kind = kind;
        d.contentType = type.contentType;
        d.sizeBytes = clean.length;
        d.bytesEnc = cipher.encryptBytes(clean);
        d.questionId = questionId;
        d.uploadedBy = actor.subject();
        d.createdAt = time.now();
        return documents.inTransaction(() -> documents.persist(d)
                .call(() -> audit.record(actor, "HOUSEHOLD_DOCUMENT_ADDED", "household", householdId, null,
                        Map.of("documentId", d.id, "kind", kind, "contentType", d.contentType, "sizeBytes", d.sizeBytes), null))
                .call(() -> questionId == null ? Uni.createFrom().voidItem()
                        : households.answerWithDocument(actor, householdId, questionId, d.id))
                .call(() -> forAppeal == null ? Uni.createFrom().voidItem() : forAppeal.apply(d.id))
                .map(x -> view(d)));
    }

    /**
     * Images are decoded and re-encoded on a worker thread (seconds of CPU for a large scan), then
     * the chain goes on on this request's Vert.x context, where the reactive session lives.
     */
    private static Uni<byte[]> cleaned(DocumentRules.Type type, byte[] upload) {
        if (!type.image()) {
            return Uni.createFrom().item(upload);
        }
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        Uni<byte[]> work = Uni.createFrom().item(() -> Images.clean(upload, Images.Limits.DEFAULT).bytes())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? work : work.emitOn(r -> context.runOnContext(v -> r.run()));
    }

    /** The file's documents, described (the owner, or staff in scope). */
    public Uni<List<DocumentView>> list(Actor actor, UUID householdId) {
        return households.accessible(actor, householdId)
                .chain(a -> documents.inSession(() -> documents.infoOf(householdId)))
                .map(rows -> rows.stream().map(r -> new DocumentView((UUID) r[0], householdId, (DocumentKind) r[1],
                        (String) r[2], (Integer) r[3], (UUID) r[4], (UUID) r[5], (java.time.Instant) r[6])).toList());
    }

    /** A document's content, decrypted; every read is audited (证明材料查阅留痕), the owner's own too. */
    public Uni<DocumentContent> read(Actor actor, UUID householdId, UUID documentId) {
        return households.accessible(actor, householdId).chain((Accessed a) -> documents.inTransaction(() ->
                documents.findById(documentId).chain(d -> {
                    if (d == null || !d.householdId.equals(householdId)) {
                        throw DomainException.notFound("document");
                    }
                    return audit.record(actor, a.access() == Access.STAFF ? "HOUSEHOLD_DOCUMENT_READ" : "HOUSEHOLD_DOCUMENT_READ_OWN",
                                    "household", householdId, null, null, "document " + d.id + " (" + d.kind + ")")
                            .map(x -> new DocumentContent(d.id, d.contentType, extension(d.contentType), cipher.decryptBytes(d.bytesEnc)));
                })));
    }

    private static String extension(String contentType) {
        for (DocumentRules.Type t : DocumentRules.Type.values()) {
            if (t.contentType.equals(contentType)) {
                return t.extension;
            }
        }
        return "bin";
    }

    private static DocumentView view(EvidenceDocument d) {
        return new DocumentView(d.id, d.householdId, d.kind, d.contentType, d.sizeBytes, d.questionId, d.uploadedBy, d.createdAt);
    }
}
