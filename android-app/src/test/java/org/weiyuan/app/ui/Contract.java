package org.weiyuan.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The backend's OpenAPI document (docs/openapi.json, which the backend's OpenApiSnapshotTest keeps
 * equal to what it serves), used to check the screen tests' scripted servers: every request the app
 * makes must be an operation of the API with its declared query parameters and a request body of
 * the operation's schema, and every scripted answer must be a status the operation declares with a
 * body of that status's schema (a refusal, 4xx, it does not declare is drift too; 401, 408, 429 and
 * 5xx may come from anywhere). A schema's object accepts no property the API does not have, so a
 * script cannot invent fields the app then relies on. Not checked: formats and the UUID pattern
 * (the scripts use short ids for readability), the bodies of error answers (the document refers to
 * shared problem+json answers), and answers of operations that return a raw Response (the pledge, the sandbox checkout), which the
 * document gives no schema.
 */
final class Contract {

    static final File DOCUMENT = new File(System.getProperty("weiyuan.openapi", "../docs/openapi.json"));

    private static Contract loaded;

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode document;
    private final ObjectNode defs;
    private final List<Route> routes = new ArrayList<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();

    private static final class Route {
        final String template;
        final Pattern pattern;
        final int variables;

        Route(String template) {
            this.template = template;
            this.pattern = Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+"));
            this.variables = template.split("\\{", -1).length - 1;
        }
    }

    private Contract(JsonNode document) {
        this.document = document;
        this.defs = (ObjectNode) rewrite(document.path("components").path("schemas").deepCopy());
        // the scripts use short ids ("w1") for readability: an id is checked as a string, not for its UUID form (see rewrite)
        Iterator<String> paths = document.path("paths").fieldNames();
        while (paths.hasNext()) {
            routes.add(new Route(paths.next()));
        }
        // a literal segment wins over a variable (/wishes/mine before /wishes/{id})
        routes.sort(Comparator.comparingInt(r -> r.variables));
    }

    static synchronized Contract get() {
        if (loaded == null) {
            try {
                loaded = new Contract(new ObjectMapper().readTree(DOCUMENT));
            } catch (IOException e) {
                throw new IllegalStateException("the API document " + DOCUMENT.getAbsolutePath() + " cannot be read", e);
            }
        }
        return loaded;
    }

    /** What in this exchange the API does not allow (empty when it matches the document). */
    List<String> check(RecordedRequest request, MockResponse response) {
        List<String> problems = new ArrayList<>();
        String method = request.getMethod().toLowerCase(java.util.Locale.ROOT);
        String target = request.getPath();
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
        String where = request.getMethod() + " " + target;
        if (!path.startsWith("/api/")) {
            return problems; // Keycloak's endpoints (the same scripted server in the sign-in tests): OAuth, not this API
        }
        JsonNode operation = null;
        for (Route r : routes) {
            if (r.pattern.matcher(path).matches() && document.path("paths").path(r.template).has(method)) {
                operation = document.path("paths").path(r.template).path(method);
                break;
            }
        }
        if (operation == null) {
            problems.add(where + ": the API has no such operation");
            return problems;
        }
        checkQuery(operation, query, where, problems);
        checkRequestBody(operation, request, where, problems);
        checkResponse(operation, response, where, problems);
        return problems;
    }

    private void checkQuery(JsonNode operation, String query, String where, List<String> problems) {
        if (query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            String name = decode(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
            String value = decode(pair.contains("=") ? pair.substring(pair.indexOf('=') + 1) : "");
            JsonNode parameter = null;
            for (JsonNode p : operation.path("parameters")) {
                if ("query".equals(p.path("in").asText()) && name.equals(p.path("name").asText())) {
                    parameter = p;
                }
            }
            if (parameter == null) {
                problems.add(where + ": no query parameter " + name);
                continue;
            }
            JsonNode schema = resolve(parameter.path("schema"));
            if (schema.has("enum")) {
                boolean known = false;
                for (JsonNode e : schema.path("enum")) {
                    known |= e.asText().equals(value);
                }
                if (!known) {
                    problems.add(where + ": " + name + "=" + value + " is not one of " + schema.path("enum"));
                }
            }
        }
    }

    private void checkRequestBody(JsonNode operation, RecordedRequest request, String where, List<String> problems) {
        byte[] bytes = request.getBody().clone().readByteArray();
        JsonNode declared = operation.path("requestBody");
        String type = request.getHeader("Content-Type") == null ? "" : request.getHeader("Content-Type");
        if (bytes.length == 0) {
            if (declared.path("required").asBoolean(false)) {
                problems.add(where + ": the API requires a request body");
            }
            return;
        }
        if (declared.isMissingNode()) {
            // an empty JSON object for an operation without a body is harmless; anything else is a drift
            if (!new String(bytes, StandardCharsets.UTF_8).trim().equals("{}")) {
                problems.add(where + ": the API takes no request body");
            }
            return;
        }
        String mediaType = type.contains(";") ? type.substring(0, type.indexOf(';')).trim() : type.trim();
        JsonNode content = declared.path("content").path(mediaType);
        if (content.isMissingNode()) {
            problems.add(where + ": the API does not take " + mediaType + " (it takes " + names(declared.path("content")) + ")");
            return;
        }
        if (mediaType.endsWith("json") && !content.path("schema").isMissingNode()) {
            validate(content.path("schema"), new String(bytes, StandardCharsets.UTF_8), where + " request", problems);
        }
    }

    private void checkResponse(JsonNode operation, MockResponse response, String where, List<String> problems) {
        if (response.getSocketPolicy() != okhttp3.mockwebserver.SocketPolicy.KEEP_OPEN) {
            return; // no answer at all (a dropped connection): nothing to check
        }
        int status = Integer.parseInt(response.getStatus().split(" ")[1]);
        JsonNode answer = operation.path("responses").path(String.valueOf(status));
        if (answer.isMissingNode() && status >= 200 && status < 300) {
            // the document lists 201 (@ResponseStatus) answers as 200: any success the operation declares
            Iterator<String> codes = operation.path("responses").fieldNames();
            while (codes.hasNext() && answer.isMissingNode()) {
                String code = codes.next();
                if (code.startsWith("2")) {
                    answer = operation.path("responses").path(code);
                }
            }
            if (answer.isMissingNode()) {
                problems.add(where + ": the API declares no success answer for this operation");
                return;
            }
        }
        if (answer.isMissingNode() && status >= 400 && status < 500 && status != 401 && status != 408 && status != 429) {
            // a refusal the API never gives here: the screen would be tested on an answer it cannot get (a 404 the
            // document does not declare, e.g. the help plan's "no plan yet" before it was declared). 401 (expired
            // tokens), 408, 429 and 5xx (outages) may come from any operation, through the network or a proxy.
            problems.add(where + ": the API declares no " + status + " answer for this operation");
            return;
        }
        if (answer.isMissingNode()) {
            return; // an outage (5xx) or an expired token: nothing to check it against
        }
        String body = response.getBody() == null ? "" : response.getBody().clone().readUtf8();
        if (body.isEmpty()) {
            return;
        }
        JsonNode content = answer.path("content");
        JsonNode schema = null;
        for (String type : new String[] {"application/json", "application/problem+json"}) {
            if (content.has(type)) {
                schema = content.path(type).path("schema");
                break;
            }
        }
        if (schema == null && status >= 400) {
            return; // the document lists the error without its problem+json body: nothing to check it against
        }
        if (schema == null) {
            if (!content.isMissingNode() && content.size() > 0 && !content.fieldNames().next().contains("json")) {
                return; // a PDF or an image: the app reads bytes
            }
            problems.add(where + ": the API's " + status + " answer has no JSON body");
            return;
        }
        if (schema.isMissingNode()) {
            return; // the operation answers a raw Response (the pledge, the sandbox checkout): the document has no schema for it
        }
        validate(schema, body, where + " answer " + status, problems);
    }

    private void validate(JsonNode schema, String body, String what, List<String> problems) {
        JsonNode instance;
        try {
            instance = json.readTree(body);
        } catch (IOException e) {
            problems.add(what + ": not JSON: " + body);
            return;
        }
        dropNulls(instance);
        ObjectNode whole = (ObjectNode) rewrite(schema.deepCopy());
        whole.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        whole.set("$defs", defs);
        JsonSchema validator = factory.getSchema(whole, config);
        Set<ValidationMessage> errors = validator.validate(instance);
        for (ValidationMessage m : errors) {
            problems.add(what + ": " + m.getMessage());
        }
    }

    /**
     * A property sent as null is read by the app as absent, and the document cannot say which
     * properties may be null (SmallRye marks none): null properties are checked as absent ones.
     */
    private static void dropNulls(JsonNode node) {
        if (node.isObject()) {
            List<String> nulls = new ArrayList<>();
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    dropNulls(e.getValue());
                }
            });
            ((ObjectNode) node).remove(nulls);
        } else if (node.isArray()) {
            node.forEach(Contract::dropNulls);
        }
    }

    /** The schema a parameter's $ref points at. */
    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? document.path("components").path("schemas")
                .path(ref.substring("#/components/schemas/".length())) : schema;
    }

    /**
     * The OpenAPI 3.1 schema as a standalone JSON Schema: references into components point at
     * $defs, and every object with properties rejects properties the API does not have.
     */
    private static JsonNode rewrite(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/schemas/")) {
                o.put("$ref", "#/$defs/" + ref.asText().substring("#/components/schemas/".length()));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            List<String> names = new ArrayList<>();
            while (fields.hasNext()) {
                names.add(fields.next().getKey());
            }
            for (String name : names) {
                // property names are data, not schemas: only descend into their values
                rewrite(o.get(name));
            }
            if ("uuid".equals(o.path("format").asText())) {
                o.remove("pattern"); // ids inline in arrays (photoIds) carry the UUID pattern too
            }
            if (o.has("properties") && o.path("properties").isObject() && !o.has("additionalProperties")
                    && !o.has("unevaluatedProperties") && looksLikeSchema(o)) {
                o.put("unevaluatedProperties", false);
            }
        } else if (node.isArray()) {
            for (JsonNode item : (ArrayNode) node) {
                rewrite(item);
            }
        }
        return node;
    }

    private static boolean looksLikeSchema(ObjectNode o) {
        JsonNode type = o.get("type");
        return type == null || type.asText().equals("object") || (type.isArray() && type.toString().contains("object"));
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
