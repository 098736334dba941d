package org.weiyuan.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns every failure into RFC 9457 problem+json. Bad input never becomes a 500: JSON syntax,
 * wrong types, unknown enum values, bean-validation failures, bad path parameters and business
 * rule refusals each get their own status and a stable {@code type}. Only genuine bugs are 500,
 * and those are logged with the request path.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** The SQLSTATE the ledger trigger raises when an entry would overdraw a fund or a payable (V176). */
    static final String OVERDRAWN = "WYOVD";

    @jakarta.inject.Inject
    DatabaseOutage outage;

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = locale(headers);
        List<Problem.FieldError> errors = e.fieldProblems().isEmpty() ? null : e.fieldProblems().stream()
                .map(f -> new Problem.FieldError(f.field(), Messages.get(locale, f.messageKey(), f.args())))
                .toList();
        Response response = respond(e.status(), e.type(), locale, Messages.get(locale, e.messageKey(), e.args()),
                request, errors, e.currentState());
        if (e.remainingFen() == null) {
            return response;
        }
        Problem p = (Problem) response.getEntity();
        return Response.fromResponse(response).entity(new Problem(p.type(), p.title(), p.status(), p.detail(),
                p.instance(), p.errors(), p.currentState(), e.remainingFen())).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = locale(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(400, "validation", locale, Messages.get(locale, "problem.validation", errors.size()),
                request, errors, null);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = locale(headers);
        String field = pathOf(e);
        String message;
        if (e instanceof StrictJson.ControlCharacterException) {
            message = Messages.get(locale, "problem.text.control",
                    TextRules.firstControl(String.valueOf(e.getValue()), true) + 1);
        } else if (isIntegral(e.getTargetType())) {
            message = Messages.get(locale, "problem.json.integer", String.valueOf(e.getValue()));
        } else if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            message = Messages.get(locale, "problem.json.enum", String.valueOf(e.getValue()),
                    String.join(", ", enumNames(e.getTargetType())));
        } else {
            message = Messages.get(locale, "problem.json.type", String.valueOf(e.getValue()),
                    simpleTypeName(e.getTargetType()));
        }
        return respond(400, "malformed-request", locale, Messages.get(locale, "problem.json.field", field),
                request, List.of(new Problem.FieldError(field, message)), null);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = locale(headers);
        String field = pathOf(e);
        // a refused coercion says 'Cannot coerce String value ("x") to `int` value': show the client its "x"
        String value = "…";
        var sent = java.util.regex.Pattern.compile("value \\(\"?(.{0,80}?)\"?\\) to").matcher(String.valueOf(e.getOriginalMessage()));
        if (sent.find()) {
            value = sent.group(1);
        }
        String message = isIntegral(e.getTargetType())
                ? Messages.get(locale, "problem.json.integer", value)
                : Messages.get(locale, "problem.json.type", value, simpleTypeName(e.getTargetType()));
        return respond(400, "malformed-request", locale, Messages.get(locale, "problem.json.field", field),
                request, List.of(new Problem.FieldError(field, message)), null);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = locale(headers);
        String field = pathOf(e);
        Throwable cause = rootCause(e);
        String reason = cause instanceof DomainException d ? Messages.get(locale, d.messageKey(), d.args())
                : Messages.get(locale, "problem.json.unreadable");
        return respond(400, "malformed-request", locale, Messages.get(locale, "problem.json.field", field),
                request, List.of(new Problem.FieldError(field, reason)), null);
    }

    @ServerExceptionMapper
    public Response jsonSyntax(JsonParseException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = locale(headers);
        return respond(400, "malformed-json", locale,
                Messages.get(locale, "problem.json.syntax", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        e.getLocation() == null ? 0 : e.getLocation().getColumnNr()),
                request, null, null);
    }

    @ServerExceptionMapper
    public Response jsonOther(JsonProcessingException e, HttpHeaders headers, HttpServerRequest request) {
        // a record's constructor refused a value while the body was read (e.g. a mutual-aid plan's rules)
        DomainException refused = findCause(e, DomainException.class);
        if (refused != null) {
            return domain(refused, headers, request);
        }
        Locale locale = locale(headers);
        return respond(400, "malformed-json", locale, Messages.get(locale, "problem.json.unreadable"),
                request, null, null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, HttpServerRequest request) {
        return unauthenticated(headers, request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, HttpServerRequest request) {
        return unauthenticated(headers, request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = locale(headers);
        return respond(403, "forbidden", locale, Messages.get(locale, "problem.forbidden"), request, null, null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, HttpServerRequest request) {
        return concurrentChange(headers, request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpHeaders headers, HttpServerRequest request) {
        return concurrentChange(headers, request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, HttpServerRequest request) {
        Locale locale = locale(headers);
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof DomainException d) {
            return domain(d, headers, request);
        }
        // RESTEasy Reactive wraps some body-reading failures; answer for the real cause.
        if (e.getCause() instanceof InvalidFormatException f) {
            return invalidFormat(f, headers, request);
        }
        if (e.getCause() instanceof MismatchedInputException m) {
            return mismatchedInput(m, headers, request);
        }
        if (e.getCause() instanceof JsonParseException p) {
            return jsonSyntax(p, headers, request);
        }
        if (e.getCause() instanceof JsonProcessingException j) {
            return jsonOther(j, headers, request);
        }
        String key = switch (status) {
            case 404 -> "problem.http.404";
            case 405 -> "problem.http.405";
            case 406 -> "problem.http.406";
            case 413 -> "problem.http.413";
            case 415 -> "problem.http.415";
            default -> status < 500 ? "problem.http.4xx" : "problem.internal";
        };
        return respond(status, status == 404 ? "not-found" : "http-" + status, locale,
                Messages.get(locale, key), request, null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, HttpServerRequest request) {
        DomainException domain = findCause(e, DomainException.class);
        if (domain != null) {
            return domain(domain, headers, request);
        }
        if (findCause(e, OptimisticLockException.class) != null || findCause(e, StaleStateException.class) != null) {
            return concurrentChange(headers, request);
        }
        String sqlState = UniqueViolations.sqlState(e);
        if ("23505".equals(sqlState)) {
            Locale locale = locale(headers);
            return respond(409, "conflict", locale, Messages.get(locale, "problem.duplicate"), request, null, null);
        }
        if (OVERDRAWN.equals(sqlState)) {
            // the ledger trigger refused an overdraft a service did not catch first: money is never overdrawn
            LOG.warnf("Overdraft refused by the ledger on %s %s: %s", request.method(), request.path(), e.getMessage());
            Locale locale = locale(headers);
            return respond(409, "conflict", locale, Messages.get(locale, "problem.ledger.overdrawn"), request, null, null);
        }
        if (ConnectionFailures.isDatabaseUnreachable(e)) {
            return databaseUnreachable(e, headers, request);
        }
        LOG.errorf(e, "Unexpected failure on %s %s", request.method(), request.path());
        Locale locale = locale(headers);
        return respond(500, "internal", locale, Messages.get(locale, "problem.internal"), request, null, null);
    }

    /** The database is down or restarting: 503 with Retry-After, counted and logged once per outage. */
    private Response databaseUnreachable(Throwable e, HttpHeaders headers, HttpServerRequest request) {
        outage.requestRefused(e);
        Locale locale = locale(headers);
        return Response.fromResponse(respond(503, "database-unavailable", locale,
                        Messages.get(locale, "problem.database-unavailable"), request, null, null))
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                .build();
    }

    private Response unauthenticated(HttpHeaders headers, HttpServerRequest request) {
        Locale locale = locale(headers);
        return Response.fromResponse(respond(401, "unauthenticated", locale,
                        Messages.get(locale, "problem.unauthenticated"), request, null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response concurrentChange(HttpHeaders headers, HttpServerRequest request) {
        Locale locale = locale(headers);
        return respond(409, "concurrent-change", locale, Messages.get(locale, "problem.concurrent-change"),
                request, null, null);
    }

    static Response respond(int status, String type, Locale locale, String detail, HttpServerRequest request,
                            List<Problem.FieldError> errors, String currentState) {
        Problem body = new Problem(URI.create(Problem.TYPE_BASE + type),
                Messages.get(locale, "problem.title." + status), status, detail,
                request == null ? null : request.path(), errors, currentState);
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body).build();
    }

    static Locale locale(HttpHeaders headers) {
        return Messages.negotiate(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** "create.request.members[0].name" → "members[0].name": the JSON path the client sent. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean afterParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                afterParameter = true;
                field.setLength(0);
                field.append(node.getName());
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() != null && node.getName().startsWith("<")) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (afterParameter && field.indexOf(".") < 0 && field.indexOf("[") < 0 && isBodyParameter(field)) {
                field.setLength(0); // drop the Java parameter name of a request body
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && field.length() > 0) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
            afterParameter = false;
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static boolean isBodyParameter(CharSequence name) {
        return "request".contentEquals(name) || "body".contentEquals(name);
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static List<String> enumNames(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** Whole-number fields (every …Fen money field among them) take JSON integers only. */
    private static boolean isIntegral(Class<?> type) {
        return type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class || type == java.math.BigInteger.class;
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "?";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "date (ISO-8601)";
        }
        return "object";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
