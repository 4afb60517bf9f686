package io.piiscanner.preflight.template;

import java.util.ArrayList;
import java.util.List;

/** Recognizes intrinsic functions: one-key mappings such as {@code {Ref: X}} or {@code {Fn::Sub: ...}}. */
public final class Intrinsics {

    private Intrinsics() {}

    /** A reference to an attribute: {@code Fn::GetAtt [resource, attribute]}. */
    public record GetAtt(String resource, String attribute, Location location) {}

    /** The function name of an intrinsic ({@code Ref}, {@code Fn::Join}, ...), or {@code null}. */
    public static String function(CfnValue value) {
        if (value instanceof CfnMap m) {
            String key = m.soleKey();
            if (key != null && (key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition"))) {
                return key;
            }
        }
        return null;
    }

    /** The argument of an intrinsic. */
    public static CfnValue argument(CfnValue intrinsic) {
        CfnMap m = (CfnMap) intrinsic;
        return m.get(m.soleKey());
    }

    /** The name a {@code Ref} names, or {@code null}. */
    public static String ref(CfnValue value) {
        return "Ref".equals(function(value)) ? argument(value).text() : null;
    }

    /** A GetAtt in its list or dotted-string form, or {@code null}; a computed attribute gives {@code null}. */
    public static GetAtt getAtt(CfnValue value) {
        if (!"Fn::GetAtt".equals(function(value))) {
            return null;
        }
        CfnValue arg = argument(value);
        if (arg instanceof CfnList list
                && list.size() == 2
                && list.get(0).text() != null
                && list.get(1).text() != null) {
            return new GetAtt(list.get(0).text(), list.get(1).text(), value.location());
        }
        String dotted = arg.text();
        if (dotted != null) {
            int dot = dotted.indexOf('.');
            if (dot > 0 && dot < dotted.length() - 1) {
                return new GetAtt(dotted.substring(0, dot), dotted.substring(dot + 1), value.location());
            }
        }
        return null;
    }

    /** Whether this is {@code Ref AWS::NoValue}, which removes the property it is the value of. */
    public static boolean isNoValue(CfnValue value) {
        return "AWS::NoValue".equals(ref(value));
    }

    /**
     * The values a property can take: both branches of a {@code Fn::If} (recursively), without
     * {@code AWS::NoValue}; the value itself otherwise.
     */
    public static List<CfnValue> alternatives(CfnValue value) {
        List<CfnValue> out = new ArrayList<>();
        collectAlternatives(value, out);
        return out;
    }

    private static void collectAlternatives(CfnValue value, List<CfnValue> out) {
        if (value == null || isNoValue(value)) {
            return;
        }
        if ("Fn::If".equals(function(value)) && argument(value) instanceof CfnList l && l.size() == 3) {
            collectAlternatives(l.get(1), out);
            collectAlternatives(l.get(2), out);
        } else {
            out.add(value);
        }
    }

    /** The elements of a list, or of each alternative of an {@code Fn::If} that yields lists. */
    public static List<CfnValue> listItems(CfnValue value) {
        List<CfnValue> out = new ArrayList<>();
        for (CfnValue alt : alternatives(value)) {
            if (alt instanceof CfnList l) {
                for (CfnValue item : l.items()) {
                    out.addAll(alternatives(item));
                }
            } else if (function(alt) == null) {
                out.add(alt);
            }
        }
        return out;
    }
}
