package org.weiyuan.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's OpenAPI document, as this backend serves it, is kept in docs/openapi.json: the Android
 * app's screen tests check every scripted answer and every request they accept against it, so a
 * script cannot drift from the API. This fails when the committed copy is stale; rerun with
 * {@code -Dweiyuan.openapi.update=true} to write the new one (and commit it with the change).
 */
@QuarkusTest
class OpenApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("..", "docs", "openapi.json");

    @Test
    void theCommittedDocumentIsTheOneServed() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        String served = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        JsonNode document = json.readTree(served);
        if (Boolean.getBoolean("weiyuan.openapi.update")) {
            Files.writeString(SNAPSHOT, json.writeValueAsString(json.treeToValue(document, Object.class)) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(SNAPSHOT)).as(SNAPSHOT + " is missing: run this test with -Dweiyuan.openapi.update=true").isTrue();
        JsonNode committed = json.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
        assertThat(committed).as(SNAPSHOT + " is stale (the API changed): rerun with -Dweiyuan.openapi.update=true and commit it")
                .isEqualTo(document);
    }
}
