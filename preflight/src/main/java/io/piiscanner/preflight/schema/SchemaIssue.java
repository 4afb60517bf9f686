package io.piiscanner.preflight.schema;

import io.piiscanner.preflight.template.Location;

/**
 * A way a value does not fit its schema.
 *
 * @param kind       what kind of mismatch
 * @param path       the property path, e.g. {@code VersioningConfiguration.Status} or {@code Tags[0]}
 * @param location   where in the file
 * @param detail     the expected type, or the missing property's name
 * @param suggestion for an unknown property, the nearest valid name, or {@code null}
 * @param expected   for an unknown or missing property, the type of the suggested or missing one
 */
public record SchemaIssue(
        Kind kind, String path, Location location, String detail, String suggestion, TypeExpression expected) {

    /** Kinds of mismatch; each makes CloudFormation reject the resource during validation. */
    public enum Kind {
        /** A property the type does not have. */
        UNKNOWN_PROPERTY,
        /** A required property left out. */
        MISSING_PROPERTY,
        /** A value of the wrong type. */
        WRONG_TYPE,
        /** A null value, which templates may not contain. */
        NULL_VALUE
    }
}
