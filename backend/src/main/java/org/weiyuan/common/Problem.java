package org.weiyuan.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every error answer ({@code application/problem+json}).
 * {@code type} is stable and documented in docs/api.md; {@code title} and {@code detail} are in
 * the caller's language (zh-CN unless Accept-Language prefers English).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance,
                      List<FieldError> errors, String currentState, Long remainingFen) {

    public Problem(URI type, String title, int status, String detail, String instance,
                   List<FieldError> errors, String currentState) {
        this(type, title, status, detail, instance, errors, currentState, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://weiyuan.org/problems/";

    /** One invalid field: its JSON path in the request and what is wrong with it. */
    public record FieldError(String field, String message) { }
}
