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
    public sealed interface Piece permits Text, Pseudo, Reference, Unknown {}

    /** Literal text. */
    public record Text(String text) implements Piece {}

    /** A pseudo parameter, such as {@code AWS::Region}. */
    public record Pseudo(String name) implements Piece {}

    /** {@code Ref name} ({@code attribute} null) or {@code Fn::GetAtt name.attribute}. */
    public record Reference(String name, String attribute) implements Piece {}

    /** Something the template does not determine. */
    public record Unknown() implements Piece {}

    public Symbolic {
        parts = List.copyOf(parts);
    }

    /** Far more than any ARN (at most 2,048 characters) or principal a rule compares. */
    private static final int MAX_SIZE = 1 << 16;

    /**
     * Evaluates a value as far as the template allows. A value that would expand past 65,536
     * characters is unknown: Fn::Sub variables can be further Subs that repeat
     * their own variables, so a few lines could otherwise describe a string of any length.
     */
    public static Symbolic of(CfnValue value) {
        Expansion out = new Expansion();
        out.append(value);
        return out.full() ? new Symbolic(List.of(new Unknown())) : new Symbolic(out.parts);
    }

    /** The pieces so far, and their size: characters, and one for each piece. */
    private static final class Expansion {
        private final List<Piece> parts = new ArrayList<>();
        private long size;

        boolean full() {
            return size > MAX_SIZE;
        }

        private void add(Piece piece) {
            size++;
            if (piece instanceof Text t) {
                size += t.text().length();
            } else if (piece instanceof Pseudo p) {
                size += p.name().length();
            } else if (piece instanceof Reference r) {
                size += r.name().length()
                        + (r.attribute() == null ? 0 : r.attribute().length());
            }
            parts.add(piece);
        }

        void append(CfnValue value) {
            if (full()) {
                return;
            }
            if (value instanceof CfnScalar s) {
                add(new Text(s.value()));
                return;
            }
            String fn = Intrinsics.function(value);
            if (fn == null) {
                add(new Unknown());
                return;
            }
            CfnValue arg = Intrinsics.argument(value);
            switch (fn) {
                case "Ref" -> add(name(arg.text(), null));
                case "Fn::GetAtt" -> {
                    Intrinsics.GetAtt g = Intrinsics.getAtt(value);
                    add(g == null ? new Unknown() : new Reference(g.resource(), g.attribute()));
                }
                case "Fn::Sub" -> sub(arg);
                case "Fn::Join" -> join(arg);
                default -> add(new Unknown());
            }
        }

        private void sub(CfnValue arg) {
            SubString.Argument sa = SubString.Argument.of(arg);
            if (sa == null) {
                add(new Unknown());
                return;
            }
            for (SubString.Part p : SubString.parse(sa.text())) {
                if (full()) {
                    return;
                }
                if (!p.variable()) {
                    add(new Text(p.text()));
                } else if (sa.defines(p.text())) {
                    append(sa.variables().get(p.text()));
                } else {
                    int dot = p.text().indexOf('.');
                    add(dot > 0 ? name(p.text().substring(0, dot), p.text().substring(dot + 1)) : name(p.text(), null));
                }
            }
        }

        private void join(CfnValue arg) {
            if (!(arg instanceof CfnList l)
                    || l.size() != 2
                    || l.get(0).text() == null
                    || !(l.get(1) instanceof CfnList items)) {
                add(new Unknown());
                return;
            }
            String delimiter = l.get(0).text();
            for (int i = 0; i < items.size() && !full(); i++) {
                if (i > 0 && !delimiter.isEmpty()) {
                    add(new Text(delimiter));
                }
                append(items.get(i));
            }
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
        return parts.stream()
                .filter(Reference.class::isInstance)
                .map(Reference.class::cast)
                .toList();
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
                sb.append("${")
                        .append(r.name())
                        .append(r.attribute() == null ? "" : "." + r.attribute())
                        .append('}');
            } else {
                sb.append("${?}");
            }
        }
        return sb.toString();
    }
}
