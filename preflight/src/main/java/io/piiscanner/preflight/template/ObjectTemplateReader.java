package io.piiscanner.preflight.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a template from Java objects (maps, lists, strings, numbers, booleans), such as the
 * parsed template of a CDK stack ({@code assertions.Template.toJSON()}) or one assembled from a
 * construct tree. Values have no file position.
 */
public final class ObjectTemplateReader {

    private ObjectTemplateReader() {}

    /**
     * The template whose top-level sections are {@code root}.
     *
     * @throws IllegalArgumentException when a value is not a map, list, string, number, boolean or null
     */
    public static Template read(Map<String, ?> root) {
        return new Template((CfnMap) value(root));
    }

    private static CfnValue value(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, CfnValue> entries = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                entries.put(String.valueOf(e.getKey()), value(e.getValue()));
            }
            return new CfnMap(entries, Map.of(), Location.UNKNOWN);
        }
        if (o instanceof List<?> l) {
            List<CfnValue> items = new ArrayList<>();
            for (Object item : l) {
                items.add(value(item));
            }
            return new CfnList(items, Location.UNKNOWN);
        }
        if (o == null) {
            return new CfnScalar("null", CfnScalar.Kind.NULL, Location.UNKNOWN);
        }
        if (o instanceof String s) {
            return CfnScalar.string(s, Location.UNKNOWN);
        }
        if (o instanceof Number n) {
            return new CfnScalar(plain(n), CfnScalar.Kind.NUMBER, Location.UNKNOWN);
        }
        if (o instanceof Boolean b) {
            return new CfnScalar(b.toString(), CfnScalar.Kind.BOOLEAN, Location.UNKNOWN);
        }
        throw new IllegalArgumentException(
                "not a template value: " + o.getClass().getName());
    }

    /** A number as JSON writes it: {@code 365}, not {@code 365.0}. */
    private static String plain(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15
                ? Long.toString((long) d)
                : n.toString();
    }
}
