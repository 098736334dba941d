package org.weiyuan.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.weiyuan.household.DocumentKind;

import java.time.Instant;
import java.util.UUID;

/** An evidence document of a household file (证明材料); {@code bytesEnc} is AES-GCM ciphertext. */
@Entity
@Table(name = "household_document")
public class EvidenceDocument {

    @Id
    public UUID id;
    public UUID householdId;
    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    public String contentType;
    public int sizeBytes;
    public byte[] bytesEnc;
    /** The document request this upload answered, if any. */
    public UUID questionId;
    public UUID uploadedBy;
    public Instant createdAt;
}
