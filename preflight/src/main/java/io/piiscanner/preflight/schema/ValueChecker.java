package io.piiscanner.preflight.schema;

import io.piiscanner.preflight.template.CfnList;
import io.piiscanner.preflight.template.CfnMap;
import io.piiscanner.preflight.template.CfnScalar;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks property values against their schema the way CloudFormation's validation does: unknown
 * properties, missing required ones, and values of the wrong shape. Scalars are as lenient as
 * CloudFormation ({@code "5"} is a number, {@code "true"} a boolean); the result of an intrinsic
 * function is not known before deployment and passes, except that both branches of an
 * {@code Fn::If} are checked.
 */
public final class ValueChecker {

    private final PropertyTypes types;

    /** A checker over the given property types. */
    public ValueChecker(PropertyTypes types) {
        this.types = types;
    }

    /** The issues of a Properties mapping against a resource type's properties. */
    public List<SchemaIssue> checkProperties(CfnMap properties, Map<String, PropertyDefinition> definitions) {
        List<SchemaIssue> issues = new ArrayList<>();
        checkStruct(properties, definitions, PropertyPath.ROOT, issues);
        return issues;
    }

    private void checkStruct(
            CfnMap value, Map<String, PropertyDefinition> definitions, PropertyPath path, List<SchemaIssue> issues) {
        if (definitions.isEmpty()) {
            // A type declared without properties accepts any object.
            return;
        }
        for (Map.Entry<String, CfnValue> e : value.entries().entrySet()) {
            String name = e.getKey();
            PropertyDefinition def = definitions.get(name);
            PropertyPath childPath = path.child(name);
            if (def == null) {
                String suggestion = NameSuggester.nearest(name, definitions.keySet());
                issues.add(new SchemaIssue(
                        SchemaIssue.Kind.UNKNOWN_PROPERTY,
                        childPath.toString(),
                        value.keyLocation(name),
                        name,
                        suggestion,
                        suggestion == null ? null : definitions.get(suggestion).type()));
            } else {
                check(e.getValue(), def.type(), childPath, issues);
            }
        }
        for (PropertyDefinition def : definitions.values()) {
            if (def.required() && !value.has(def.name())) {
                issues.add(new SchemaIssue(
                        SchemaIssue.Kind.MISSING_PROPERTY,
                        path.child(def.name()).toString(),
                        value.location(),
                        def.name(),
                        null,
                        def.type()));
            }
        }
    }

    private void check(CfnValue value, TypeExpression type, PropertyPath path, List<SchemaIssue> issues) {
        String fn = Intrinsics.function(value);
        if (fn != null) {
            if (fn.equals("Fn::If")) {
                for (CfnValue branch : Intrinsics.alternatives(value)) {
                    check(branch, type, path, issues);
                }
            }
            return;
        }
        if (value instanceof CfnScalar s && s.kind() == CfnScalar.Kind.NULL) {
            issues.add(new SchemaIssue(
                    SchemaIssue.Kind.NULL_VALUE, path.toString(), value.location(), type.describe(types), null, type));
            return;
        }
        if (type instanceof TypeExpression.AnyOf any) {
            List<SchemaIssue> best = null;
            for (TypeExpression alternative : any.alternatives()) {
                List<SchemaIssue> attempt = new ArrayList<>();
                check(value, alternative, path, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
                if (best == null || attempt.size() < best.size()) {
                    best = attempt;
                }
            }
            if (best.size() == 1 && best.get(0).kind() == SchemaIssue.Kind.WRONG_TYPE) {
                issues.add(wrongType(value, any, path));
            } else {
                issues.addAll(best);
            }
        } else if (type instanceof TypeExpression.Struct st) {
            if (value instanceof CfnMap m) {
                checkStruct(m, types.properties(st.index()), path, issues);
            } else {
                issues.add(wrongType(value, type, path));
            }
        } else if (type instanceof TypeExpression.ListOf list) {
            if (value instanceof CfnList l) {
                for (int i = 0; i < l.size(); i++) {
                    check(l.get(i), list.element(), path.item(i), issues);
                }
            } else {
                issues.add(wrongType(value, type, path));
            }
        } else if (type instanceof TypeExpression.MapOf map) {
            if (value instanceof CfnMap m) {
                for (Map.Entry<String, CfnValue> e : m.entries().entrySet()) {
                    check(e.getValue(), map.element(), path.child(e.getKey()), issues);
                }
            } else {
                issues.add(wrongType(value, type, path));
            }
        } else if (!fitsScalar(value, (TypeExpression.Scalar) type)) {
            issues.add(wrongType(value, type, path));
        } else if (type == TypeExpression.Scalar.TAG) {
            CfnMap tag = (CfnMap) value;
            for (String required : List.of("Key", "Value")) {
                if (!tag.has(required)) {
                    issues.add(new SchemaIssue(
                            SchemaIssue.Kind.MISSING_PROPERTY,
                            path.child(required).toString(),
                            tag.location(),
                            required,
                            null,
                            TypeExpression.Scalar.STRING));
                }
            }
        }
    }

    private SchemaIssue wrongType(CfnValue value, TypeExpression expected, PropertyPath path) {
        return new SchemaIssue(
                SchemaIssue.Kind.WRONG_TYPE,
                path.toString(),
                value.location(),
                expected.describe(types) + ", found " + describe(value),
                null,
                expected);
    }

    private static boolean fitsScalar(CfnValue value, TypeExpression.Scalar type) {
        switch (type) {
            case JSON:
                return true;
            case TAG:
                return value instanceof CfnMap;
            case STRING:
            case DATE_TIME:
                return value instanceof CfnScalar;
            case NUMBER:
                return value instanceof CfnScalar s
                        && (s.kind() == CfnScalar.Kind.NUMBER || isNumber(s.value(), false));
            case INTEGER:
                return value instanceof CfnScalar s && isNumber(s.value(), true);
            case BOOLEAN:
                return value instanceof CfnScalar s
                        && (s.kind() == CfnScalar.Kind.BOOLEAN
                                || s.value().equalsIgnoreCase("true")
                                || s.value().equalsIgnoreCase("false"));
            default:
                throw new IllegalStateException("unhandled scalar " + type);
        }
    }

    private static boolean isNumber(String s, boolean integer) {
        String t = s.strip();
        return integer ? t.matches("[-+]?\\d+") : t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    private static String describe(CfnValue value) {
        if (value instanceof CfnMap) {
            return "an object";
        }
        if (value instanceof CfnList) {
            return "a list";
        }
        CfnScalar s = (CfnScalar) value;
        return s.kind().name().toLowerCase(Locale.ROOT) + " '" + s.value() + "'";
    }
}
