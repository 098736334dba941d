package org.weiyuan.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * History-mode routing of the staff console (工作台): a page address under /console (no file
 * extension, e.g. /console/households/…) answers the console's index.html, which Quinoa serves at
 * /console/. Only /console is touched: /api and /q answer as before, and "/" stays free for the
 * donor pages. Quinoa's own SPA routing runs after the REST layer, whose problem+json 404 mapper
 * would answer first, so the reroute happens here, ahead of both.
 */
@ApplicationScoped
public class ConsoleRouting {

    /** Before Quinoa's static handler (order 1100), which then serves /console/. */
    static final int ORDER = 1050;

    void routes(@Observes Router router) {
        router.routeWithRegex("/console/[^.]+").order(ORDER).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(ctx -> ctx.reroute("/console/"));
    }
}
