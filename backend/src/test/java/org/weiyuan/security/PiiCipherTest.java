package org.weiyuan.security;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PiiCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private final PiiCipher cipher = new PiiCipher(KEY, OTHER);

    @Test
    void roundTripsWithAFreshNonceEachTime() {
        String a = cipher.encrypt("520102197803120011");
        String b = cipher.encrypt("520102197803120011");
        assertThat(a).startsWith("v1:").isNotEqualTo(b);
        assertThat(cipher.decrypt(a)).isEqualTo("520102197803120011");
        assertThat(cipher.encrypt(null)).isNull();
    }

    @Test
    void tamperingOrAnotherKeyIsDetected() {
        String sealed = cipher.encrypt("慢性肾病");
        char[] chars = sealed.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.decrypt(new String(chars))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PiiCipher(OTHER, KEY).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void blindIndexIsStableNormalisedAndKeyed() {
        assertThat(cipher.blindIndex("11010519491231002x")).isEqualTo(cipher.blindIndex(" 11010519491231002X"));
        assertThat(cipher.blindIndex("11010519491231002X")).isNotEqualTo(new PiiCipher(KEY, KEY).blindIndex("11010519491231002X"));
    }

    @Test
    void filesRoundTripAndTamperingIsDetected() {
        byte[] pdf = "%PDF-1.4 住院发票".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] sealed = cipher.encryptBytes(pdf);
        assertThat(sealed).isNotEqualTo(cipher.encryptBytes(pdf));
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        assertThat(cipher.decryptBytes(sealed)).isEqualTo(pdf);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decryptBytes(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PiiCipher(OTHER, KEY).decryptBytes(cipher.encryptBytes(pdf))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesShortKeys() {
        assertThatThrownBy(() -> new PiiCipher(Base64.getEncoder().encodeToString(new byte[16]), OTHER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
