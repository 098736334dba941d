package org.weiyuan.common;

import java.util.List;

/**
 * A business rule refused a request. Carries what the problem+json answer needs: HTTP status, a
 * stable problem type, a message key (resolved in the caller's language) and its arguments.
 * Thrown by services and plain rule classes; turned into problem+json at the HTTP edge only.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String type;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<FieldProblem> fieldProblems;
    private final String currentState;
    private Long remainingFen;

    protected DomainException(int status, String type, String messageKey, String currentState,
                              List<FieldProblem> fieldProblems, Object... args) {
        super(messageKey);
        this.status = status;
        this.type = type;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldProblems = fieldProblems == null ? List.of() : List.copyOf(fieldProblems);
        this.currentState = currentState;
    }

    /** 404: the thing does not exist, or exists outside the caller's union scope (we do not tell which). */
    public static DomainException notFound(String what) {
        return new DomainException(404, "not-found", "problem.not-found", null, null, what);
    }

    /** 403: the caller is signed in but this action is not theirs to take. */
    public static DomainException forbidden(String messageKey, Object... args) {
        return new DomainException(403, "forbidden", messageKey, null, null, args);
    }

    /** 403 for the "whoever investigates does not approve" rule (谁调查、谁审核). */
    public static DomainException separationOfDuties(String messageKey, Object... args) {
        return new DomainException(403, "separation-of-duties", messageKey, null, null, args);
    }

    /** 409: the action does not fit the current state of the thing; the answer names that state. */
    public static DomainException illegalTransition(String action, Enum<?> current) {
        return new DomainException(409, "illegal-transition", "problem.illegal-transition",
                current.name(), null, action, current.name());
    }

    /** 409: would break a uniqueness rule or lost a race with a concurrent change. */
    public static DomainException conflict(String messageKey, Object... args) {
        return new DomainException(409, "conflict", messageKey, null, null, args);
    }

    /** 503: a capability this installation lacks (e.g. the receipt font is not installed). */
    public static DomainException unavailable(String messageKey, Object... args) {
        return new DomainException(503, "unavailable", messageKey, null, null, args);
    }

    /** 401: a payment notification whose signature does not verify. */
    public static DomainException badSignature() {
        return new DomainException(401, "bad-signature", "problem.payment.signature", null, null);
    }

    /** 409: a pledge larger than what the wish still needs; the answer offers the remainder. */
    public static DomainException remainderExceeded(long remainingFen) {
        DomainException e = new DomainException(409, "remainder-exceeded", "problem.pledge.remainder", null, null, remainingFen);
        e.remainingFen = remainingFen;
        return e;
    }

    /** 422: well-formed input that a business rule rejects, pointing at one field. */
    public static DomainException unprocessable(String field, String messageKey, Object... args) {
        return new DomainException(422, "unprocessable", messageKey, null,
                List.of(new FieldProblem(field, messageKey, args)), args);
    }

    /** 422 naming several fields at once (a rule class checked a whole request); the first names the message. */
    public static DomainException unprocessable(List<FieldProblem> problems) {
        FieldProblem first = problems.get(0);
        return new DomainException(422, "unprocessable", first.messageKey(), null, problems, first.args());
    }

    /** 400: a query or path parameter that cannot be read (bad UUID, bad cursor, bad number). */
    public static DomainException badParameter(String parameter, String messageKey, Object... args) {
        return new DomainException(400, "bad-parameter", messageKey, null,
                List.of(new FieldProblem(parameter, messageKey, args)), args);
    }

    public int status() { return status; }
    public String type() { return type; }
    public String messageKey() { return messageKey; }
    public Object[] args() { return args; }
    public List<FieldProblem> fieldProblems() { return fieldProblems; }
    public String currentState() { return currentState; }
    public Long remainingFen() { return remainingFen; }

    /** One field and the message key saying what is wrong with it. */
    public record FieldProblem(String field, String messageKey, Object[] args) { }
}
