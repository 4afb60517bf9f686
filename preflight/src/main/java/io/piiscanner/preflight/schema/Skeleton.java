package io.piiscanner.preflight.schema;

import java.util.Map;

/**
 * Renders the YAML shape a property takes, with the required parts of a structure spelled out
 * and {@code <Type>} where a value goes, for the fix of a schema finding.
 */
final class Skeleton {

    private static final int MAX_DEPTH = 3;

    private final PropertyTypes types;

    Skeleton(PropertyTypes types) {
        this.types = types;
    }

    /** {@code name: ...} for a property of the given type, indented by {@code indent} spaces. */
    String property(String name, TypeExpression type, int indent) {
        StringBuilder sb = new StringBuilder();
        render(name, type, indent, 0, sb);
        return sb.toString().stripTrailing();
    }

    private void render(String name, TypeExpression type, int indent, int depth, StringBuilder sb) {
        String pad = " ".repeat(indent);
        TypeExpression t =
                type instanceof TypeExpression.AnyOf any ? any.alternatives().get(0) : type;
        if (t instanceof TypeExpression.Struct st && depth < MAX_DEPTH) {
            sb.append(pad).append(name).append(":\n");
            Map<String, PropertyDefinition> props = types.properties(st.index());
            boolean any = false;
            for (PropertyDefinition p : props.values()) {
                if (p.required()) {
                    render(p.name(), p.type(), indent + 2, depth + 1, sb);
                    any = true;
                }
            }
            if (!any) {
                sb.append(pad).append("  ").append(optionalNames(props)).append('\n');
            }
        } else if (t instanceof TypeExpression.ListOf list) {
            sb.append(pad).append(name).append(":\n");
            TypeExpression element = list.element();
            if (element instanceof TypeExpression.Struct st && depth < MAX_DEPTH) {
                Map<String, PropertyDefinition> props = types.properties(st.index());
                boolean first = true;
                for (PropertyDefinition p : props.values()) {
                    if (p.required()) {
                        String item = property(p.name(), p.type(), 0);
                        sb.append(pad)
                                .append(first ? "  - " : "    ")
                                .append(item.replace("\n", "\n" + pad + "    "))
                                .append('\n');
                        first = false;
                    }
                }
                if (first) {
                    sb.append(pad).append("  - ").append(optionalNames(props)).append('\n');
                }
            } else {
                sb.append(pad).append("  - <").append(element.describe(types)).append(">\n");
            }
        } else {
            sb.append(pad).append(name).append(": <").append(t.describe(types)).append(">\n");
        }
    }

    private static String optionalNames(Map<String, PropertyDefinition> props) {
        return props.isEmpty() ? "{}" : "# any of: " + String.join(", ", props.keySet());
    }
}
