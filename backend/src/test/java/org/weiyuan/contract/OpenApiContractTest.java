package org.weiyuan.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is the contract: every operation has a stable, unique operationId, says
 * its security (public ones {@code security: []}) and its 4xx answers as problem+json. Writes the
 * document to target/openapi.json, which the verify phase lints with Redocly (tools/openapi-lint).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTest {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private JsonNode doc;
    private final List<Op> ops = new ArrayList<>();

    record Op(String method, String path, JsonNode node) {
        String label() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** On first use: RestAssured knows the test port only once the tests themselves run. */
    private void fetch() throws Exception {
        if (doc != null) {
            return;
        }
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        doc = new ObjectMapper().readTree(json);
        Path out = Path.of("target", "openapi.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = p.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> e = m.next();
                if (METHODS.contains(e.getKey())) {
                    ops.add(new Op(e.getKey(), p.getKey(), e.getValue()));
                }
            }
        }
    }

    @Test
    void everyOperationHasAUniqueOperationId() throws Exception {
        fetch();
        assertThat(ops).hasSizeGreaterThan(50);
        List<String> missing = ops.stream().filter(o -> o.node().path("operationId").asText("").isBlank()).map(Op::label).toList();
        assertThat(missing).as("operations without an operationId").isEmpty();
        Map<String, List<String>> byId = new HashMap<>();
        ops.forEach(o -> byId.computeIfAbsent(o.node().path("operationId").asText(), k -> new ArrayList<>()).add(o.label()));
        assertThat(byId.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString).toList())
                .as("operationIds used twice").isEmpty();
    }

    /**
     * Clients are generated from this document, so a schema's name is part of the contract: when two
     * Java types share a simple name SmallRye numbers them (Status1, Status7...) in scan order, and a
     * new type elsewhere renames an old one. Each such type names itself with {@code @Schema(name = ...)}.
     */
    @Test
    void everySchemaHasAStableName() throws Exception {
        fetch();
        List<String> numbered = new ArrayList<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (name.matches(".*[A-Za-z]\\d+$")) {
                numbered.add(name);
            }
        });
        assertThat(numbered).as("schemas SmallRye numbered because their Java simple names collide: "
                + "give each type its own @Schema(name = ...)").isEmpty();
    }

    @Test
    void everyOperationDeclaresItsSecurity() throws Exception {
        fetch();
        List<String> missing = ops.stream().filter(o -> !o.node().has("security")).map(Op::label).toList();
        assertThat(missing).as("operations without a security declaration").isEmpty();
        assertThat(doc.at("/components/securitySchemes/jwt/type").asText()).isEqualTo("http");
    }

    @Test
    void everyOperationDeclaresItsClientErrorsAsProblemJson() throws Exception {
        fetch();
        List<String> wrong = new ArrayList<>();
        for (Op o : ops) {
            JsonNode responses = o.node().path("responses");
            List<String> fourXx = new ArrayList<>();
            responses.fieldNames().forEachRemaining(code -> {
                if (code.startsWith("4")) {
                    fourXx.add(code);
                }
            });
            if (fourXx.isEmpty()) {
                wrong.add(o.label() + ": no 4xx answer");
            }
            boolean secured = o.node().path("security").size() > 0;
            if (secured && !(fourXx.contains("401") && fourXx.contains("403"))) {
                wrong.add(o.label() + ": secured but no 401/403");
            }
            boolean hasInput = o.node().has("requestBody") || o.node().path("parameters").size() > 0;
            if (hasInput && !fourXx.contains("400")) {
                wrong.add(o.label() + ": takes input but no 400");
            }
            for (String code : fourXx) {
                JsonNode response = resolve(responses.path(code));
                if (!response.path("content").has("application/problem+json")) {
                    wrong.add(o.label() + ": " + code + " is not application/problem+json");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void publicOperationsSaySoAndTheRestNeedABearerToken() throws Exception {
        fetch();
        Map<String, Boolean> expectedPublic = Map.of(
                "GET /api/v1/feed/wishes", true,
                "GET /api/v1/feed/wishes/{id}", true,
                "POST /api/v1/payments/sandbox/notify", true,
                "GET /api/v1/admin/invariants", false,
                "GET /api/v1/households", false);
        expectedPublic.forEach((label, isPublic) -> {
            Op op = ops.stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
            JsonNode security = op.node().path("security");
            if (isPublic) {
                assertThat(security.isArray() && security.isEmpty()).as(label + " is public: security []").isTrue();
            } else {
                assertThat(security.toString()).as(label + " needs a token").contains("\"jwt\"");
            }
        });
    }

    /** Operations that create something say 201, as the server answers (the generator does not read @ResponseStatus). */
    @Test
    void creationsAreDocumentedAs201() throws Exception {
        fetch();
        for (String label : List.of("POST /api/v1/households", "POST /api/v1/wishes", "POST /api/v1/wishes/{id}/pledges",
                "POST /api/v1/wishes/{id}/photos", "POST /api/v1/matching-pools")) {
            Op op = ops.stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
            assertThat(op.node().path("responses").has("201")).as(label + " documents 201").isTrue();
            assertThat(op.node().at("/responses/201/content/application~1json/schema/$ref").asText()).as(label).startsWith("#/components/schemas/");
        }
    }

    /** The sandbox checkout answers 202 (the payment is processing; the gateway's notice completes it): the document says so, not 200. */
    @Test
    void anAcceptedPaymentIsDocumentedAs202() throws Exception {
        fetch();
        String label = "POST /api/v1/sandbox/checkout/{reference}";
        Op op = ops.stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
        assertThat(op.node().path("responses").has("202")).as(label + " documents 202").isTrue();
        assertThat(op.node().path("responses").has("200")).as(label + " never answers 200").isFalse();
        assertThat(op.node().at("/responses/202/content/application~1json/schema/$ref").asText()).as(label)
                .isEqualTo("#/components/schemas/PaymentAccepted");
    }

    /** The generic answers the contract declares by rule are what the server really sends. */
    @Test
    void theGenericClientErrorsAreRealProblemAnswers() {
        given().accept("image/png").get("/api/v1/feed/districts").then().statusCode(406)
                .contentType("application/problem+json");
        given().contentType("text/plain").body("x").post("/api/v1/payments/sandbox/notify").then().statusCode(415)
                .contentType("application/problem+json");
        given().contentType("application/json").body("{\"x\": \"" + "a".repeat(1_100_000) + "\"}")
                .post("/api/v1/payments/sandbox/notify").then().statusCode(413).contentType("application/problem+json");
    }

    /** Each operation's declared security matches what an anonymous caller meets. */
    @Test
    void anAnonymousCallerIsRefusedExactlyWhereTheDocumentSaysATokenIsNeeded() throws Exception {
        fetch();
        List<String> wrong = new ArrayList<>();
        for (Op o : ops) {
            String path = o.path().replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
            // a body of the first media type the operation reads, so the refusal is about the token
            String mediaType = o.node().at("/requestBody/content").fieldNames().hasNext()
                    ? o.node().at("/requestBody/content").fieldNames().next() : "application/json";
            var request = given().contentType(mediaType).body((o.method().equals("get") || o.method().equals("delete") ? "" : "{}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var response = request.request(o.method(), path).then().extract();
            int status = response.statusCode();
            // the gateway's notification is public but signed: a missing signature is its own 401
            boolean tokenRefused = status == 401 && !response.body().asString().contains("bad-signature");
            boolean isPublic = o.node().path("security").isEmpty();
            if (isPublic == tokenRefused || (!isPublic && status != 401)) {
                wrong.add(o.label() + " declared " + (isPublic ? "public" : "secured") + " but anonymous got " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.isEmpty() ? node : doc.at(ref.substring(1));
    }
}
