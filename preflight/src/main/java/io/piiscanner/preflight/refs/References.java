package io.piiscanner.preflight.refs;

import io.piiscanner.preflight.template.CfnList;
import io.piiscanner.preflight.template.CfnMap;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.SubString;
import java.util.ArrayList;
import java.util.List;

/** Finds the Ref, Fn::GetAtt and Fn::Sub references inside a value, at any depth. */
final class References {

    private References() {}

    /** The references in {@code value}. */
    static List<Reference> in(CfnValue value) {
        List<Reference> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    /** The references a resource makes: in its Properties and Metadata, and its DependsOn. */
    static List<Reference> of(Resource r) {
        List<Reference> out = new ArrayList<>();
        collect(r.definition().get("Properties"), out);
        collect(r.definition().get("Metadata"), out);
        for (String d : r.dependsOn()) {
            out.add(new Reference("DependsOn", d, null, r.definition().keyLocation("DependsOn")));
        }
        return out;
    }

    private static void collect(CfnValue value, List<Reference> out) {
        if (value == null) {
            return;
        }
        String fn = Intrinsics.function(value);
        if ("Ref".equals(fn) && Intrinsics.ref(value) != null) {
            out.add(new Reference("Ref", Intrinsics.ref(value), null, value.location()));
            return;
        }
        if ("Fn::GetAtt".equals(fn)) {
            Intrinsics.GetAtt g = Intrinsics.getAtt(value);
            if (g != null) {
                out.add(new Reference("Fn::GetAtt", g.resource(), g.attribute(), value.location()));
                return;
            }
        }
        if ("Fn::Sub".equals(fn)) {
            collectSub(Intrinsics.argument(value), value, out);
        }
        if (value instanceof CfnMap m) {
            for (CfnValue v : m.entries().values()) {
                collect(v, out);
            }
        } else if (value instanceof CfnList l) {
            for (CfnValue v : l.items()) {
                collect(v, out);
            }
        }
    }

    private static void collectSub(CfnValue arg, CfnValue sub, List<Reference> out) {
        SubString.Argument sa = SubString.Argument.of(arg);
        if (sa == null) {
            return;
        }
        for (String name : SubString.variables(sa.text())) {
            if (sa.defines(name)) {
                continue;
            }
            int dot = name.indexOf('.');
            out.add(
                    dot > 0
                            ? new Reference("Fn::Sub", name.substring(0, dot), name.substring(dot + 1), sub.location())
                            : new Reference("Fn::Sub", name, null, sub.location()));
        }
    }
}
