package io.piiscanner.core.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link java.util.regex.Pattern}'s source read as a tree, enough to tell what every match of it
 * looks like at its start and how long it is: its alternatives, the character set and repeat
 * bounds of each atom, its groups and look-arounds. What the reader does not follow (flags,
 * back-references, anchors, word boundaries) becomes an {@link Opaque} node that any analysis
 * treats as "could be anything", so every answer holds for every match the pattern can make.
 */
final class RegexTree {

    /** A repeat bound standing for "unbounded". */
    static final int MANY = Integer.MAX_VALUE;

    /** A part of a sequence. */
    sealed interface Node permits Atom, Group, Look, Opaque {}

    /** One character of {@code chars}, repeated {@code min..max} times. */
    record Atom(boolean[] chars, int min, int max) implements Node {}

    /** Alternatives, each a sequence, repeated {@code min..max} times. */
    record Group(List<List<Node>> alternatives, int min, int max) implements Node {}

    /** A zero-width look-ahead or look-behind. */
    record Look(boolean behind, boolean negative, List<List<Node>> alternatives) implements Node {}

    /** Something not followed: may consume any characters, or none. */
    record Opaque() implements Node {}

    private final String s;
    private int i;

    private RegexTree(String source) {
        this.s = source;
    }

    /** The top-level alternatives of {@code source}, or null when it is not read (such as flags). */
    static List<List<Node>> parse(String source) {
        RegexTree reader = new RegexTree(source);
        try {
            List<List<Node>> alternatives = reader.alternatives();
            return reader.i == source.length() ? alternatives : null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private List<List<Node>> alternatives() {
        List<List<Node>> out = new ArrayList<>();
        out.add(sequence());
        while (i < s.length() && s.charAt(i) == '|') {
            i++;
            out.add(sequence());
        }
        return out;
    }

    private List<Node> sequence() {
        List<Node> out = new ArrayList<>();
        while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
            out.add(quantified(atom()));
        }
        return out;
    }

    private Node atom() {
        char c = s.charAt(i);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                boolean[] set = new boolean[256];
                i = characterClass(i + 1, set);
                return new Atom(set, 1, 1);
            }
            case '\\' -> {
                return escape();
            }
            case '.' -> {
                i++;
                boolean[] set = all();
                set['\n'] = false;
                set['\r'] = false;
                return new Atom(set, 1, 1);
            }
            case '^', '$' -> {
                i++;
                return new Opaque();
            }
            case '*', '+', '?', '{' -> throw new IllegalArgumentException("dangling repeat");
            default -> {
                i++;
                return literal(c);
            }
        }
    }

    private Node group() {
        Node made;
        if (s.startsWith("(?:", i) || s.startsWith("(?>", i)) {
            i += 3;
            made = new Group(alternatives(), 1, 1);
        } else if (s.startsWith("(?=", i) || s.startsWith("(?!", i)) {
            boolean negative = s.charAt(i + 2) == '!';
            i += 3;
            made = new Look(false, negative, alternatives());
        } else if (s.startsWith("(?<=", i) || s.startsWith("(?<!", i)) {
            boolean negative = s.charAt(i + 3) == '!';
            i += 4;
            made = new Look(true, negative, alternatives());
        } else if (s.startsWith("(?<", i)) {
            int close = s.indexOf('>', i);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed group name");
            }
            i = close + 1;
            made = new Group(alternatives(), 1, 1);
        } else if (s.startsWith("(?", i)) {
            throw new IllegalArgumentException("flags are not followed");
        } else {
            i++;
            made = new Group(alternatives(), 1, 1);
        }
        if (i >= s.length() || s.charAt(i) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        i++;
        return made;
    }

    private Node escape() {
        char e = s.charAt(i + 1);
        i += 2;
        boolean[] set = new boolean[256];
        switch (e) {
            case 'd', 'D', 'w', 'W', 's', 'S' -> {
                shorthand(Character.toLowerCase(e), set);
                return new Atom(Character.isUpperCase(e) ? complement(set) : set, 1, 1);
            }
            case 't' -> set['\t'] = true;
            case 'n' -> set['\n'] = true;
            case 'r' -> set['\r'] = true;
            case 'f' -> set['\f'] = true;
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    return new Opaque(); // \b, \1, \p{...}, \Q...: not followed
                }
                set[e & 0xff] = true;
            }
        }
        return new Atom(set, 1, 1);
    }

    private static void shorthand(char e, boolean[] set) {
        switch (e) {
            case 'd' -> range(set, '0', '9');
            case 'w' -> {
                range(set, '0', '9');
                range(set, 'a', 'z');
                range(set, 'A', 'Z');
                set['_'] = true;
            }
            default -> {
                for (char c : " \t\n\u000b\f\r".toCharArray()) {
                    set[c] = true;
                }
            }
        }
    }

    private static Atom literal(char c) {
        if (c > 0xff) {
            throw new IllegalArgumentException("beyond the scanned characters");
        }
        boolean[] set = new boolean[256];
        set[c] = true;
        return new Atom(set, 1, 1);
    }

    /** Reads a class body from {@code at} into {@code set}; returns the index after its {@code ]}. */
    private int characterClass(int at, boolean[] set) {
        int j = at;
        boolean negated = s.charAt(j) == '^';
        if (negated) {
            j++;
        }
        boolean[] members = new boolean[256];
        while (s.charAt(j) != ']') {
            char c = s.charAt(j);
            if (c == '[' || s.startsWith("&&", j)) {
                throw new IllegalArgumentException("nested classes are not followed");
            }
            int lo;
            if (c == '\\') {
                char e = s.charAt(j + 1);
                j += 2;
                if ("dwsDWS".indexOf(e) >= 0) {
                    boolean[] part = new boolean[256];
                    shorthand(Character.toLowerCase(e), part);
                    or(members, Character.isUpperCase(e) ? complement(part) : part);
                    continue;
                }
                if (Character.isLetterOrDigit(e)) {
                    lo = switch (e) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 'f' -> '\f';
                        default -> throw new IllegalArgumentException("escape not followed");
                    };
                } else {
                    lo = e;
                }
            } else {
                lo = c;
                j++;
            }
            if (s.charAt(j) == '-' && s.charAt(j + 1) != ']') {
                char hi = s.charAt(j + 1);
                if (hi == '\\' || hi == '[' || hi < lo || hi > 0xff) {
                    throw new IllegalArgumentException("range not followed");
                }
                range(members, (char) lo, hi);
                j += 2;
            } else {
                if (lo > 0xff) {
                    throw new IllegalArgumentException("beyond the scanned characters");
                }
                members[lo] = true;
            }
        }
        or(set, negated ? complement(members) : members);
        return j + 1;
    }

    private Node quantified(Node atom) {
        if (i >= s.length()) {
            return atom;
        }
        int min;
        int max;
        char q = s.charAt(i);
        if (q == '?' || q == '*' || q == '+') {
            min = q == '+' ? 1 : 0;
            max = q == '?' ? 1 : MANY;
            i++;
        } else if (q == '{') {
            int close = s.indexOf('}', i);
            String[] bounds = s.substring(i + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0]);
            max = bounds.length == 1 ? min : bounds[1].isEmpty() ? MANY : Integer.parseInt(bounds[1]);
            i = close + 1;
        } else {
            return atom;
        }
        if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
            i++; // lazy or possessive: the same bounds
        }
        if (atom instanceof Atom a) {
            return new Atom(a.chars(), min, max);
        }
        if (atom instanceof Group g) {
            return new Group(g.alternatives(), min, max);
        }
        return new Opaque();
    }

    private static void range(boolean[] set, char lo, char hi) {
        for (char c = lo; c <= hi; c++) {
            set[c] = true;
        }
    }

    private static boolean[] all() {
        boolean[] set = new boolean[256];
        Arrays.fill(set, true);
        return set;
    }

    private static boolean[] complement(boolean[] set) {
        boolean[] out = new boolean[256];
        for (int c = 0; c < out.length; c++) {
            out[c] = !set[c];
        }
        return out;
    }

    private static void or(boolean[] into, boolean[] from) {
        for (int c = 0; c < into.length; c++) {
            into[c] |= from[c];
        }
    }
}
