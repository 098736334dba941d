package org.weiyuan.wish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A photo attached to a wish, or a scholarship admission letter (录取通知书), which donors never see. */
@Entity
@Table(name = "wish_photo")
public class WishPhoto {

    public enum Kind { PHOTO, ADMISSION_LETTER }

    @Id
    public UUID id;
    @Column(name = "wish_id")
    public UUID wishId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "content_type")
    public String contentType;
    public int width;
    public int height;
    public byte[] bytes;
    @Column(name = "uploaded_by")
    public UUID uploadedBy;
    /** Staff checked it shows no face or identifying detail (or has consent): donors may see it. */
    @Column(name = "cleared_by")
    public UUID clearedBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
