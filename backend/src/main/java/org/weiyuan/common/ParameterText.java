package org.weiyuan.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Query and path parameters, once, for every operation: a control character (NUL above all,
 * which PostgreSQL refuses) is answered 400 naming the parameter before any resource method or
 * query sees it. Runs after routing, so path parameters are known by name.
 */
public class ParameterText {

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        checkAll(request.getUriInfo().getPathParameters(true));
        checkAll(request.getUriInfo().getQueryParameters(true));
    }

    private static void checkAll(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            TextRules.checkParameter("parameter name", p.getKey());
            for (String value : p.getValue()) {
                TextRules.checkParameter(p.getKey(), value);
            }
        }
    }
}
