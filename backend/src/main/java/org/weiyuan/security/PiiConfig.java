package org.weiyuan.security;

import io.smallrye.config.ConfigMapping;

/** The keys personal data is sealed with: AES-256-GCM for the values, HMAC-SHA256 for the blind index. */
@ConfigMapping(prefix = "weiyuan.pii")
public interface PiiConfig {

    /** Base64 of 32 bytes; losing it makes stored personal data unreadable. */
    String key();

    /** Base64 of 32 bytes; the exact-match lookups (ID number) go through it. */
    String indexKey();
}
