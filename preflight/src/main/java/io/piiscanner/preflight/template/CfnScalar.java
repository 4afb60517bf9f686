package io.piiscanner.preflight.template;

import java.util.Objects;

/**
 * A string, number, boolean or null, kept as its text so that {@code "5"} and {@code 5} can
 * both be told apart and compared.
 *
 * @param value    the text; {@code "null"} for a null
 * @param kind     what the file said it is
 * @param location where it starts
 */
public record CfnScalar(String value, Kind kind, Location location) implements CfnValue {

    /** The JSON types a scalar can have. */
    public enum Kind {
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }

    public CfnScalar {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
    }

    /** A string scalar. */
    public static CfnScalar string(String value, Location location) {
        return new CfnScalar(value, Kind.STRING, location);
    }
}
