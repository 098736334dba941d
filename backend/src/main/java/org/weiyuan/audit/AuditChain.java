package org.weiyuan.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hashing rules of the audit chain, free of any framework so they can be unit-tested and
 * re-implemented by an external auditor: {@code hash = SHA-256(prev_hash ‖ fields)} where every
 * field is written as {@code <length>:<value>;} so no two different rows can encode alike.
 */
public final class AuditChain {

    /** prev_hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private AuditChain() { }

    public static String hash(AuditEntry e) {
        StringBuilder s = new StringBuilder(256);
        field(s, e.prevHash);
        field(s, String.valueOf(e.id));
        field(s, e.occurredAt == null ? null : e.occurredAt.truncatedTo(ChronoUnit.MICROS).toString());
        field(s, String.valueOf(e.actorSubject));
        field(s, e.actorRole);
        field(s, e.action);
        field(s, e.entityType);
        field(s, e.entityId == null ? null : e.entityId.toString());
        field(s, e.beforeDigest);
        field(s, e.afterDigest);
        field(s, e.detail);
        return sha256(s.toString());
    }

    /** SHA-256 of a canonical JSON form of a state snapshot; null for "no state" (creation, deletion). */
    public static String digest(Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return sha256(CANONICAL.writeValueAsString(snapshot));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot digest audit snapshot", e);
        }
    }

    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append("-1:;");
        } else {
            s.append(value.length()).append(':').append(value).append(';');
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Links unsealed entries into the chain after its head ({@code headPosition}, {@code headHash};
     * 0 and {@link #GENESIS} for an empty chain), in the order given: sets each one's chain position,
     * prev_hash and hash. The order given is the order committed rows were found, not their seq.
     */
    public static void seal(List<AuditEntry> unsealed, long headPosition, String headHash) {
        long position = headPosition;
        String prev = headHash;
        for (AuditEntry e : unsealed) {
            e.chainPos = ++position;
            e.prevHash = prev;
            e.hash = hash(e);
            prev = e.hash;
        }
    }

    /**
     * Walks entries in chain order and reports the first break. Feed it in batches: {@code expectedPrev}
     * is the hash of the last entry of the previous batch (or {@link #GENESIS}).
     */
    public static Break firstBreak(Iterable<AuditEntry> ordered, String expectedPrev) {
        return firstBreak(ordered, expectedPrev, null);
    }

    /** As above, also checking positions follow {@code previousPosition} (0 before the first entry; null: unknown). */
    public static Break firstBreak(Iterable<AuditEntry> ordered, String expectedPrev, Long previousPosition) {
        String prev = expectedPrev;
        for (AuditEntry e : ordered) {
            if (!prev.equals(e.prevHash)) {
                return new Break(e, "prev_hash does not match the previous entry (entry removed, inserted or reordered)");
            }
            if (!hash(e).equals(e.hash)) {
                return new Break(e, "hash does not match the entry's content (entry edited)");
            }
            // positions are given 1, 2, 3… at sealing; a gap or repeat means rows were renumbered
            if (previousPosition != null && e.chainPos != null && e.chainPos.longValue() != previousPosition + 1) {
                return new Break(e, "chain position does not follow the previous entry (entries renumbered)");
            }
            previousPosition = e.chainPos;
            prev = e.hash;
        }
        return null;
    }

    public record Break(AuditEntry entry, String reason) { }
}
