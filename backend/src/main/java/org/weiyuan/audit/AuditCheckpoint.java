package org.weiyuan.audit;

/**
 * A signed checkpoint of the audit chain's head (审计检查点), as exported daily.
 *
 * @param statement the signed text (UTF-8): version, day, position, head hash, sealed-at, issued-at
 * @param algorithm always {@code Ed25519}
 * @param signature Base64 signature over the statement's bytes
 * @param publicKey Base64 X.509 DER public key that checks it (compare with the one published)
 */
public record AuditCheckpoint(String statement, String algorithm, String signature, String publicKey) { }
