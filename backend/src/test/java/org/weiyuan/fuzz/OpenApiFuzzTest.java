package org.weiyuan.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every operation of the OpenAPI document the running application publishes: wrong types,
 * missing required fields, huge strings (100 kB bodies, 4 kB parameters), control characters,
 * bad UUIDs in paths, bad enum values, invalid JSON, wrong content types, huge numbers, NUL in
 * queries; with a token of a role that may call the operation, and without one. It fails on any
 * 5xx and on any 4xx that is not {@code application/problem+json}.
 * <p>
 * Bounded by count, not time: 16 cases per operation. Reproducible: the seed is
 * printed, and {@code -Dfuzz.seed=<n>} replays a run. Identifiers in paths and bodies are fresh
 * random UUIDs, so no case can change the demo data other tests rely on.
 */
@QuarkusTest
class OpenApiFuzzTest {

    /** Cases per operation; {@code -Dfuzz.cases=200} for a longer exploration by hand. */
    static final int CASES = Integer.getInteger("fuzz.cases", 16);
    private static final String HUGE = "测".repeat(34_000); // ~100 kB in UTF-8
    private static final String CONTROL = "a\u0000b\u0007c\u001b[2Jd\u007fe\u0085";
    private static final List<String> ALL_ROLES = List.of("admin", "staff", "worker", "donor");

    private final ObjectMapper json = new ObjectMapper();
    private JsonNode schemas;

    /** One request the fuzzer sent and what came back, for the failure report. */
    record Finding(String operation, String kase, int status, String contentType, String body) {
        @Override
        public String toString() {
            return operation + " [" + kase + "] → " + status + " " + contentType + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    @Test
    void noOperationAnswers5xxOrANonProblem4xx() throws Exception {
        long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        System.out.println("[fuzz] seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        JsonNode doc = json.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        schemas = doc.path("components").path("schemas");

        List<Finding> findings = new ArrayList<>();
        int requests = 0;
        int operations = 0;
        int fiveHundreds = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method) || streams(op.getValue())) {
                    continue;
                }
                operations++;
                Operation operation = new Operation(method, path.getKey(), op.getValue(), path.getValue().path("parameters"));
                for (int i = 0; i < CASES; i++) {
                    Case c = operation.fuzz(i, random);
                    Response r = c.send();
                    requests++;
                    int status = r.statusCode();
                    String type = r.contentType() == null ? "" : r.contentType();
                    if (status >= 500) {
                        fiveHundreds++;
                    }
                    if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
                        findings.add(new Finding(method + " " + path.getKey(), c.description, status, type, r.asString()));
                    }
                }
            }
        }
        System.out.printf("[fuzz] seed %d: %d operations, %d requests, %d answered 5xx, %d findings%n",
                seed, operations, requests, fiveHundreds, findings.size());
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(50);
        assertThat(findings).as("fuzz findings (replay with -Dfuzz.seed=" + seed + ")").isEmpty();
    }

    /** Server-sent event streams never end; they are not fuzzed here. */
    private static boolean streams(JsonNode op) {
        for (JsonNode response : op.path("responses")) {
            if (response.path("content").has("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    /** One request: how to send it and a description for the report. */
    record Case(String description, java.util.function.Supplier<Response> sender) {
        Response send() {
            return sender.get();
        }
    }

    private final class Operation {
        final String method;
        final String path;
        final JsonNode op;
        final List<JsonNode> parameters = new ArrayList<>();
        final JsonNode bodySchema;
        final String bodyType;
        final List<String> roles;

        Operation(String method, String path, JsonNode op, JsonNode pathLevelParameters) {
            this.method = method;
            this.path = path;
            this.op = op;
            pathLevelParameters.forEach(parameters::add);
            op.path("parameters").forEach(parameters::add);
            JsonNode content = op.path("requestBody").path("content");
            String type = null;
            JsonNode schema = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (type == null || e.getKey().equals("application/json")) {
                    type = e.getKey();
                    schema = e.getValue().path("schema");
                }
            }
            this.bodyType = type;
            this.bodySchema = schema;
            List<String> declared = new ArrayList<>();
            for (JsonNode requirement : op.path("security")) {
                requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> declared.add(r.asText())));
            }
            this.roles = declared;
        }

        boolean isPublic() {
            return op.has("security") && op.path("security").isEmpty();
        }

        /** Case {@code i}: the first few are fixed (no token, bad path ids, bad JSON), the rest drawn at random. */
        Case fuzz(int i, Random random) {
            boolean authenticated = i != 0;
            Map<String, String> pathValues = new LinkedHashMap<>();
            Map<String, Object> queryValues = new LinkedHashMap<>();
            for (JsonNode p : parameters) {
                String in = p.path("in").asText();
                JsonNode schema = resolve(p.path("schema"));
                if ("path".equals(in)) {
                    pathValues.put(p.path("name").asText(), valid(schema, random).asText());
                } else if ("query".equals(in) && random.nextBoolean()) {
                    queryValues.put(p.path("name").asText(), valid(schema, random).asText());
                }
            }
            JsonNode body = bodySchema == null ? null : valid(resolve(bodySchema), random);
            String rawBody = null;
            String contentType = bodyType;
            String description;
            int kind = i < 4 ? i : 4 + random.nextInt(12);
            switch (kind) {
                case 0 -> description = "no token";
                case 1 -> {
                    description = "valid-looking request";
                }
                case 2 -> {
                    description = "bad UUIDs in path";
                    pathValues.replaceAll((k, v) -> pick(random, "not-a-uuid", "00000000-0000-0000-0000-00000000000Z", "%00",
                            "1", "x".repeat(2000), "%E6%B5%8B%00", "..%2F..%2Fq%2Fmetrics"));
                }
                case 3 -> {
                    description = "invalid JSON";
                    rawBody = pick(random, "{", "{\"a\":}", "[1,2", "\u0000", "{\"x\": tru}", "nul", "{\"a\":\"\\uZZZZ\"}");
                    contentType = "application/json";
                }
                case 4 -> {
                    description = "wrong content type";
                    rawBody = body == null ? "x" : body.toString();
                    contentType = pick(random, "text/plain", "application/xml", "application/x-www-form-urlencoded",
                            "image/gif", "multipart/form-data; boundary=zz");
                }
                case 5 -> {
                    description = "missing required fields";
                    rawBody = body instanceof ObjectNode ? "{}" : "null";
                    contentType = "application/json";
                }
                case 6 -> {
                    description = "wrong types";
                    body = mutate(body, random, n -> pick(random, JsonNodeFactory.instance.textNode("文字"),
                            JsonNodeFactory.instance.numberNode(3.7), JsonNodeFactory.instance.booleanNode(true),
                            JsonNodeFactory.instance.arrayNode().add(1), JsonNodeFactory.instance.objectNode().put("a", 1)));
                }
                case 7 -> {
                    description = "huge strings";
                    body = mutate(body, random, n -> JsonNodeFactory.instance.textNode(HUGE));
                    queryValues.replaceAll((k, v) -> "长".repeat(600));
                }
                case 8 -> {
                    description = "control characters";
                    body = mutate(body, random, n -> JsonNodeFactory.instance.textNode(CONTROL));
                    queryValues.replaceAll((k, v) -> CONTROL);
                }
                case 9 -> {
                    description = "bad enum values";
                    body = mutate(body, random, n -> JsonNodeFactory.instance.textNode("NOT_A_VALUE"));
                    queryValues.replaceAll((k, v) -> "NOT_A_VALUE");
                }
                case 10 -> {
                    description = "huge numbers";
                    String huge = pick(random, "99999999999999999999999", "-99999999999999999999999", "1e400", "9223372036854775808",
                            "-1", "0", "2147483648", "1.5");
                    body = mutate(body, random, n -> {
                        try {
                            return json.readTree(huge);
                        } catch (Exception e) {
                            return JsonNodeFactory.instance.textNode(huge);
                        }
                    });
                    for (JsonNode p : parameters) {
                        if ("query".equals(p.path("in").asText())) {
                            queryValues.put(p.path("name").asText(), huge);
                        }
                    }
                }
                case 11 -> {
                    description = "NUL in query parameters";
                    for (JsonNode p : parameters) {
                        if ("query".equals(p.path("in").asText())) {
                            queryValues.put(p.path("name").asText(), pick(random, "\u0000", "a\u0000", "%00"));
                        }
                    }
                    if (queryValues.isEmpty()) {
                        queryValues.put("unexpected", "\u0000");
                    }
                }
                case 12 -> {
                    description = "JSON of the wrong shape";
                    rawBody = pick(random, "[]", "\"text\"", "42", "[{}]", "{\"a\":{\"b\":{\"c\":[[[[[]]]]]}}}");
                    contentType = "application/json";
                }
                case 13 -> {
                    description = "nulls everywhere";
                    body = mutate(body, random, n -> JsonNodeFactory.instance.nullNode());
                }
                case 14 -> {
                    description = "empty strings and arrays";
                    body = mutate(body, random, n -> n.isArray() ? JsonNodeFactory.instance.arrayNode()
                            : JsonNodeFactory.instance.textNode(""));
                }
                default -> {
                    description = "unknown and duplicated fields";
                    rawBody = body instanceof ObjectNode o ? o.toString().replaceFirst("\\{", "{\"zz\":1,\"zz\":2,") : "{\"zz\":1}";
                    contentType = "application/json";
                }
            }
            String url = path;
            for (Map.Entry<String, String> e : pathValues.entrySet()) {
                url = url.replace("{" + e.getKey() + "}", e.getValue());
            }
            String finalUrl = url;
            String finalRaw = rawBody != null ? rawBody : body == null ? null : body.toString();
            String finalType = contentType;
            boolean withToken = authenticated && !isPublic();
            String token = withToken ? token(random) : null;
            Map<String, Object> query = queryValues;
            String label = description + (withToken ? " as " + String.join("+", roles.isEmpty() ? ALL_ROLES : roles) : " anonymous");
            return new Case(label, () -> {
                RequestSpecification spec = given()
                        .config(RestAssured.config()
                                .encoderConfig(EncoderConfig.encoderConfig().encodeContentTypeAs("image/gif", io.restassured.http.ContentType.TEXT)
                                        .encodeContentTypeAs("image/png", io.restassured.http.ContentType.TEXT)
                                        .encodeContentTypeAs("image/jpeg", io.restassured.http.ContentType.TEXT)
                                        .encodeContentTypeAs("application/xml", io.restassured.http.ContentType.TEXT)
                                        .encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.TEXT)
                                        .encodeContentTypeAs("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", io.restassured.http.ContentType.TEXT)
                                        .defaultContentCharset(StandardCharsets.UTF_8))
                                // the request is logged for a failed validation (Quarkus turns that on); pretty-printed, an
                                // "application/xml" body that is not XML went through Groovy's XmlParser, whose JDK parser
                                // printed "[Fatal Error] … Content is not allowed in prolog" to stderr for every such case
                                .logConfig(RestAssured.config().getLogConfig().enablePrettyPrinting(false))
                                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 30_000)))
                        .urlEncodingEnabled(true)
                        .header("Idempotency-Key", "fuzz-" + UUID.randomUUID());
                if (token != null) {
                    spec = spec.auth().oauth2(token);
                }
                if (!query.isEmpty()) {
                    spec = spec.queryParams(query);
                }
                if (finalRaw != null && !"GET".equals(method) && !"DELETE".equals(method)) {
                    spec = spec.contentType(finalType == null ? "application/json" : finalType)
                            .body(finalRaw);
                }
                return spec.urlEncodingEnabled(!finalUrl.contains("%")).request(method, finalUrl);
            });
        }

        /** A token of a role allowed here (the declared roles, or every role when none is declared). */
        private String token(Random random) {
            List<String> allowed = roles.isEmpty() ? ALL_ROLES : roles;
            if (allowed.contains("staff") && random.nextBoolean()) {
                return Tokens.token(Demo.LIU_NANMING, "staff");
            }
            if (allowed.contains("admin") && random.nextInt(3) == 0) {
                return Tokens.token(Demo.ADMIN, "admin");
            }
            return Tokens.token(UUID.randomUUID(), allowed.toArray(String[]::new));
        }
    }

    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int depth = 0; depth < 10 && s != null && s.has("$ref"); depth++) {
            String ref = s.path("$ref").asText();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s != null && s.has("allOf") && s.path("allOf").size() == 1) {
            return resolve(s.path("allOf").get(0));
        }
        return s == null ? JsonNodeFactory.instance.objectNode() : s;
    }

    /** A plausible value for a schema: the shape the server expects, random identifiers. */
    private JsonNode valid(JsonNode schema, Random random) {
        return valid(schema, random, 0);
    }

    private JsonNode valid(JsonNode schema, Random random, int depth) {
        JsonNode s = resolve(schema);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (s.has("enum") && s.path("enum").size() > 0) {
            return s.path("enum").get(random.nextInt(s.path("enum").size()));
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "string");
        String format = s.path("format").asText("");
        switch (type) {
            case "integer" -> {
                return f.numberNode(s.has("minimum") ? Math.max(1, s.path("minimum").asLong()) : 1 + random.nextInt(1000));
            }
            case "number" -> {
                return f.numberNode(1 + random.nextInt(100));
            }
            case "boolean" -> {
                return f.booleanNode(random.nextBoolean());
            }
            case "array" -> {
                ArrayNode a = f.arrayNode();
                if (depth < 4) {
                    a.add(valid(s.path("items"), random, depth + 1));
                }
                return a;
            }
            case "object" -> {
                ObjectNode o = f.objectNode();
                if (depth < 5) {
                    s.path("properties").fields().forEachRemaining(e -> o.set(e.getKey(), valid(e.getValue(), random, depth + 1)));
                }
                return o;
            }
            default -> {
                return switch (format) {
                    case "uuid" -> f.textNode(UUID.randomUUID().toString());
                    case "date" -> f.textNode(LocalDate.now().plusDays(10).toString());
                    case "date-time" -> f.textNode("2026-06-01T08:00:00Z");
                    default -> f.textNode(pick(random, "测试", "南明区", "13812345678", "ok"));
                };
            }
        }
    }

    /** The body with one value (drawn at random, at any depth) replaced. */
    private JsonNode mutate(JsonNode body, Random random, java.util.function.Function<JsonNode, JsonNode> replacement) {
        if (body == null) {
            return null;
        }
        JsonNode copy = body.deepCopy();
        List<Runnable> spots = new ArrayList<>();
        collect(copy, replacement, spots);
        if (spots.isEmpty()) {
            return replacement.apply(copy);
        }
        spots.get(random.nextInt(spots.size())).run();
        if (random.nextInt(3) == 0) {
            spots.get(random.nextInt(spots.size())).run();
        }
        return copy;
    }

    private void collect(JsonNode node, java.util.function.Function<JsonNode, JsonNode> replacement, List<Runnable> spots) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = o.get(name);
                spots.add(() -> o.set(name, replacement.apply(child)));
                collect(child, replacement, spots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                int index = i;
                JsonNode child = a.get(i);
                spots.add(() -> a.set(index, replacement.apply(child)));
                collect(child, replacement, spots);
            }
        }
    }
}
