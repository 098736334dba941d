package org.weiyuan.audit;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointSignerTest {

    private static CheckpointSigner signer() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        return new CheckpointSigner(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
    }

    private static final String STATEMENT = CheckpointSigner.statement(LocalDate.of(2026, 12, 1), 42, "ab".repeat(32),
            Instant.parse("2026-12-01T00:04:59.123456Z"), Instant.parse("2026-12-01T00:05:00Z"));

    @Test
    void aCheckpointVerifiesWithItsPublicKeyAndNamesTheHead() throws Exception {
        CheckpointSigner signer = signer();
        AuditCheckpoint c = signer.sign(STATEMENT);
        assertThat(signer.verify(c)).isTrue();
        assertThat(c.statement()).contains("position: 42\n").contains("head: " + "ab".repeat(32) + "\n");
        assertThat(c.publicKey()).isEqualTo(signer.publicKeyBase64());
    }

    @Test
    void anAlteredStatementOrAnotherKeyFails() throws Exception {
        CheckpointSigner signer = signer();
        AuditCheckpoint c = signer.sign(STATEMENT);
        AuditCheckpoint moved = new AuditCheckpoint(c.statement().replace("position: 42", "position: 41"),
                c.algorithm(), c.signature(), c.publicKey());
        assertThat(signer.verify(moved)).isFalse();
        assertThat(signer().verify(c)).isFalse();
    }

    @Test
    void aKeyThatIsNotEd25519IsRefusedAtStart() {
        assertThatThrownBy(() -> new CheckpointSigner("bm90IGEga2V5", "bm90IGEga2V5")).isInstanceOf(IllegalStateException.class);
    }
}
