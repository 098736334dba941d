package org.weiyuan.support;

import io.smallrye.jwt.build.Jwt;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bearer tokens shaped like Keycloak's (realm roles under realm_access.roles, audience
 * weiyuan-api), signed with the test key whose public half the test profile trusts.
 */
public final class Tokens {

    public static final String ISSUER = "https://test.weiyuan.invalid/realms/weiyuan";

    private Tokens() { }

    public static String token(UUID subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subject.toString())
                .claim("preferred_username", "user-" + subject.toString().substring(0, 8))
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .audience("weiyuan-api")
                .expiresIn(600)
                .sign();
    }
}
