package org.weiyuan.onboarding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Where the Keycloak admin API is and the service account that may use it
 * ({@code weiyuan.onboarding.*}). Without a server URL, onboarding answers 503.
 */
@ConfigMapping(prefix = "weiyuan.onboarding")
public interface OnboardingConfig {

    /** Keycloak's base URL, e.g. {@code http://localhost:8180} (not the realm's issuer). */
    Optional<String> serverUrl();

    @WithDefault("weiyuan")
    String realm();

    @WithDefault("weiyuan-onboarding")
    String clientId();

    Optional<String> clientSecret();

    /** Domain of the placeholder e-mail addresses of workers without one (Keycloak's profile wants an e-mail). */
    @WithDefault("no-email.weiyuan.invalid")
    String emailDomain();
}
