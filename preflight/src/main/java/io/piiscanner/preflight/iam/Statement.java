package io.piiscanner.preflight.iam;

import io.piiscanner.preflight.template.CfnMap;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import io.piiscanner.preflight.template.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One statement of an IAM or resource policy as written in a template.
 *
 * @param allow       Effect is Allow (else Deny)
 * @param principals  Principal values by type ({@code Service}, {@code AWS}, ...); the bare
 *                    {@code "*"} principal is the type {@code *}
 * @param actions     literal Action values, or NotAction values when {@code notAction}
 * @param notAction   whether the statement uses NotAction
 * @param computed    whether some action is computed by a function and so unknown
 * @param resources   Resource values
 * @param condition   the Condition block, or {@code null}
 * @param location    where the statement starts
 */
public record Statement(
        boolean allow,
        Map<String, List<CfnValue>> principals,
        List<String> actions,
        boolean notAction,
        boolean computed,
        List<CfnValue> resources,
        CfnMap condition,
        Location location) {

    /** The statements of a policy document; empty when the document is not a literal policy. */
    public static List<Statement> of(CfnValue document) {
        List<Statement> out = new ArrayList<>();
        CfnMap doc = document == null ? null : document.asMap();
        if (doc == null) {
            return out;
        }
        for (CfnValue s : Intrinsics.listItems(doc.get("Statement"))) {
            if (s instanceof CfnMap m) {
                out.add(parse(m));
            }
        }
        return out;
    }

    private static Statement parse(CfnMap m) {
        Map<String, List<CfnValue>> principals = new LinkedHashMap<>();
        CfnValue principal = m.get("Principal");
        if (principal != null && "*".equals(principal.text())) {
            principals.put("*", List.of(principal));
        } else if (principal instanceof CfnMap pm) {
            for (Map.Entry<String, CfnValue> e : pm.entries().entrySet()) {
                principals.put(e.getKey(), values(e.getValue()));
            }
        }
        boolean notAction = !m.has("Action") && m.has("NotAction");
        List<String> actions = new ArrayList<>();
        boolean computed = false;
        for (CfnValue a : values(m.get(notAction ? "NotAction" : "Action"))) {
            if (a.text() != null) {
                actions.add(a.text());
            } else {
                computed = true;
            }
        }
        return new Statement(
                !"Deny".equalsIgnoreCase(m.text("Effect")),
                principals,
                actions,
                notAction,
                computed,
                values(m.get("Resource")),
                m.map("Condition"),
                m.location());
    }

    /** A value or the items of a list, with both branches of any Fn::If. */
    private static List<CfnValue> values(CfnValue v) {
        if (v == null) {
            return List.of();
        }
        List<CfnValue> out = new ArrayList<>();
        for (CfnValue alt : Intrinsics.alternatives(v)) {
            if (alt.asList() != null) {
                out.addAll(Intrinsics.listItems(alt));
            } else {
                out.add(alt);
            }
        }
        return out;
    }

    /** Whether the statement covers the concrete action {@code action} (e.g. {@code kms:Encrypt}). */
    public boolean covers(String action) {
        boolean listed = actions.stream().anyMatch(p -> Glob.matchesIgnoreCase(p, action));
        return notAction ? !listed && !computed : listed;
    }

    /** The values of a principal type, e.g. {@code Service}. */
    public List<CfnValue> principal(String type) {
        return principals.getOrDefault(type, List.of());
    }

    /**
     * The values of a condition key under any operator, with the operator name, e.g.
     * {@code ArnLike -> [arn:aws:logs:...]} for {@code kms:EncryptionContext:aws:logs:arn}.
     * Keys compare without case, as IAM does.
     */
    public Map<String, List<CfnValue>> conditionValues(String key) {
        Map<String, List<CfnValue>> out = new LinkedHashMap<>();
        if (condition == null) {
            return out;
        }
        String wanted = key.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, CfnValue> op : condition.entries().entrySet()) {
            CfnMap keys = op.getValue().asMap();
            if (keys == null) {
                continue;
            }
            for (Map.Entry<String, CfnValue> k : keys.entries().entrySet()) {
                if (k.getKey().toLowerCase(Locale.ROOT).equals(wanted)) {
                    out.computeIfAbsent(op.getKey(), x -> new ArrayList<>()).addAll(values(k.getValue()));
                }
            }
        }
        return out;
    }
}
