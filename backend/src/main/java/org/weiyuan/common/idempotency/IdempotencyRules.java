package org.weiyuan.common.idempotency;

import org.weiyuan.common.DomainException;
import org.weiyuan.common.TextRules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an {@code Idempotency-Key} means for a staff or worker action, as plain rules: which keys are
 * accepted, what identifies the request under a key, and what a request meeting an earlier one under
 * the same key gets. Only a 2xx answer is kept; a refused or failed action may be retried and runs again.
 */
public final class IdempotencyRules {

    /** The header. */
    public static final String HEADER = "Idempotency-Key";
    /** The OpenAPI component of the header parameter ({@code #/components/parameters/IdempotencyKey}). */
    public static final String PARAMETER = "IdempotencyKey";
    /** Longest key accepted (the column's width; a UUID is 36). */
    public static final int MAX_KEY = 100;

    private IdempotencyRules() {
    }

    /** What happens to a request whose caller already used its key. */
    public enum Decision {
        /** No earlier answer under the key: the action runs and its answer is kept. */
        RUN,
        /** The same request again: the kept answer, with no effect. */
        REPLAY,
        /** Another request (other body, path or method) under a used key: refused (422). */
        REFUSE
    }

    /** The key as kept (trimmed); refuses a blank, too long or control-character key as a bad header (400). */
    public static String key(String header) {
        String key = header.trim();
        if (key.isEmpty() || key.length() > MAX_KEY) {
            throw DomainException.badParameter(HEADER, "problem.idempotency.key-invalid", MAX_KEY);
        }
        TextRules.checkParameter(HEADER, key);
        return key;
    }

    /** SHA-256 (hex) of what identifies a request: its method, its path with the query, and its arguments as JSON. */
    public static String requestHash(String method, String path, String arguments) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((method + ' ' + path + '\n' + arguments).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The decision for a request of hash {@code requestHash}, given the hash kept under its key (null: none). */
    public static Decision decide(String earlierHash, String requestHash) {
        if (earlierHash == null) {
            return Decision.RUN;
        }
        return earlierHash.equals(requestHash) ? Decision.REPLAY : Decision.REFUSE;
    }

    /** Whether an answer of this status is kept for replays (2xx only: a 4xx or 5xx may be retried and runs again). */
    public static boolean kept(int status) {
        return status >= 200 && status < 300;
    }
}
