package org.weiyuan.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.Optional;

/**
 * The web front ends' settings: where browsers reach Keycloak, the public clients of the console
 * and the donor pages, the address links and posters point to, and the poster font. Everything under
 * {@code weiyuan.web}: unknown names there fail the start.
 */
@ConfigMapping(prefix = "weiyuan.web")
public interface WebSettings {

    /** {@code weiyuan.web.oidc-issuer}, {@code weiyuan.web.console-client-id}, ... (no extra level). */
    @WithParentName
    Web web();

    Site site();

    Receipts receipts();

    interface Web {
        /** The issuer as the browser reaches it (the platform picks Keycloak's port at run time). */
        String oidcIssuer();

        String consoleClientId();

        String siteClientId();
    }

    interface Site {
        /** The public address shared links and posters carry ({@code weiyuan.web.site.public-url}); the request's own when unset. */
        Optional<String> publicUrl();
    }

    interface Receipts {
        /** The CJK font posters are drawn with ({@code weiyuan.web.receipts.font}: the receipts' font, see application.properties). */
        String font();
    }
}
