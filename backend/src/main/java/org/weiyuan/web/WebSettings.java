package org.weiyuan.web;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/**
 * The web front ends' settings: where browsers reach Keycloak, the public clients of the console
 * and the donor pages, the address links and posters point to, and the poster font.
 */
@ConfigMapping(prefix = "weiyuan")
public interface WebSettings {

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
        /** The public address shared links and posters carry; the request's own when unset. */
        Optional<String> publicUrl();
    }

    interface Receipts {
        /** The CJK font posters are drawn with (the receipts' font). */
        String font();
    }
}
