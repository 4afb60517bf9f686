package io.piiscanner.preflight.template;

import java.util.ArrayList;
import java.util.List;

/**
 * A string as far as a template determines it: literal text, pseudo parameters such as
 * {@code AWS::Region} that are fixed only at deployment, references to parameters and
 * resources, and pieces that cannot be known. Built from a scalar, {@code Ref}, {@code Fn::GetAtt},
 * {@code Fn::Sub} and {@code Fn::Join}; any other function is unknown.
 *
 * @param parts the pieces, in order
 */
public record Symbolic(List<Piece> parts) {

    /** A piece of a symbolic string. */
    public sealed interface Piece permits Text, Pseudo, Reference, Unknown {
    }

    /** Literal text. */
    public record Text(String text) implements Piece {
    }

    /** A pseudo parameter, such as {@code AWS::Region}. */
    public record Pseudo(String name) implements Piece {
    }

    /** {@code Ref name} ({@code attribute} null) or {@code Fn::GetAtt name.attribute}. */
    public record Reference(String name, String attribute) implements Piece {
    }

    /** Something the template does not determine. */
    public record Unknown() implements Piece {
    }

    public Symbolic {
        parts = List.copyOf(parts);
    }

    /** Evaluates a value as far as the template allows. */
    public static Symbolic of(CfnValue value) {
        List<Piece> out = new ArrayList<>();
        append(value, out);
        return new Symbolic(out);
    }

    private static void append(CfnValue value, List<Piece> out) {
        if (value instanceof CfnScalar s) {
            out.add(new Text(s.value()));
            return;
        }
        String fn = Intrinsics.function(value);
        if (fn == null) {
            out.add(new Unknown());
            return;
        }
        CfnValue arg = Intrinsics.argument(value);
        switch (fn) {
            case "Ref" -> out.add(name(arg.text(), null));
            case "Fn::GetAtt" -> {
                Intrinsics.GetAtt g = Intrinsics.getAtt(value);
                out.add(g == null ? new Unknown() : new Reference(g.resource(), g.attribute()));
            }
            case "Fn::Sub" -> sub(arg, out);
            case "Fn::Join" -> join(arg, out);
            default -> out.add(new Unknown());
        }
    }

    private static Piece name(String name, String attribute) {
        if (name == null) {
            return new Unknown();
        }
        if (attribute == null && Template.PSEUDO_PARAMETERS.contains(name)) {
            return new Pseudo(name);
        }
        return new Reference(name, attribute);
    }

    private static void sub(CfnValue arg, List<Piece> out) {
        SubString.Argument sa = SubString.Argument.of(arg);
        if (sa == null) {
            out.add(new Unknown());
            return;
        }
        for (SubString.Part p : SubString.parse(sa.text())) {
            if (!p.variable()) {
                out.add(new Text(p.text()));
            } else if (sa.defines(p.text())) {
                append(sa.variables().get(p.text()), out);
            } else {
                int dot = p.text().indexOf('.');
                out.add(dot > 0 ? name(p.text().substring(0, dot), p.text().substring(dot + 1))
                        : name(p.text(), null));
            }
        }
    }

    private static void join(CfnValue arg, List<Piece> out) {
        if (!(arg instanceof CfnList l) || l.size() != 2 || l.get(0).text() == null
                || !(l.get(1) instanceof CfnList items)) {
            out.add(new Unknown());
            return;
        }
        String delimiter = l.get(0).text();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0 && !delimiter.isEmpty()) {
                out.add(new Text(delimiter));
            }
            append(items.get(i), out);
        }
    }

    /** The whole string when it is all literal text, else {@code null}. */
    public String literal() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : parts) {
            if (!(p instanceof Text t)) {
                return null;
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    /** The resources and parameters referred to, in order. */
    public List<Reference> references() {
        return parts.stream().filter(Reference.class::isInstance).map(Reference.class::cast).toList();
    }

    /**
     * A readable rendering: text as is, {@code ${AWS::Region}} for pseudo parameters,
     * {@code ${Name}} or {@code ${Name.Attr}} for references, {@code ${?}} for the unknown.
     */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : parts) {
            if (p instanceof Text t) {
                sb.append(t.text());
            } else if (p instanceof Pseudo ps) {
                sb.append("${").append(ps.name()).append('}');
            } else if (p instanceof Reference r) {
                sb.append("${").append(r.name()).append(r.attribute() == null ? "" : "." + r.attribute()).append('}');
            } else {
                sb.append("${?}");
            }
        }
        return sb.toString();
    }
}
