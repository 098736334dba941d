package org.weiyuan.support;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** REST Assured requests as a given user. */
public final class Api {

    private Api() { }

    public static RequestSpecification as(UUID subject, String... roles) {
        return given().auth().oauth2(Tokens.token(subject, roles)).contentType(ContentType.JSON);
    }

    public static RequestSpecification staff(UUID subject) {
        return as(subject, "staff");
    }

    public static RequestSpecification worker(UUID subject) {
        return as(subject, "worker");
    }

    public static RequestSpecification admin() {
        return as(Demo.ADMIN, "admin");
    }

    public static RequestSpecification donor() {
        return as(Demo.ZHAO_DONOR, "donor");
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /**
     * Every item of a cursor-paged list ({@code {items, nextCursor}}), page after page with the API's own cursor:
     * {@code query} holds the filters and the page size ({@code limit}); {@code as} makes each page's request.
     */
    public static List<Map<String, Object>> allItems(Supplier<RequestSpecification> as, String path, Map<String, ?> query) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages == 0 || cursor != null; pages++) {
            if (pages > 1000) {
                throw new AssertionError(path + " still has a next page after 1000 pages: its cursor does not advance");
            }
            RequestSpecification request = as.get().queryParams(query);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get(path).then().statusCode(200).extract();
            items.addAll(page.path("items"));
            cursor = page.path("nextCursor");
        }
        return items;
    }
}
