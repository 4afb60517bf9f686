package io.piiscanner.preflight.template;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an {@code Fn::Sub} string: literal text and {@code ${Name}} variables.
 * {@code ${!Literal}} stands for the text {@code ${Literal}}.
 */
public final class SubString {

    /** A piece of the string: text when {@code variable} is false, else a variable name. */
    public record Part(String text, boolean variable) {}

    /** An {@code Fn::Sub} argument: a string, or a string and a map of its own variables. */
    public record Argument(String text, CfnMap variables) {

        /** The argument in either form, or null when it is neither (an unresolved value, say). */
        public static Argument of(CfnValue arg) {
            if (arg.text() != null) {
                return new Argument(arg.text(), null);
            }
            if (arg instanceof CfnList l && l.size() == 2 && l.get(0).text() != null) {
                return new Argument(l.get(0).text(), l.get(1).asMap());
            }
            return null;
        }

        /** Whether {@code name} is one of the argument's own variables rather than a reference. */
        public boolean defines(String name) {
            return variables != null && variables.has(name);
        }
    }

    private SubString() {}

    /** Splits a Sub string into parts; an unclosed <code>${</code> is literal text. */
    public static List<Part> parse(String s) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf("${", i);
            int close = open < 0 ? -1 : s.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                literal.append(s, i, s.length());
                break;
            }
            literal.append(s, i, open);
            String name = s.substring(open + 2, close);
            if (name.startsWith("!")) {
                literal.append("${").append(name, 1, name.length()).append('}');
            } else {
                if (literal.length() > 0) {
                    parts.add(new Part(literal.toString(), false));
                    literal.setLength(0);
                }
                parts.add(new Part(name.strip(), true));
            }
            i = close + 1;
        }
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), false));
        }
        return parts;
    }

    /** The variable names of a Sub string, in order. */
    public static List<String> variables(String s) {
        return parse(s).stream().filter(Part::variable).map(Part::text).toList();
    }
}
