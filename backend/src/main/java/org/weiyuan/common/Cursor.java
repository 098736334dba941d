package org.weiyuan.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset position (created-at, id) for cursor pagination: stable under inserts, no OFFSET scans.
 * Encoded as URL-safe base64 so clients treat it as opaque.
 */
public record Cursor(Instant createdAt, UUID id) {

    public String encode() {
        String raw = createdAt.toEpochMilli() * 1000 + createdAt.getNano() / 1000 % 1000 + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The earliest and latest instants a cursor of ours can carry: rows are stamped "now" and
     * deadlines lie months ahead, so anything outside 1970–2199 was not made by us.
     */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    /**
     * A position read back from a cursor: microseconds since the epoch, within the years any row
     * of ours can have. Out of range means the cursor was tampered with: 400, never a
     * DateTimeException or a timestamp PostgreSQL cannot store.
     */
    public static Instant instantOfMicros(long micros) {
        Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw DomainException.badParameter("cursor", "problem.cursor");
        }
        return at;
    }

    /** A calendar day read back from a cursor (days since the epoch), years 1970–2199 only. */
    public static java.time.LocalDate dateOfEpochDay(long day) {
        if (day < 0 || day >= java.time.LocalDate.of(2200, 1, 1).toEpochDay()) {
            throw DomainException.badParameter("cursor", "problem.cursor");
        }
        return java.time.LocalDate.ofEpochDay(day);
    }

    /** An amount read back from a cursor (a remainder in fen): never negative, never above any wish's target. */
    public static long amountOf(long fen) {
        if (fen < 0 || fen > 10_000_000_000L) {
            throw DomainException.badParameter("cursor", "problem.cursor");
        }
        return fen;
    }

    /** The named parameters of {@link #beforeHql}: bind them to {@link #createdAt()} and {@link #id()}. */
    public static final String AT = "cursorAt";
    public static final String ID = "cursorId";

    /**
     * HQL: the row {@code alias} comes after this position in a newest-first list ordered by
     * {@code alias.createdAt desc, alias.id desc} (the keyset condition, written once).
     */
    public static String beforeHql(String alias) {
        return keysetHql(alias + ".createdAt", alias + ".id", true);
    }

    /** HQL: the row {@code alias} comes after this position in an oldest-first list ({@code alias.createdAt, alias.id}). */
    public static String afterHql(String alias) {
        return keysetHql(alias + ".createdAt", alias + ".id", false);
    }

    /**
     * HQL: the keyset condition for any list ordered by {@code key} then {@code id}, both descending or both
     * ascending; bind {@link #AT} to the last row's key (whatever its type) and {@link #ID} to its id.
     */
    public static String keysetHql(String key, String id, boolean descending) {
        String cmp = descending ? " < " : " > ";
        return "(" + key + cmp + ":" + AT + " or (" + key + " = :" + AT + " and " + id + cmp + ":" + ID + "))";
    }

    /**
     * A page cut from {@code rows} fetched with {@code limit + 1}: the extra row only says there is
     * a next page, whose cursor is the position of the page's last row.
     */
    public static <T> Page<T> page(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        return new Page<>(page, cursorOf.apply(page.get(limit - 1)));
    }

    /** A position in a list ordered by a sequence number alone (the audit log): the same opaque encoding. */
    public static String ofSequence(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("a" + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The sequence number of {@link #ofSequence}; null for no cursor (first page), 400 problem for one we did not make. */
    public static Long sequence(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith("a")) {
                throw new IllegalArgumentException(raw);
            }
            return Long.parseLong(raw.substring(1));
        } catch (RuntimeException e) {
            throw DomainException.badParameter("cursor", "problem.cursor");
        }
    }

    /** @return null for a null/blank cursor (first page); 400 problem for a cursor we did not make. */
    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            Instant at = instantOfMicros(Long.parseLong(raw.substring(0, bar)));
            return new Cursor(at, UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw DomainException.badParameter("cursor", "problem.cursor");
        }
    }
}
