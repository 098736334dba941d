package org.weiyuan.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Every kind of bad input answers problem+json with the field and the reason, never a 500. */
@QuarkusTest
class ProblemDetailsApiTest {

    private static final String PROBLEM = "application/problem+json";
    private final UUID worker = UUID.randomUUID();

    @Test
    void malformedJsonIs400() {
        Api.worker(worker).body("{\"headName\": \"王\", ").post("/api/v1/households")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", is("https://weiyuan.org/problems/malformed-json"))
                .body("status", is(400))
                .body("title", is("请求有误"))
                .body("instance", is("/api/v1/households"));
    }

    @Test
    void wrongTypeNamesTheField() {
        Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 1000);
        @SuppressWarnings("unchecked")
        Map<String, Object> member = ((List<Map<String, Object>>) body.get("members")).get(0);
        member.put("birthYear", "nineteen-eighty");
        Api.worker(worker).body(body).post("/api/v1/households")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("members[0].birthYear"))
                .body("errors[0].message", containsString("nineteen-eighty"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 1000);
        body.put("housing", "CASTLE");
        Api.worker(worker).body(body).post("/api/v1/households")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("housing"))
                .body("errors[0].message", containsString("PUBLIC_RENTAL"));
    }

    @Test
    void validationListsEveryBadField() {
        Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 1000);
        body.remove("headName");
        String valid = Files.idNumber();
        body.put("idNumber", valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1')); // wrong check character
        body.put("phone", "12345");
        body.put("members", List.of());
        body.put("otherMonthlyIncomeFen", -1);
        Api.worker(worker).body(body).post("/api/v1/households")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", is("https://weiyuan.org/problems/validation"))
                .body("errors.field", hasItems("headName", "idNumber", "phone", "members", "otherMonthlyIncomeFen"))
                .body("errors.find { it.field == 'idNumber' }.message", containsString("身份证"));
    }

    @Test
    void nestedValidationPointsIntoTheList() {
        Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 1000);
        @SuppressWarnings("unchecked")
        Map<String, Object> member = ((List<Map<String, Object>>) body.get("members")).get(1);
        member.put("name", "");
        Api.worker(worker).body(body).post("/api/v1/households")
                .then().statusCode(400).body("errors.field", hasItem("members[1].name"));
    }

    @Test
    void missingBodyIs400() {
        Api.worker(worker).post("/api/v1/households").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"headName\": \"" + "很".repeat(600_000) + "\"}";
        Api.worker(worker).body(huge).post("/api/v1/households")
                .then().statusCode(413).contentType(PROBLEM).body("status", is(413));
    }

    @Test
    void badUuidInPathOrQueryIs400NotFoundOr500() {
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", is("https://weiyuan.org/problems/bad-parameter"))
                .body("errors[0].field", is("id"));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households?unitId=123")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("unitId"));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households?status=SLEEPING")
                .then().statusCode(400).contentType(PROBLEM);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households?cursor=garbage!")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("cursor"));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households?limit=100000")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownPathAndWrongMediaTypeAreProblems() {
        Api.staff(Demo.LIU_NANMING).get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
        Api.worker(worker).contentType(ContentType.TEXT).body("hello").post("/api/v1/households")
                .then().statusCode(415).contentType(PROBLEM);
        Api.worker(worker).delete("/api/v1/households/" + UUID.randomUUID()).then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void englishWhenTheClientPrefersIt() {
        Api.worker(worker).header("Accept-Language", "en-US,en;q=0.9").body("{").post("/api/v1/households")
                .then().statusCode(400).header("Content-Language", startsWith("en"))
                .body("title", is("Bad request")).body("detail", containsString("not valid JSON"));
        Api.worker(worker).header("Accept-Language", "zh-CN").body("{").post("/api/v1/households")
                .then().statusCode(400).body("title", is("请求有误"));
    }

    @Test
    void aRefusedUpdateLosesNothingAlreadyStored() {
        Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 120_000);
        String id = Api.worker(worker).body(body).post("/api/v1/households").then().statusCode(201).extract().path("id");
        Map<String, Object> bad = Files.household(Demo.NANMING_COMMUNITY, 120_000);
        bad.put("members", List.of(Files.member("SELF", "新名字", 1980, "HEALTHY", null, "EMPLOYED", 1)));
        bad.put("idNumber", "invalid");
        Api.worker(worker).body(bad).put("/api/v1/households/" + id).then().statusCode(400);
        // a business-rule refusal half-way through (birth year in the future) rolls back too
        Map<String, Object> future = Files.household(Demo.NANMING_COMMUNITY, 120_000);
        future.put("members", List.of(Files.member("SELF", "新名字", 2099, "HEALTHY", null, "EMPLOYED", 1)));
        Api.worker(worker).body(future).put("/api/v1/households/" + id).then().statusCode(422)
                .body("errors[0].field", is("members[0].birthYear"));
        Api.worker(worker).get("/api/v1/households/" + id).then().statusCode(200)
                .body("members.size()", is(2))
                .body("members[0].name", is("测试户主"))
                .body("idNumber", is(body.get("idNumber")))
                .body("members[0].name", not("新名字"))
                .body("updatedAt", notNullValue());
    }
}
