package io.piiscanner.core.config;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The characters a custom detector's matches can start with, derived from its pattern: the fast
 * path of a detector from a configuration file. The matcher is then started only on those
 * characters, skipping the rest of a window with a table look-up per character, where RE2/J would
 * step its automaton through every one. For {@code EMP-\d{6}} that is {@code E}; for
 * {@code \b[A-Z]{2}\d{6}} the capitals.
 *
 * <p>The derivation reads the pattern's leading atoms in RE2 syntax and answers {@link #ANY}
 * whenever it is unsure: a leading {@code .}, a negated or Unicode class, an atom that may be
 * repeated zero times, an empty alternative. So every match the pattern can make starts on a
 * character of the set, and starting the matcher only there finds the same matches.
 */
final class FirstChars {

    /** Flags at the start of a pattern that apply to all of it: (?i), (?s), (?is). */
    private static final Pattern LEADING_FLAGS = Pattern.compile("\\(\\?[is]+\\)");

    /** No restriction: the matcher is started at every character. */
    static final FirstChars ANY = new FirstChars(all(), true, false, false);

    /** Whether each ASCII character can start a match. */
    private final boolean[] ascii;
    /** Whether any character beyond ASCII can (they are not told apart). */
    private final boolean beyondAscii;
    /**
     * Whether no match tests the text before its start ({@code ^}, {@code \b}, {@code \B} or
     * {@code \A} before its first character) other than by {@link #afterBoundary}.
     */
    private final boolean anchorable;
    /**
     * Whether every match starts after a {@code \b} on a word character, so only where the
     * character before is not one: the most common way to write a custom pattern.
     */
    private final boolean afterBoundary;

    private FirstChars(boolean[] ascii, boolean beyondAscii, boolean anchorable, boolean afterBoundary) {
        this.ascii = ascii;
        this.beyondAscii = beyondAscii;
        this.anchorable = anchorable;
        this.afterBoundary = afterBoundary;
    }

    /** The characters matches of {@code source} can start with, {@link #ANY} when not derived. */
    static FirstChars of(String source, boolean ignoreCase) {
        boolean fold = ignoreCase;
        int from = 0;
        if (LEADING_FLAGS.matcher(source).lookingAt()) {
            from = source.indexOf(')') + 1;
            fold |= source.substring(0, from).indexOf('i') >= 0;
        }
        // Flags set later in the pattern last to the end of their group, across alternatives:
        // not followed, so such a pattern is not derived.
        if (source.substring(from).matches("(?s).*\\(\\?(?![:<P]).*")) {
            return ANY;
        }
        Reader reader = new Reader(source, fold);
        Chars set = reader.alternatives(from, source.length());
        if (set == null) {
            return ANY;
        }
        if (fold && set.hasLetter()) {
            // Case folding reaches beyond ASCII: k matches the Kelvin sign, s the long s.
            set.beyondAscii = true;
        }
        if (set.beyondAscii && set.allAscii()) {
            return ANY;
        }
        boolean afterBoundary = reader.boundary && !reader.lookBehind && !reader.unguarded && set.onlyWordChars();
        return new FirstChars(
                set.ascii, set.beyondAscii, !reader.lookBehind && (!reader.boundary || afterBoundary), afterBoundary);
    }

    /** Whether the set rules out any character. */
    boolean restricts() {
        return this != ANY;
    }

    /**
     * Whether the pattern can be tried anchored at each first character with nothing before it in
     * view: every match starts on one of the set, and none looks at the text before its start.
     */
    boolean anchorable() {
        return anchorable;
    }

    /** The first index in {@code [from, to)} where a match can start, or {@code to}. */
    int next(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c < 128 ? ascii[c] : beyondAscii) && !(afterBoundary && i > 0 && isWordChar(s.charAt(i - 1)))) {
                return i;
            }
        }
        return to;
    }

    /** A word character of RE2's {@code \b}: ASCII letters, digits and the underscore. */
    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int c = 0; c < 128; c++) {
            if (ascii[c]) {
                b.append((char) c);
            }
        }
        return b.append(beyondAscii ? "+non-ASCII]" : "]")
                .append(afterBoundary ? " after \\b" : "")
                .toString();
    }

    private static boolean[] all() {
        boolean[] a = new boolean[128];
        Arrays.fill(a, true);
        return a;
    }

    /** A set being built; {@code null} stands for "not derived" throughout {@link Reader}. */
    private static final class Chars {
        final boolean[] ascii = new boolean[128];
        boolean beyondAscii;

        void add(int c) {
            if (c < 128) {
                ascii[c] = true;
            } else {
                beyondAscii = true;
            }
        }

        void addRange(int from, int to) {
            for (int c = from; c <= to; c++) {
                add(c);
            }
        }

        void addAll(Chars other) {
            for (int c = 0; c < 128; c++) {
                ascii[c] |= other.ascii[c];
            }
            beyondAscii |= other.beyondAscii;
        }

        boolean hasLetter() {
            for (int c = 'A'; c <= 'z'; c++) {
                if (ascii[c] && Character.isLetter(c)) {
                    return true;
                }
            }
            return false;
        }

        boolean onlyWordChars() {
            for (int c = 0; c < 128; c++) {
                if (ascii[c] && !isWordChar((char) c)) {
                    return false;
                }
            }
            return !beyondAscii;
        }

        boolean allAscii() {
            for (boolean b : ascii) {
                if (!b) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Reads the leading atoms of a pattern in RE2 syntax. */
    private static final class Reader {
        private final String s;
        private final boolean ignoreCase;
        /** Whether an assertion other than {@code \b} before a first character looks at the text before a match. */
        boolean lookBehind;
        /** Whether a {@code \b} comes before a first character. */
        boolean boundary;
        /** Whether a first atom has no {@code \b} before it, in its alternative or an enclosing one. */
        boolean unguarded;
        /** How many alternatives being read start with {@code \b}. */
        private int guards;

        Reader(String s, boolean ignoreCase) {
            this.s = s;
            this.ignoreCase = ignoreCase;
        }

        /** The union of the first sets of the alternatives in {@code [from, to)}. */
        Chars alternatives(int from, int to) {
            Chars union = new Chars();
            for (int start = from; ; ) {
                int bar = nextOutside(start, to, '|');
                if (bar < 0 || !addFirst(union, start, bar)) {
                    return null;
                }
                if (bar == to) {
                    return union;
                }
                start = bar + 1;
            }
        }

        private boolean addFirst(Chars union, int from, int to) {
            Chars first = first(from, to);
            if (first == null) {
                return false;
            }
            union.addAll(first);
            return true;
        }

        /** The first set of one alternative in {@code [from, to)}: that of its first consuming atom. */
        private Chars first(int from, int to) {
            int i = from;
            boolean guard = false;
            while (i < to) {
                char c = s.charAt(i);
                if (c == '^') {
                    lookBehind = true;
                    i++;
                } else if (s.startsWith("\\b", i)) {
                    boundary = true;
                    guard = true;
                    i += 2;
                } else if (c == '\\' && i + 1 < to && "BA".indexOf(s.charAt(i + 1)) >= 0) {
                    lookBehind = true;
                    i += 2;
                } else {
                    break;
                }
                if (i < to && "*+?{".indexOf(s.charAt(i)) >= 0) {
                    return null;
                }
            }
            if (i >= to) {
                return null;
            }
            Chars set = new Chars();
            unguarded |= guards == 0 && !guard && s.charAt(i) != '(';
            guards += guard ? 1 : 0;
            int end = atom(set, i, to);
            guards -= guard ? 1 : 0;
            if (end < 0 || mayRepeatZeroTimes(end, to)) {
                return null;
            }
            return set;
        }

        /** Adds the characters the atom at {@code i} can start with; returns where it ends, or -1. */
        private int atom(Chars set, int i, int to) {
            char c = s.charAt(i);
            switch (c) {
                case '[' -> {
                    int end = classEnd(i);
                    return end > 0 && characterClass(set, i + 1, end) ? end + 1 : -1;
                }
                case '(' -> {
                    int close = groupEnd(i, to);
                    int body = groupBody(i);
                    if (close < 0 || body < 0) {
                        return -1;
                    }
                    Chars inner = alternatives(body, close);
                    if (inner == null) {
                        return -1;
                    }
                    set.addAll(inner);
                    return close + 1;
                }
                case '\\' -> {
                    if (i + 1 >= to) {
                        return -1;
                    }
                    char e = s.charAt(i + 1);
                    return escape(set, e) ? i + 2 : -1;
                }
                case '.', '$', '*', '+', '?', '{', ')', '|' -> {
                    return -1;
                }
                default -> {
                    if (Character.isSurrogate(c)) {
                        return -1;
                    }
                    literal(set, c);
                    return i + 1;
                }
            }
        }

        /** Whether the atom ending at {@code end} is followed by a repeat that allows zero of it. */
        private boolean mayRepeatZeroTimes(int end, int to) {
            if (end >= to) {
                return false;
            }
            char q = s.charAt(end);
            return q == '?' || q == '*' || (q == '{' && s.startsWith("{0", end));
        }

        private void literal(Chars set, char c) {
            if (ignoreCase && c >= 128) {
                // A character beyond ASCII may fold to an ASCII letter (the Kelvin sign to k).
                set.addRange(0, 127);
                set.beyondAscii = true;
                return;
            }
            set.add(c);
            if (ignoreCase && Character.isLetter(c)) {
                set.add(Character.toUpperCase(c));
                set.add(Character.toLowerCase(c));
            }
        }

        /** The characters of an escape outside a class; false for those not derived. */
        private boolean escape(Chars set, char e) {
            switch (e) {
                case 'd' -> set.addRange('0', '9');
                case 'w' -> {
                    set.addRange('0', '9');
                    set.addRange('A', 'Z');
                    set.addRange('a', 'z');
                    set.add('_');
                }
                case 's' -> {
                    set.add('\t');
                    set.add('\n');
                    set.add('\f');
                    set.add('\r');
                    set.add(' ');
                }
                case 't' -> set.add('\t');
                case 'n' -> set.add('\n');
                case 'r' -> set.add('\r');
                case 'f' -> set.add('\f');
                default -> {
                    if (e >= 128 || Character.isLetterOrDigit(e)) {
                        return false;
                    }
                    literal(set, e);
                }
            }
            return true;
        }

        /** Adds the members of a class whose body is {@code [from, end)}; false for those not derived. */
        private boolean characterClass(Chars set, int from, int end) {
            if (from < end && s.charAt(from) == '^') {
                return false;
            }
            int i = from;
            while (i < end) {
                int lo;
                char c = s.charAt(i);
                if (c == '[') {
                    return false; // a POSIX class such as [:alpha:]
                }
                if (c == '\\') {
                    char e = s.charAt(i + 1);
                    if (Character.isLetterOrDigit(e) || e >= 128) {
                        if (!escape(set, e)) {
                            return false;
                        }
                        i += 2;
                        continue;
                    }
                    lo = e;
                    i += 2;
                } else {
                    lo = c;
                    i++;
                }
                if (i + 1 < end && s.charAt(i) == '-') {
                    int hi = s.charAt(i + 1);
                    if (hi == '\\' || hi == '[' || hi < lo) {
                        return false;
                    }
                    range(set, lo, hi);
                    i += 2;
                } else {
                    range(set, lo, lo);
                }
            }
            return true;
        }

        private void range(Chars set, int lo, int hi) {
            if (hi >= 128 || Character.isSurrogate((char) lo)) {
                set.addRange(Math.min(lo, 128), 127);
                set.beyondAscii = true;
                if (ignoreCase) {
                    set.addRange(0, 127);
                }
                return;
            }
            for (int c = lo; c <= hi; c++) {
                literal(set, (char) c);
            }
        }

        /** The index of the {@code ]} closing the class opened at {@code i}, or -1. */
        private int classEnd(int i) {
            int j = UserPatterns.classBodyStart(s, i);
            while (j < s.length() && s.charAt(j) != ']') {
                if (s.startsWith("[:", j)) {
                    int close = s.indexOf(":]", j + 2);
                    if (close < 0) {
                        return -1;
                    }
                    j = close + 2;
                } else {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
            }
            return j < s.length() ? j : -1;
        }

        /** The index of the {@code )} closing the group opened at {@code i}, within {@code to}, or -1. */
        private int groupEnd(int i, int to) {
            int close = nextOutside(i + 1, to, ')');
            return close == to ? -1 : close;
        }

        /**
         * The index of the first {@code wanted} in {@code [from, to)} outside escapes, classes and
         * groups: {@code to} when there is none, -1 when a class is not closed.
         */
        private int nextOutside(int from, int to, char wanted) {
            int depth = 0;
            for (int j = from; j < to; j++) {
                char c = s.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (c == '[') {
                    j = classEnd(j);
                    if (j < 0) {
                        return -1;
                    }
                } else if (depth == 0 && c == wanted) {
                    return j;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            return to;
        }

        /** Where the body of the group opened at {@code i} begins: after {@code (}, {@code (?:} or a name. */
        private int groupBody(int i) {
            if (!s.startsWith("(?", i)) {
                return i + 1;
            }
            if (s.startsWith("(?:", i)) {
                return i + 3;
            }
            if (s.startsWith("(?P<", i) || s.startsWith("(?<", i)) {
                int close = s.indexOf('>', i);
                return close < 0 ? -1 : close + 1;
            }
            return -1; // flags scoped to a group, (?i:...), are not followed
        }
    }
}
