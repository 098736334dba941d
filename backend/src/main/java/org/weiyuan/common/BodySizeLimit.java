package org.weiyuan.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} as problem+json before it
 * is read, when the client announces its length (every ordinary client does). A chunked body
 * that grows past the limit is still cut off by Vert.x itself, with a bare 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        long limit = maxBodySize.asLongValue();
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                long announced;
                try {
                    announced = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    announced = -1;
                }
                if (announced > limit) {
                    var locale = Messages.negotiate(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
                    Problem problem = new Problem(URI.create(Problem.TYPE_BASE + "http-413"),
                            Messages.get(locale, "problem.title.413"), 413,
                            Messages.get(locale, "problem.http.413"), rc.request().path(), null, null);
                    rc.response().setStatusCode(413)
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end(io.vertx.core.json.Json.encode(problem));
                    return;
                }
            }
            rc.next();
        }, 1000);
    }
}
