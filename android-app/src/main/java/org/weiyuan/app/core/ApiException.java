package org.weiyuan.app.core;

import java.util.Collections;
import java.util.Map;

/** An error answer from the server (problem+json): its status, and the sentence to show the user. */
public final class ApiException extends Exception {
    public final int status;
    public final String type;
    /** The server's explanation in the user's language; shown as it is. */
    public final String detail;
    /** Which request fields were wrong, and why. */
    public final Map<String, String> fields;

    public ApiException(int status, String type, String detail, Map<String, String> fields) {
        super(status + " " + detail);
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.fields = Collections.unmodifiableMap(fields);
    }
}
