package org.weiyuan.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.UUID;

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
}
