package io.piiscanner.preflight.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The type of a property value, parsed from the compact grammar of the shipped schema
 * ({@code preflight/tools/cfn-schema/derive.js}): {@code s n i b j d t} scalars, {@code #N}
 * property type N, <code>[T</code> list of T, <code>{T</code> map of T, {@code (T|U)} any of.
 */
public sealed interface TypeExpression {

    /** A scalar: string, number, integer, boolean, JSON, date-time, or a tag ({Key, Value}). */
    enum Scalar implements TypeExpression {
        STRING("String"),
        NUMBER("Number"),
        INTEGER("Integer"),
        BOOLEAN("Boolean"),
        JSON("JSON object"),
        DATE_TIME("Timestamp"),
        TAG("Tag");

        private final String label;

        Scalar(String label) {
            this.label = label;
        }

        @Override
        public String describe(PropertyTypes types) {
            return label;
        }
    }

    /** A structure: the property type at {@code index}. */
    record Struct(int index) implements TypeExpression {
        @Override
        public String describe(PropertyTypes types) {
            return "object";
        }
    }

    /** A list of {@code element}. */
    record ListOf(TypeExpression element) implements TypeExpression {
        @Override
        public String describe(PropertyTypes types) {
            return "list of " + element.describe(types);
        }
    }

    /** A map from names to {@code element}. */
    record MapOf(TypeExpression element) implements TypeExpression {
        @Override
        public String describe(PropertyTypes types) {
            return "map of " + element.describe(types);
        }
    }

    /** Any of {@code alternatives}. */
    record AnyOf(List<TypeExpression> alternatives) implements TypeExpression {
        public AnyOf {
            alternatives = List.copyOf(alternatives);
        }

        @Override
        public String describe(PropertyTypes types) {
            return String.join(
                    " or ", alternatives.stream().map(a -> a.describe(types)).toList());
        }
    }

    /** A readable name of the type, for messages. */
    String describe(PropertyTypes types);

    /**
     * Parses one type expression.
     *
     * @throws IllegalArgumentException on text outside the grammar (a damaged schema file)
     */
    static TypeExpression parse(String text) {
        int[] pos = {0};
        TypeExpression t = parse(text, pos);
        if (pos[0] != text.length()) {
            throw new IllegalArgumentException("trailing text in type '" + text + "'");
        }
        return t;
    }

    private static TypeExpression parse(String s, int[] pos) {
        if (pos[0] >= s.length()) {
            throw new IllegalArgumentException("truncated type '" + s + "'");
        }
        char c = s.charAt(pos[0]++);
        switch (c) {
            case 's':
                return Scalar.STRING;
            case 'n':
                return Scalar.NUMBER;
            case 'i':
                return Scalar.INTEGER;
            case 'b':
                return Scalar.BOOLEAN;
            case 'j':
                return Scalar.JSON;
            case 'd':
                return Scalar.DATE_TIME;
            case 't':
                return Scalar.TAG;
            case '[':
                return new ListOf(parse(s, pos));
            case '{':
                return new MapOf(parse(s, pos));
            case '#': {
                int start = pos[0];
                while (pos[0] < s.length() && Character.isDigit(s.charAt(pos[0]))) {
                    pos[0]++;
                }
                return new Struct(Integer.parseInt(s.substring(start, pos[0])));
            }
            case '(': {
                List<TypeExpression> alternatives = new ArrayList<>();
                do {
                    alternatives.add(parse(s, pos));
                } while (pos[0] < s.length() && s.charAt(pos[0]++) == '|');
                if (s.charAt(pos[0] - 1) != ')') {
                    throw new IllegalArgumentException("unclosed union in '" + s + "'");
                }
                return new AnyOf(alternatives);
            }
            default:
                throw new IllegalArgumentException("unknown type '" + c + "' in '" + s + "'");
        }
    }
}
