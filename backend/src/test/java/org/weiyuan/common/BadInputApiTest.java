package org.weiyuan.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * Input no person would type, refused as 400 problem+json naming the field (issue 11: NUL and
 * control characters, money that is not a whole number of fen, tampered cursors, an overflowing
 * limit, an over-long address), and the operator-only metrics.
 */
@QuarkusTest
class BadInputApiTest {

    private static final String NUL = "\u0000";

    /** A NUL in a query or path parameter: 400 naming it, in every operation (before: 500 from PostgreSQL). */
    @Test
    void nulInQueryAndPathParametersIsRefusedNamingTheParameter() {
        UUID donor = UUID.randomUUID();
        List<Map.Entry<String, Supplier<Response>>> calls = List.of(
                Map.entry("district", () -> given().queryParam("district", "南明" + NUL).get("/api/v1/feed/wishes")),
                Map.entry("district", () -> Api.worker(UUID.randomUUID()).queryParam("district", NUL).get("/api/v1/jobs/listings")),
                Map.entry("district", () -> Api.worker(UUID.randomUUID()).queryParam("district", NUL).get("/api/v1/services/menu")),
                Map.entry("cursor", () -> Api.donor().queryParam("cursor", "ab" + NUL).get("/api/v1/inbox")),
                Map.entry("reference", () -> Api.as(donor, "donor").urlEncodingEnabled(false).post("/api/v1/sandbox/checkout/SBX%00")),
                Map.entry("token", () -> Api.as(donor, "donor").urlEncodingEnabled(false).delete("/api/v1/devices/tok%00en")));
        for (var call : calls) {
            Response r = call.getValue().get();
            assertThat(r.statusCode()).as(call.getKey() + ": " + r.asString()).isEqualTo(400);
            r.then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(call.getKey()));
        }
    }

    /** A NUL or another control character in any text of a body: 400 naming the field (before: 500 or stored). */
    @Test
    void controlCharactersInBodiesAreRefusedNamingTheField() {
        UUID worker = UUID.randomUUID();
        UUID donor = UUID.randomUUID();
        record Call(String field, Supplier<Response> send) { }
        Map<String, Object> household = new java.util.HashMap<>(org.weiyuan.support.Files.household(Demo.NANMING_COMMUNITY, 100_000));
        household.put("headName", "王" + NUL + "芳");
        Map<String, Object> wish = new java.util.HashMap<>(Fixtures.cashWish(10_000));
        wish.put("title", "药费" + NUL);
        Map<String, Object> bell = new java.util.HashMap<>(Fixtures.cashWish(10_000));
        bell.put("story", "孩子住院\u0007");
        List<Call> calls = List.of(
                new Call("headName", () -> Api.worker(worker).body(household).post("/api/v1/households")),
                new Call("title", () -> Api.worker(worker).body(wish).post("/api/v1/wishes")),
                new Call("story", () -> Api.worker(worker).body(bell).post("/api/v1/wishes")),
                new Call("districts[0]", () -> Api.as(donor, "donor").body(Map.of("districts", List.of("南明区" + NUL)))
                        .put("/api/v1/feed/preferences")),
                new Call("token", () -> Api.as(donor, "donor").body("{\"token\": \"fcm\\u0000\"}")
                        .put("/api/v1/devices")),
                new Call("name", () -> Api.staff(Demo.LIU_NANMING).body("{\"name\": \"公司\\u001b[31m\"}")
                        .post("/api/v1/jobs/employers")),
                new Call("name", () -> Api.admin().body("{\"name\": \"社区\\u007f工会\", \"parentId\": \"" + Demo.NANMING + "\"}")
                        .post("/api/v1/units")),
                new Call("name", () -> Api.staff(Demo.CHEN_GUIYANG).body("{\"name\": \"送温暖\\u0085\", \"kind\": \"FESTIVAL\"}")
                        .post("/api/v1/campaigns")),
                new Call("fourLooks.housing", () -> {
                    Map<String, Object> h = new java.util.HashMap<>(org.weiyuan.support.Files.household(Demo.NANMING_COMMUNITY, 100_000));
                    h.put("fourLooks", Map.of("housing", "租房" + NUL, "food", "困难", "workingCapacity", "弱", "childrenInSchool", "初中"));
                    return Api.worker(UUID.randomUUID()).body(h).post("/api/v1/households");
                }),
                new Call("members[0].name", () -> {
                    Map<String, Object> h = new java.util.HashMap<>(org.weiyuan.support.Files.household(Demo.NANMING_COMMUNITY, 100_000));
                    h.put("members", List.of(org.weiyuan.support.Files.member("SELF", "户" + NUL, 1980, "HEALTHY", null, "FLEXIBLE", 0)));
                    return Api.worker(UUID.randomUUID()).body(h).post("/api/v1/households");
                }));
        for (Call call : calls) {
            call.send().get().then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(call.field()));
        }
    }

    /** Line breaks and tabs are what people type in a story: kept. */
    @Test
    void multiLineTextKeepsLineBreaksAndTabs() {
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        Map<String, Object> wish = new java.util.HashMap<>(Fixtures.cashWish(10_000));
        wish.put("story", "第一段:孩子住院。\r\n第二段:\t需要自费药品。");
        Api.worker(worker).body(wish).post("/api/v1/wishes").then().statusCode(201)
                .body("story", is("第一段:孩子住院。\r\n第二段:\t需要自费药品。"));
    }

    /** Money is a JSON integer of fen: 1.9, "2", 1000.0 and true are refused, not truncated (before: 1.9 stored as 1). */
    @Test
    void moneyFieldsTakeJsonIntegersOnly() {
        String wish = UUID.randomUUID().toString();
        for (String amount : List.of("1.9", "\"2\"", "1000.0", "1e3", "true")) {
            Api.donor().header("Idempotency-Key", UUID.randomUUID().toString()).body("{\"amountFen\": " + amount + "}")
                    .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("amountFen"));
        }
        UUID worker = UUID.randomUUID();
        Api.worker(worker).body("{\"kind\":\"CASH\",\"title\":\"药费\",\"story\":\"住院\",\"targetFen\":100.5,\"deadline\":\"2099-01-01\"}")
                .post("/api/v1/wishes").then().statusCode(400).body("errors.field", hasItem("targetFen"));
        Api.worker(worker).body("{\"kind\":\"GOODS\",\"title\":\"棉被\",\"story\":\"冷\",\"deadline\":\"2099-01-01\","
                        + "\"items\":[{\"name\":\"棉被\",\"quantity\":1,\"unitPriceFen\":\"20000\"}]}")
                .post("/api/v1/wishes").then().statusCode(400).body("errors.field", hasItem("items[0].unitPriceFen"));
        Api.as(UUID.randomUUID(), "donor").body("{\"minFen\": 0.5}").put("/api/v1/feed/preferences").then().statusCode(400)
                .body("errors.field", hasItem("minFen"));
        Map<String, Object> household = new java.util.HashMap<>(org.weiyuan.support.Files.household(Demo.NANMING_COMMUNITY, 100_000));
        household.put("otherMonthlyIncomeFen", 12.34);
        Api.worker(UUID.randomUUID()).body(household).post("/api/v1/households").then().statusCode(400)
                .body("errors.field", hasItem("otherMonthlyIncomeFen"));
        // an integer is still an integer
        Api.as(UUID.randomUUID(), "donor").body("{\"minFen\": 100, \"maxFen\": 1000}").put("/api/v1/feed/preferences")
                .then().statusCode(200).body("minFen", is(100));
    }

    /** Every cursor decoder: a cursor we did not make is 400 (before: 500 for an out-of-range position). */
    @Test
    void tamperedCursorsAre400Everywhere() {
        String id = UUID.randomUUID().toString();
        List<String> tampered = List.of(
                b64("99999999999999999|" + id), b64("-99999999999999999|" + id), b64("9223372036854775807|" + id),
                b64("-9223372036854775808|" + id), b64("253402300800000000|" + id), b64("1|not-a-uuid"), b64("|"), "%%%", "a",
                b64("a9223372036854775808"));
        for (String cursor : tampered) {
            for (String sort : List.of("URGENCY", "NEWEST", "NEAREST_GOAL")) {
                Response r = given().queryParam("sort", sort).queryParam("cursor", cursor).get("/api/v1/feed/wishes");
                assertThat(r.statusCode()).as(sort + " " + cursor).isEqualTo(400);
                r.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("cursor"));
            }
            Api.donor().queryParam("cursor", cursor).get("/api/v1/inbox").then().statusCode(400).body("errors.field", hasItem("cursor"));
            Api.staff(Demo.LIU_NANMING).queryParam("cursor", cursor).get("/api/v1/households").then().statusCode(400)
                    .body("errors.field", hasItem("cursor"));
            Api.admin().queryParam("cursor", cursor).get("/api/v1/audit").then().statusCode(400)
                    .body("errors.field", hasItem("cursor"));
        }
    }

    /** A limit that does not fit an int is a bad parameter (before: 404 "nothing at this address"). */
    @Test
    void overflowingNumbersInQueriesAre400() {
        given().queryParam("limit", "99999999999").get("/api/v1/feed/wishes").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("limit"));
        given().queryParam("limit", "12abc").get("/api/v1/feed/wishes").then().statusCode(400).body("errors.field", hasItem("limit"));
        given().queryParam("minFen", "99999999999999999999").get("/api/v1/feed/wishes").then().statusCode(400)
                .body("errors.field", hasItem("minFen"));
        given().queryParam("limit", "0").get("/api/v1/feed/wishes").then().statusCode(400);
        given().queryParam("limit", "5").get("/api/v1/feed/wishes").then().statusCode(200);
    }

    /** An over-long address: 414 with a problem body (before: an empty body). */
    @Test
    void overLongAddressIsProblemJson() {
        given().queryParam("district", "南".repeat(3000)).get("/api/v1/feed/wishes").then().statusCode(414)
                .contentType("application/problem+json").body("status", is(414));
    }

    /** A body that stops arriving is answered 408 and the connection closed, not held open for ever. */
    @Test
    void aStalledBodyIsCutOff() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/payments/sandbox/notify HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"reference\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8); // returns once the server closes
            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
        }
    }

    /** Metrics are for operators: an admin token is needed (before: open to anyone). Health stays open. */
    @Test
    void metricsNeedAnOperator() {
        given().get("/q/metrics").then().statusCode(401);
        Api.donor().get("/q/metrics").then().statusCode(403);
        Api.admin().accept("text/plain").get("/q/metrics").then().statusCode(200).body(startsWith("#"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static String b64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
