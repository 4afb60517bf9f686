package io.piiscanner.infra;

import java.util.Map;
import java.util.TreeMap;

/**
 * Maps that the CDK renders into the template, in a fixed order. The CDK keeps a map's iteration
 * order, and {@code Map.of} iterates in an order that changes with every JVM: the template, the
 * logical ids hashed from it (an API deployment's) and the strings of custom resources would
 * change on every synth, so every deploy would replace them and {@code cdk diff} would never be
 * clean.
 */
final class Ordered {

    private Ordered() {}

    /** The same entries, sorted by key. */
    static <V> Map<String, V> of(Map<String, V> entries) {
        return new TreeMap<>(entries);
    }
}
