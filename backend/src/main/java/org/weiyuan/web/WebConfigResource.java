package org.weiyuan.web;

import org.jboss.resteasy.reactive.server.Cancellable;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the browser front ends (the staff console 工作台) must know before anyone signs in: where
 * Keycloak is and which public client to use. The platform starts Keycloak on a port chosen at
 * run time, so the console cannot have it baked in at build time.
 */
@Cancellable(false)
@Path("/api/v1/config/web")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "config", description = "前端配置 Settings the web front ends read before sign-in")
public class WebConfigResource {

    /** The issuer as the browser reaches it, and the console's public PKCE client. */
    public record WebConfig(String oidcIssuer, String consoleClientId) { }

    private final WebConfig config;

    public WebConfigResource(WebSettings settings) {
        this.config = new WebConfig(settings.web().oidcIssuer(), settings.web().consoleClientId());
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getWebConfig", summary = "前端配置 Keycloak issuer and client of the web front ends (public)")
    public WebConfig get() {
        return config;
    }
}
