package org.weiyuan.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.weiyuan.common.idempotency.IdempotencyRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the generated OpenAPI document a contract (registered as {@code mp.openapi.filter}):
 * <ul>
 *   <li>an operation without a security requirement is public and says so ({@code security: []});
 *       SmallRye adds the bearer {@code jwt} requirement from {@code @RolesAllowed}/{@code @Authenticated};</li>
 *   <li>every 4xx answer refers to one shared response in {@code components/responses}, whose body
 *       is the shared {@code Problem} schema (RFC 9457, {@code application/problem+json});</li>
 *   <li>the generic client errors are added by rule: 400 to operations with input (parameters,
 *       headers or a body; malformed JSON, a bad UUID or a control character), 401 and 403 to
 *       secured ones, 404 to those that look up a path id, 409 to writes on an identified resource
 *       or with a body (illegal state transitions, duplicates, concurrent changes), 422 to those taking a body (business rules
 *       refusing it), 406 to the rest (a client that accepts no JSON), so none is without a 4xx.</li>
 * </ul>
 * Operations marked {@code @Idempotent} refer to the shared {@code Idempotency-Key} header parameter
 * ({@code components/parameters/IdempotencyKey}) and so declare 400 and 422 for it.
 * An operation may declare further answers with {@code @APIResponse}; the filter keeps them and
 * only replaces their body with the shared one.
 */
public class OpenApiContract implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";

    /** The shared 4xx answers, by status: component name and description (English; the API doc's language). */
    static final Map<String, String[]> CLIENT_ERRORS = new LinkedHashMap<>();

    static {
        CLIENT_ERRORS.put("400", new String[] {"BadRequest", "Bad input: a parameter, header or body field is malformed (the problem names it)"});
        CLIENT_ERRORS.put("401", new String[] {"Unauthorized", "No valid bearer token"});
        CLIENT_ERRORS.put("403", new String[] {"Forbidden", "The caller's role or union scope does not allow this"});
        CLIENT_ERRORS.put("404", new String[] {"NotFound", "No such thing, or it lies outside the caller's scope"});
        CLIENT_ERRORS.put("406", new String[] {"NotAcceptable", "The client accepts none of the media types this operation answers with"});
        CLIENT_ERRORS.put("409", new String[] {"Conflict", "Not possible in the current state (the problem says which), or it clashes with existing data"});
        CLIENT_ERRORS.put("413", new String[] {"PayloadTooLarge", "The request body is larger than allowed"});
        CLIENT_ERRORS.put("415", new String[] {"UnsupportedMediaType", "The request body is not of a media type this operation reads"});
        CLIENT_ERRORS.put("422", new String[] {"UnprocessableContent", "Well-formed, but a business rule refuses it (the problem names the field)"});
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        components.addParameter(IdempotencyRules.PARAMETER, idempotencyKey());
        Map<String, APIResponse> shared = new LinkedHashMap<>();
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                contract(e.getKey(), item, e.getValue(), shared);
            }
        }
        shared.forEach((status, response) -> components.addResponse(CLIENT_ERRORS.get(status)[0], response));
    }

    private void contract(PathItem.HttpMethod method, PathItem item, Operation op, Map<String, APIResponse> shared) {
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (!secured) {
            op.setSecurity(new ArrayList<>()); // public: an explicit empty list, not an omission
        }
        List<Parameter> params = new ArrayList<>();
        if (item.getParameters() != null) {
            params.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            params.addAll(op.getParameters());
        }
        boolean body = op.getRequestBody() != null;
        // a key reused for another request is refused on the Idempotency-Key header (422)
        boolean idempotent = params.stream().anyMatch(p -> String.valueOf(p.getRef()).endsWith("/" + IdempotencyRules.PARAMETER));
        // An identifier the caller names (in the path, or a UUID query parameter such as a stats
        // report's unitId) can be unknown or out of scope: 404.
        boolean pathId = params.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH
                || (p.getSchema() != null && ("uuid".equals(p.getSchema().getFormat())
                        || String.valueOf(p.getSchema().getRef()).endsWith("/UUID"))));
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        List<String> codes = new ArrayList<>();
        if (body || !params.isEmpty()) {
            codes.add("400");
        }
        if (secured) {
            codes.add("401");
            codes.add("403");
        }
        if (pathId) {
            codes.add("404");
        }
        if ((pathId || body) && method != PathItem.HttpMethod.GET) {
            codes.add("409");
        }
        if (body) {
            codes.add("413");
            codes.add("415");
            codes.add("422");
        } else if (idempotent) {
            codes.add("422");
        }
        for (String code : codes) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse()); // replaced by the reference below
        }
        if (responses.getAPIResponses().keySet().stream().noneMatch(c -> c.startsWith("4"))) {
            responses.addAPIResponse("406", OASFactory.createAPIResponse());
        }
        for (String code : new ArrayList<>(responses.getAPIResponses().keySet())) {
            String[] known = CLIENT_ERRORS.get(code);
            if (known == null) {
                continue;
            }
            shared.computeIfAbsent(code, c -> OASFactory.createAPIResponse().description(known[1])
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)))));
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(known[0]));
        }
    }

    /** The optional header of the staff and worker actions marked {@code @Idempotent}. */
    private static Parameter idempotencyKey() {
        return OASFactory.createParameter().name(IdempotencyRules.HEADER).in(Parameter.In.HEADER).required(false)
                .description("Retry-safe: the same request again with the same key answers the first 2xx answer again with no effect"
                        + " (header Idempotent-Replayed: true); another request with a used key is refused (422). Keys are the"
                        + " caller's own, kept 30 days by default; without one the action runs each time.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(IdempotencyRules.MAX_KEY));
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("JSON path of the field, or the parameter's name"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; title and detail in the caller's language (zh-CN unless Accept-Language prefers English)")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .description("Stable, documented in docs/api.md"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("currentState", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("For 409 illegal-transition: the state the thing is in"))
                .addProperty("remainingFen", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .description("For 409 remainder-exceeded: what the wish still needs, in fen"))
                .required(List.of("type", "title", "status"));
    }
}
