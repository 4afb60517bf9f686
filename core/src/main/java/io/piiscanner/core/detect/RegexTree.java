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
 *
 * <p>{@link #parseRe2} reads a custom detector's RE2 pattern the same way, with what RE2 writes
 * differently: leading {@code (?i)} and {@code (?s)} flags (case folding widens every set to the
 * characters of the window that fold alike), {@code (?P<name>}, a {@code ]} first in a class, a
 * {@code .} that only excludes {@code \n}, and {@code \b}, ASCII in RE2, which becomes the
 * look-behind or look-ahead for {@code \w} it amounts to next to a character that surely is, or
 * surely is not, a word character. Escapes it does not know ({@code \x41}, {@code \pL},
 * {@code \Q}) make the pattern unread.
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

    /** RE2's leading flags that apply to the whole pattern. */
    private static final java.util.regex.Pattern RE2_FLAGS = java.util.regex.Pattern.compile("\\(\\?([is]+)\\)");

    private static final boolean[] WORD = new boolean[256];

    static {
        shorthand('w', WORD);
    }

    private final String s;
    private final boolean re2;
    private final boolean fold;
    private final boolean dotAll;
    private int i;

    private RegexTree(String source, boolean re2, boolean fold, boolean dotAll) {
        this.s = source;
        this.re2 = re2;
        this.fold = fold;
        this.dotAll = dotAll;
    }

    /** The top-level alternatives of {@code source}, or null when it is not read (such as flags). */
    static List<List<Node>> parse(String source) {
        return parse(new RegexTree(source, false, false, false));
    }

    /**
     * The top-level alternatives of an RE2 pattern compiled case-insensitively when
     * {@code ignoreCase}, over a window's ISO-8859-1 characters; null when it is not read.
     */
    static List<List<Node>> parseRe2(String source, boolean ignoreCase) {
        java.util.regex.Matcher flags = RE2_FLAGS.matcher(source);
        if (!flags.lookingAt()) {
            return parse(new RegexTree(source, true, ignoreCase, false));
        }
        String set = flags.group(1);
        return parse(new RegexTree(
                source.substring(flags.end()), true, ignoreCase || set.indexOf('i') >= 0, set.indexOf('s') >= 0));
    }

    private static List<List<Node>> parse(RegexTree reader) {
        String source = reader.s;
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
        List<Integer> boundaries = new ArrayList<>();
        while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
            if (re2 && s.startsWith("\\b", i)) {
                i += 2;
                if (i < s.length() && "*+?{".indexOf(s.charAt(i)) >= 0) {
                    throw new IllegalArgumentException("a repeated boundary is not followed");
                }
                boundaries.add(out.size());
                out.add(new Opaque());
                continue;
            }
            out.add(quantified(atom()));
        }
        for (int k : boundaries) {
            out.set(k, boundary(k == 0 ? null : out.get(k - 1), k + 1 < out.size() ? out.get(k + 1) : null));
        }
        return out;
    }

    /**
     * RE2's {@code \b} between {@code before} and {@code after} (null at an end of the pattern):
     * a look-behind for a word character when the next one surely is or surely is not one, a
     * look-ahead when the one before surely is or is not, else not followed.
     */
    private static Node boundary(Node before, Node after) {
        Boolean next = after == null ? null : wordAtStart(after);
        if (next != null) {
            return new Look(true, next, List.of(List.of(new Atom(WORD, 1, 1))));
        }
        Boolean last = before instanceof Atom a && a.min() > 0 ? allOrNone(a.chars()) : null;
        return last == null ? new Opaque() : new Look(false, last, List.of(List.of(new Atom(WORD, 1, 1))));
    }

    /** Whether {@code n} surely starts with a word character (true), surely not (false), or either (null). */
    private static Boolean wordAtStart(Node n) {
        if (n instanceof Atom a) {
            return a.min() > 0 ? allOrNone(a.chars()) : null;
        }
        if (!(n instanceof Group g) || g.min() == 0) {
            return null;
        }
        Boolean all = null;
        for (List<Node> alternative : g.alternatives()) {
            Boolean first = alternative.isEmpty() ? null : wordAtStart(alternative.get(0));
            if (first == null || (all != null && !all.equals(first))) {
                return null;
            }
            all = first;
        }
        return all;
    }

    /** True when every character of {@code set} is a word character, false when none is, else null. */
    private static Boolean allOrNone(boolean[] set) {
        boolean word = false;
        boolean other = false;
        for (int c = 0; c < set.length; c++) {
            word |= set[c] && WORD[c];
            other |= set[c] && !WORD[c];
        }
        return word == other ? null : word;
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
                return atom(set);
            }
            case '\\' -> {
                return escape();
            }
            case '.' -> {
                i++;
                boolean[] set = all();
                set['\n'] = dotAll;
                set['\r'] = re2;
                return new Atom(set, 1, 1);
            }
            case '^', '$' -> {
                i++;
                return re2 ? anchor(c == '^') : new Opaque();
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
        } else if (s.startsWith("(?<", i) || (re2 && s.startsWith("(?P<", i))) {
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
                boolean[] members = perlClass(e);
                return atom(Character.isUpperCase(e) ? complement(members) : members);
            }
            case 't' -> set['\t'] = true;
            case 'n' -> set['\n'] = true;
            case 'r' -> set['\r'] = true;
            case 'f' -> set['\f'] = true;
            default -> {
                if (re2 && (e == 'B' || e == 'A' || e == 'z')) {
                    return anchor(e != 'z');
                }
                if (re2 && Character.isLetterOrDigit(e)) {
                    throw new IllegalArgumentException("escape not followed");
                }
                if (Character.isLetterOrDigit(e)) {
                    return new Opaque(); // \b, \1, \p{...}, \Q...: not followed
                }
                return literal(e);
            }
        }
        return atom(set);
    }

    /**
     * An assertion of RE2 ({@code ^ $ \\A \\z \\B}): zero-width, and a look-around of no alternative
     * that no analysis reads as a constraint.
     */
    private static Look anchor(boolean behind) {
        return new Look(behind, false, List.of());
    }

    /** An atom of {@code set}, widened to the characters that fold alike when the pattern ignores case. */
    private Atom atom(boolean[] set) {
        if (fold) {
            for (char c = 0; c < set.length; c++) {
                if (set[c]) {
                    addIfScanned(set, Character.toLowerCase(c));
                    addIfScanned(set, Character.toUpperCase(c));
                }
            }
        }
        return new Atom(set, 1, 1);
    }

    private static void addIfScanned(boolean[] set, char c) {
        if (c < set.length) {
            set[c] = true;
        }
    }

    /**
     * The members of {@code \d}, {@code \w} or {@code \s} for the escape {@code e} or its
     * negation: RE2's {@code \s} has no vertical tab, which Java's has.
     */
    private boolean[] perlClass(char e) {
        boolean[] set = new boolean[256];
        shorthand(Character.toLowerCase(e), set);
        set['\u000b'] &= !re2;
        return set;
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

    private Atom literal(char c) {
        if (c > 0xff) {
            throw new IllegalArgumentException("beyond the scanned characters");
        }
        boolean[] set = new boolean[256];
        set[c] = true;
        return atom(set);
    }

    /** Reads a class body from {@code at} into {@code set}; returns the index after its {@code ]}. */
    private int characterClass(int at, boolean[] set) {
        int j = at;
        boolean negated = s.charAt(j) == '^';
        if (negated) {
            j++;
        }
        boolean[] members = new boolean[256];
        if (re2 && s.charAt(j) == ']') {
            members[']'] = true; // first in an RE2 class, a member
            j++;
        }
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
                    boolean[] part = perlClass(e);
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
