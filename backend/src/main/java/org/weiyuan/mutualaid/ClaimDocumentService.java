package org.weiyuan.mutualaid;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.mutualaid.MutualAidEntities.ClaimStatus;
import org.weiyuan.mutualaid.MutualAidEntities.Document;
import org.weiyuan.mutualaid.MutualAidEntities.DocumentKind;
import org.weiyuan.mutualaid.MutualAidEntities.FlagKind;
import org.weiyuan.mutualaid.MutualAidViews.ClaimView;
import org.weiyuan.security.Actor;
import org.weiyuan.security.PiiCipher;
import org.weiyuan.wish.Images;
import org.weiyuan.wish.PhotoConfig;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * 申领材料: the diagnosis, hospital invoices and insurance settlement sheet of a claim, as photos or
 * PDFs. Photos are re-encoded like wish photos (no camera metadata, a decompression bomb refused
 * from the header); every file is encrypted at rest as health data; a file already on another
 * claim flags both; staff reads are audited.
 */
@ApplicationScoped
public class ClaimDocumentService {

    /** A document's bytes as sent back, with their real type. */
    public record Content(String contentType, byte[] bytes) { }

    private final MutualAidRepository repo;
    private final ClaimService claims;
    private final PiiCipher cipher;
    private final AuditLog audit;
    private final MutualAidConfig config;
    private final PhotoConfig photos;
    private final Clock clock;

    public ClaimDocumentService(MutualAidRepository repo, ClaimService claims, PiiCipher cipher, AuditLog audit, MutualAidConfig config,
                                PhotoConfig photos, @MutualAid Clock clock) {
        this.repo = repo;
        this.claims = claims;
        this.cipher = cipher;
        this.audit = audit;
        this.config = config;
        this.photos = photos;
        this.clock = clock;
    }

    /** The member or staff of the plan's subtree add a document while the claim is still under review. */
    @WithTransaction
    public Uni<ClaimView> upload(Actor actor, UUID claimId, DocumentKind kind, byte[] upload) {
        // who may add and the cheap checks first; the costly decode of a photo only then, off the event loop
        return claims.claimFor(actor, claimId).chain(c -> {
            if (c.status == ClaimStatus.PAID || c.status == ClaimStatus.REJECTED) {
                throw DomainException.illegalTransition("ADD_DOCUMENT", c.status);
            }
            String type = DocumentRules.check(upload, config.documentMaxBytes());
            return repo.countDocuments(c.id).chain(n -> {
                if (n >= config.documentsPerClaim()) {
                    throw DomainException.conflict("problem.mutual-aid.too-many-documents", config.documentsPerClaim());
                }
                if (DocumentRules.PDF.equals(type)) {
                    return Uni.createFrom().item(new Content(type, upload));
                }
                Images.probe(upload, photos.limits());
                return cleanOffLoop(upload);
            }).chain(clean -> {
                Document d = new Document();
                d.id = UUID.randomUUID();
                d.claimId = c.id;
                d.kind = kind;
                d.contentType = clean.contentType();
                d.sizeBytes = clean.bytes().length;
                // the hash of the bytes as sent: the same file again is recognised even though a photo is re-encoded
                d.contentHash = cipher.blindIndex(DocumentRules.sha256(upload));
                d.bytesEnc = cipher.encryptBytes(clean.bytes());
                d.uploadedBy = actor.subject();
                d.createdAt = clock.instant();
                return repo.persist(d)
                        .chain(() -> repo.claimsWithDocumentHash(d.contentHash, c.id))
                        .chain(others -> {
                            Uni<Void> out = Uni.createFrom().voidItem();
                            for (UUID other : others) {
                                out = out.chain(() -> repo.flag(c.id, FlagKind.SAME_DOCUMENT, other, d.id, d.createdAt))
                                        .chain(() -> repo.flag(other, FlagKind.SAME_DOCUMENT, c.id, d.id, d.createdAt));
                            }
                            return out.replaceWith(others.size());
                        })
                        .call(flagged -> audit.record(actor, "MUTUAL_AID_DOCUMENT_ADDED", "mutual_aid_claim", c.id, null,
                                Map.of("documentId", d.id, "kind", kind, "contentType", d.contentType, "sameAsOtherClaims", flagged), null))
                        .chain(() -> claims.view(actor, c));
            });
        });
    }

    /** The bytes, decrypted, for the member or staff of the plan's subtree; a staff read is audited. */
    @WithTransaction
    public Uni<Content> read(Actor actor, UUID claimId, UUID documentId) {
        return claims.claimFor(actor, claimId).chain(c -> repo.document(documentId)).chain(d -> {
            if (d == null || !d.claimId.equals(claimId)) {
                throw DomainException.notFound("document");
            }
            Content content = new Content(d.contentType, cipher.decryptBytes(d.bytesEnc));
            if (!actor.isStaff()) {
                return Uni.createFrom().item(content);
            }
            return audit.record(actor, "MUTUAL_AID_DOCUMENT_READ", "mutual_aid_claim", claimId, null,
                    Map.of("documentId", d.id, "kind", d.kind), null).replaceWith(content);
        });
    }

    /** Re-encodes a photo on a worker thread; back on this request's Vert.x context, where the reactive session lives. */
    private Uni<Content> cleanOffLoop(byte[] upload) {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().item(() -> clean(upload));
        }
        return Uni.createFrom().emitter(emitter -> context.<Content>executeBlocking(() -> clean(upload), false).onComplete(done -> {
            if (done.succeeded()) {
                emitter.complete(done.result());
            } else {
                emitter.fail(done.cause());
            }
        }));
    }

    private Content clean(byte[] upload) {
        Images.Clean clean = Images.clean(upload, photos.limits());
        return new Content(clean.contentType(), clean.bytes());
    }
}
