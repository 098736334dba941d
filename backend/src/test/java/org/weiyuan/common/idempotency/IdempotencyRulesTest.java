package org.weiyuan.common.idempotency;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.idempotency.IdempotencyRules.Decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyRulesTest {

    @Test
    void theSameRequestHashesTheSameAndAnyDifferenceChangesTheHash() {
        String hash = IdempotencyRules.requestHash("POST", "/api/v1/households", "[{\"a\":1}]");
        assertThat(hash).hasSize(64).isEqualTo(IdempotencyRules.requestHash("POST", "/api/v1/households", "[{\"a\":1}]"));
        assertThat(IdempotencyRules.requestHash("PUT", "/api/v1/households", "[{\"a\":1}]")).isNotEqualTo(hash);
        assertThat(IdempotencyRules.requestHash("POST", "/api/v1/households/1", "[{\"a\":1}]")).isNotEqualTo(hash);
        assertThat(IdempotencyRules.requestHash("POST", "/api/v1/households", "[{\"a\":2}]")).isNotEqualTo(hash);
        // the parts cannot slide into each other: a path ending where the arguments begin is another request
        assertThat(IdempotencyRules.requestHash("POST", "/a", "b")).isNotEqualTo(IdempotencyRules.requestHash("POST", "/ab", ""));
    }

    @Test
    void aFreeKeyRunsTheSameRequestReplaysAnotherIsRefused() {
        String hash = IdempotencyRules.requestHash("POST", "/p", "[]");
        assertThat(IdempotencyRules.decide(null, hash)).isEqualTo(Decision.RUN);
        assertThat(IdempotencyRules.decide(hash, hash)).isEqualTo(Decision.REPLAY);
        assertThat(IdempotencyRules.decide(hash, IdempotencyRules.requestHash("POST", "/p", "[1]"))).isEqualTo(Decision.REFUSE);
    }

    @Test
    void onlySuccessfulAnswersAreKept() {
        assertThat(IdempotencyRules.kept(200)).isTrue();
        assertThat(IdempotencyRules.kept(201)).isTrue();
        assertThat(IdempotencyRules.kept(204)).isTrue();
        assertThat(IdempotencyRules.kept(199)).isFalse();
        assertThat(IdempotencyRules.kept(300)).isFalse();
        assertThat(IdempotencyRules.kept(409)).isFalse();
        assertThat(IdempotencyRules.kept(422)).isFalse();
        assertThat(IdempotencyRules.kept(503)).isFalse();
    }

    @Test
    void aKeyIsTrimmedAndMustBeOneToAHundredPrintableCharacters() {
        assertThat(IdempotencyRules.key("  3f2b-1 ")).isEqualTo("3f2b-1");
        assertThat(IdempotencyRules.key("k".repeat(100))).hasSize(100);
        for (String bad : new String[] {"", "   ", "k".repeat(101), "a\u0007b"}) {
            assertThatThrownBy(() -> IdempotencyRules.key(bad)).as(bad).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(400));
        }
    }
}
