package org.weiyuan.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.weiyuan.household.DocumentKind;

import java.time.Instant;
import java.util.UUID;

/** Views of the evidence feature. */
public final class EvidenceViews {

    private EvidenceViews() { }

    /** A document's description (never its content). */
    @Schema(name = "EvidenceDocumentView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentView(UUID id, UUID householdId, DocumentKind kind, String contentType, int sizeBytes,
                               UUID questionId, UUID uploadedBy, Instant createdAt) { }

    /** A document's decrypted content, for the download. */
    public record DocumentContent(UUID id, String contentType, String extension, byte[] bytes) { }
}
