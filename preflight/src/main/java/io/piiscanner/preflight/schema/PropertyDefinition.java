package io.piiscanner.preflight.schema;

/**
 * A property of a resource type or property type.
 *
 * @param name     its name
 * @param type     the values it accepts
 * @param required whether CloudFormation rejects the resource without it
 */
public record PropertyDefinition(String name, TypeExpression type, boolean required) {

    /** Parses a property from the shipped schema: its type expression, with {@code !} when required. */
    static PropertyDefinition parse(String name, String encoded) {
        boolean required = encoded.startsWith("!");
        return new PropertyDefinition(name, TypeExpression.parse(required ? encoded.substring(1) : encoded), required);
    }
}
