package org.weiyuan.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/**
 * The signed checkpoint of the audit chain (审计检查点), free of any framework: a few text lines
 * naming the chain's head, signed with Ed25519, so that a copy kept outside the database (a notary,
 * the union's mail archive, another organisation) proves later that the chain then ended there.
 * Anyone holding the public key checks it with {@code openssl pkeyutl -verify -rawin} (docs/operations.md).
 */
public final class CheckpointSigner {

    public static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public CheckpointSigner(String privateKeyBase64, String publicKeyBase64) {
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            this.privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64.trim())));
            this.publicKey = keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("weiyuan.audit.checkpoint-*-key is not an Ed25519 key pair in Base64 DER", e);
        }
    }

    /** The signed text: one field a line, in this order, ending with a newline. */
    public static String statement(LocalDate day, long position, String headHash, Instant sealedAt, Instant issuedAt) {
        return "weiyuan-audit-checkpoint v1\n"
                + "day: " + day + "\n"
                + "position: " + position + "\n"
                + "head: " + headHash + "\n"
                + "sealed-at: " + sealedAt + "\n"
                + "issued-at: " + issuedAt + "\n";
    }

    public AuditCheckpoint sign(String statement) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(privateKey);
            s.update(statement.getBytes(StandardCharsets.UTF_8));
            return new AuditCheckpoint(statement, ALGORITHM, Base64.getEncoder().encodeToString(s.sign()), publicKeyBase64());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the audit checkpoint", e);
        }
    }

    /** Whether {@code checkpoint} was signed by the key pair's private key and is unaltered. */
    public boolean verify(AuditCheckpoint checkpoint) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(publicKey);
            s.update(checkpoint.statement().getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }
}
