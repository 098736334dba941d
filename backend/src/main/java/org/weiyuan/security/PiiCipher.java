package org.weiyuan.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts personal data at rest (ID-card numbers, phone numbers, health details, street
 * addresses) with AES-256-GCM; the key comes from configuration ({@code weiyuan.pii.key}, 32
 * bytes base64), never from the database. Stored form: {@code v1:<base64(iv ‖ ciphertext ‖ tag)>}
 * so keys can be rotated later by adding a version.
 *
 * <p>{@link #blindIndex} gives a keyed HMAC of a normalised value, so the database can enforce
 * "one household, one file" (一户一档) per ID number without ever holding the number itself.
 */
@ApplicationScoped
public class PiiCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    @jakarta.inject.Inject
    public PiiCipher(PiiConfig config) {
        this(config.key(), config.indexKey());
    }

    /** With the keys themselves (base64 of 32 bytes each), as tests and tools use it. */
    public PiiCipher(String base64Key, String base64IndexKey) {
        this.key = new SecretKeySpec(decodeKey("weiyuan.pii.key", base64Key), "AES");
        this.indexKey = new SecretKeySpec(decodeKey("weiyuan.pii.index-key", base64IndexKey), "HmacSHA256");
    }

    private static byte[] decodeKey(String name, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " must be base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (256 bits), base64-encoded");
        }
        return bytes;
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown PII cipher version");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII decryption failed (wrong key or tampered value)", e);
        }
    }

    /**
     * Encrypts a document (evidence scans, claim invoices, PDFs) with the same key: {@code 0x01 ‖ iv ‖ ciphertext ‖ tag},
     * the leading byte being the key version, as the {@code v1:} prefix is for text.
     */
    public byte[] encryptBytes(byte[] plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = new byte[1 + IV_BYTES + sealed.length];
            out[0] = 1;
            System.arraycopy(iv, 0, out, 1, IV_BYTES);
            System.arraycopy(sealed, 0, out, 1 + IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII encryption failed", e);
        }
    }

    public byte[] decryptBytes(byte[] stored) {
        if (stored == null || stored.length < 1 + IV_BYTES || stored[0] != 1) {
            throw new IllegalStateException("Unknown PII cipher version");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            return cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII decryption failed (wrong key or tampered value)", e);
        }
    }

    public String blindIndex(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(value.trim().toUpperCase().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
