package io.piiscanner.preflight.pci;

import io.piiscanner.preflight.template.CfnValue;

/** Reads literal booleans and numbers the way CloudFormation does ({@code "true"} is true). */
final class Values {

    private Values() {}

    static boolean isTrue(CfnValue v) {
        return v != null && "true".equalsIgnoreCase(v.text());
    }

    static boolean isFalse(CfnValue v) {
        return v != null && "false".equalsIgnoreCase(v.text());
    }

    /** The value as an integer, or {@code null} when absent, computed or not a number. */
    static Integer integer(CfnValue v) {
        String t = v == null ? null : v.text();
        if (t == null || !t.strip().matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(t.strip());
    }
}
