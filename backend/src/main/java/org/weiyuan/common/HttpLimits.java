package org.weiyuan.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.time.Duration;

/**
 * Limits on the request itself, answered as problem+json before any resource runs:
 * <ul>
 *   <li>an address longer than {@code weiyuan.server.http.max-uri-length} is 414 (Vert.x would refuse
 *       lines past {@code quarkus.http.limits.max-initial-line-length} with an empty body);</li>
 *   <li>a request body still arriving {@code weiyuan.server.http.request-deadline} after its headers is
 *       408 and the connection is closed: a client trickling its body cannot hold a connection
 *       open for ever (a silent one is closed sooner by {@code quarkus.http.idle-timeout}).</li>
 * </ul>
 */
@ApplicationScoped
public class HttpLimits {

    final int maxUriLength;
    final Duration requestDeadline;

    HttpLimits(CommonConfig config) {
        this.maxUriLength = config.http().maxUriLength();
        this.requestDeadline = config.http().requestDeadline();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 1100);
    }

    private void check(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && uri.length() > maxUriLength) {
            refuse(rc, 414, maxUriLength);
            return;
        }
        if (hasBody(rc)) {
            long timer = rc.vertx().setTimer(Math.max(1, requestDeadline.toMillis()), id -> {
                if (!rc.request().isEnded() && !rc.response().headWritten()) {
                    refuse(rc, 408);
                }
            });
            rc.addEndHandler(done -> rc.vertx().cancelTimer(timer));
        }
        rc.next();
    }

    private static boolean hasBody(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !"0".equals(length.trim())) || rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static void refuse(RoutingContext rc, int status, Object... args) {
        var locale = Messages.negotiate(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem(URI.create(Problem.TYPE_BASE + "http-" + status),
                Messages.get(locale, "problem.title." + status), status,
                Messages.get(locale, "problem.http." + status, args), rc.request().path(), null, null);
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(io.vertx.core.json.Json.encode(problem))
                .onComplete(sent -> rc.request().connection().close());
    }
}
