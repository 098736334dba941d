package org.weiyuan.wish;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An image attached to a wish: a photo of the need, a scholarship admission letter (录取通知书,
 * never shown to donors), or staff's proof of a disbursement (receipt, signed delivery note).
 */
@Entity
@Table(name = "wish_photo")
public class WishPhoto {

    @Schema(name = "WishPhotoKind")
    public enum Kind {
        PHOTO, ADMISSION_LETTER, DISBURSEMENT_PROOF;

        /** Kinds donors may see once staff cleared them. */
        public boolean publishable() {
            return this != ADMISSION_LETTER;
        }
    }

    @Id
    public UUID id;
    public UUID wishId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String contentType;
    public int width;
    public int height;
    public byte[] bytes;
    /** SHA-256 of a disbursement proof as uploaded: the same receipt used again is flagged. */
    public String sha256;
    /** The earlier proof with the same bytes, when this one re-uses it (possibly on another wish). */
    public UUID reusedPhotoId;
    public UUID uploadedBy;
    /** Staff checked it shows no face or identifying detail (or has consent): donors may see it. */
    public UUID clearedBy;
    public Instant createdAt;
}
