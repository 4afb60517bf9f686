package io.piiscanner.preflight.refs;

import io.piiscanner.preflight.template.Location;

/**
 * A name used by an intrinsic function.
 *
 * @param via       how: {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub} or {@code DependsOn}
 * @param name      the parameter or resource named
 * @param attribute the attribute for GetAtt (or {@code ${X.Attr}} in Sub), else {@code null}
 * @param location  where the function is written
 */
record Reference(String via, String name, String attribute, Location location) {

    /** The reference as written, e.g. {@code !GetAtt Key.Arn}. */
    String describe() {
        return switch (via) {
            case "Ref" -> "Ref " + name;
            case "Fn::GetAtt" -> "Fn::GetAtt " + name + "." + attribute;
            case "Fn::Sub" -> "${" + name + (attribute == null ? "" : "." + attribute) + "} in Fn::Sub";
            default -> via + " " + name;
        };
    }
}
