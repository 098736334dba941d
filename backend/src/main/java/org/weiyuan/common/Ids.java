package org.weiyuan.common;

import java.util.UUID;

/** Parses public identifiers. Every public id is a UUID; anything else is a 400, never a 404 or 500. */
public final class Ids {

    private Ids() { }

    public static UUID parse(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException(value);
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.badParameter(parameter, "problem.uuid", value);
        }
    }
}
