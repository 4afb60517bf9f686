package io.piiscanner.core.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Compiles the pattern of a custom detector with RE2/J, whose matching time grows linearly with
 * the text for every pattern: a configuration cannot make a scan hang or overflow the stack, as
 * {@code (a+)+$} or {@code (a|aa)+} do in {@link java.util.regex}.
 *
 * <p>RE2 has no look-around, back-references, possessive quantifiers or atomic groups: such a
 * pattern is refused with a one-line reason (none of the documented examples or tests used them;
 * a look-around's usual job, a boundary, is {@code \b} or a class next to the match). So is Java syntax that RE2 would read differently
 * rather than refuse (nested classes {@code [a-z[0-9]]}, intersections {@code [a-z&&[^x]]}, the
 * {@code U} flag, which is "ungreedy" in RE2), and a pattern whose counted repeats would compile
 * to more than {@value #MAX_PROGRAM} instructions, such as {@code ((a{1000}){1000}){1000}},
 * refused before RE2/J tries to build it.
 */
final class UserPatterns {

    /** Instructions a compiled pattern may have; matching costs up to this much per character. */
    static final int MAX_PROGRAM = 10_000;

    /** RE2's descriptions of Java constructs it does not have. */
    private static final Set<String> UNSUPPORTED = Set.of(
            "invalid or unsupported Perl syntax", "invalid escape sequence", "invalid nested repetition operator");

    private UserPatterns() {}

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException with a one-line reason when the pattern is invalid, not
     *                                  supported, read differently by RE2, or too large
     */
    static Pattern compile(String source, boolean ignoreCase) {
        if (new Walk(source).programEstimate() > MAX_PROGRAM) {
            throw tooLarge();
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(source, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            String reason =
                    "pattern is not a valid regular expression: " + e.getDescription() + " `" + e.getPattern() + "`";
            throw new IllegalArgumentException(
                    UNSUPPORTED.contains(e.getDescription())
                            ? reason + " (patterns use RE2 syntax: no look-around, back-references, possessive"
                                    + " quantifiers or atomic groups)"
                            : reason);
        }
        if (pattern.programSize() > MAX_PROGRAM) {
            throw tooLarge();
        }
        return pattern;
    }

    /**
     * Where the members of the class opened at {@code open} begin: after the {@code [}, a
     * negating {@code ^} and a leading {@code ]}, which is a member there.
     */
    static int classBodyStart(String s, int open) {
        int j = open + 1;
        if (j < s.length() && s.charAt(j) == '^') {
            j++;
        }
        if (j < s.length() && s.charAt(j) == ']') {
            j++;
        }
        return j;
    }

    private static IllegalArgumentException tooLarge() {
        return new IllegalArgumentException("pattern is too large: its repeats compile to more than " + MAX_PROGRAM
                + " instructions; use smaller counts");
    }

    /**
     * One pass over a pattern's source: refuses Java-only syntax, and estimates the size of the
     * compiled program, where a counted repeat {@code x{n}} copies {@code x} n times.
     */
    private static final class Walk {

        /** Program size of the group being read, and of its last item, which a repeat multiplies. */
        private static final class Group {
            long size;
            long last;

            void add(long item) {
                size = cap(size + item);
                last = item;
            }
        }

        private static final List<String> LOOK_AROUND = List.of("(?=", "(?!", "(?<=", "(?<!");

        private final String s;
        private final Deque<Group> open = new ArrayDeque<>();
        private Group group = new Group();
        private int i;

        Walk(String source) {
            this.s = source;
        }

        long programEstimate() {
            while (i < s.length()) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> escape();
                    case '[' -> characterClass();
                    case '(' -> openGroup();
                    case ')' -> closeGroup();
                    case '|' -> {
                        group.size = cap(group.size + 1);
                        group.last = 0;
                        i++;
                    }
                    case '*', '+', '?' -> {
                        group.size = cap(group.size + 1);
                        i++;
                    }
                    case '{' -> repeat();
                    default -> {
                        group.add(1);
                        i++;
                    }
                }
            }
            while (!open.isEmpty()) {
                endGroup();
            }
            return group.size;
        }

        private void escape() {
            if (i + 1 < s.length() && s.charAt(i + 1) == 'Q') {
                int end = s.indexOf("\\E", i + 2);
                int stop = end < 0 ? s.length() : end;
                for (int k = i + 2; k < stop; k++) {
                    group.add(1);
                }
                i = end < 0 ? s.length() : end + 2;
                return;
            }
            group.add(1);
            boolean braced = i + 2 < s.length() && "pPx".indexOf(s.charAt(i + 1)) >= 0 && s.charAt(i + 2) == '{';
            int close = braced ? s.indexOf('}', i) : -1;
            i = close < 0 ? i + 2 : close + 1;
        }

        private void characterClass() {
            int j = classBodyStart(s, i);
            while (j < s.length() && s.charAt(j) != ']') {
                char c = s.charAt(j);
                if (c == '\\') {
                    j += 2;
                } else if (c == '[' && j + 1 < s.length() && s.charAt(j + 1) == ':') {
                    int end = s.indexOf(":]", j + 2);
                    j = end < 0 ? s.length() : end + 2;
                } else if (c == '[') {
                    throw new IllegalArgumentException("pattern has a class inside a class, Java syntax that RE2"
                            + " reads differently: list the ranges in one class, like [a-z0-9]");
                } else if (c == '&' && j + 1 < s.length() && s.charAt(j + 1) == '&') {
                    throw new IllegalArgumentException("pattern has a class intersection (&&), Java syntax that"
                            + " RE2 reads differently: list the ranges that remain");
                } else {
                    j++;
                }
            }
            group.add(1);
            i = j + 1;
        }

        private void openGroup() {
            for (String lookAround : LOOK_AROUND) {
                if (s.startsWith(lookAround, i)) {
                    throw new IllegalArgumentException("pattern has a look-around " + lookAround + ", which RE2 does"
                            + " not have: match the characters around in the pattern, or use context words");
                }
            }
            if (s.startsWith("(?", i)) {
                int j = i + 2;
                while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) {
                    if (s.charAt(j) == 'U') {
                        throw new IllegalArgumentException("pattern has the flag U, which means ungreedy in RE2"
                                + " and Unicode classes in Java: use lazy quantifiers such as +? instead");
                    }
                    j++;
                }
            }
            open.push(group);
            group = new Group();
            i++;
        }

        private void closeGroup() {
            if (open.isEmpty()) {
                group.add(1); // unbalanced: RE2 refuses it
            } else {
                endGroup();
            }
            i++;
        }

        private void endGroup() {
            long inner = group.size + 1;
            group = open.pop();
            group.add(cap(inner));
        }

        /** A counted repeat {@code {n}}, {@code {n,}} or {@code {n,m}}; anything else is a literal brace. */
        private void repeat() {
            int close = s.indexOf('}', i);
            String body = close < 0 ? "" : s.substring(i + 1, close);
            if (!body.matches("\\d{1,4}(,\\d{0,4})?")) {
                group.add(1);
                i++;
                return;
            }
            long copies = 0;
            for (String count : body.split(",")) {
                copies = Math.max(copies, Long.parseLong(count));
            }
            group.size = cap(group.size + group.last * Math.max(0, copies - 1) + 1);
            group.last = cap(group.last * Math.max(1, copies));
            i = close + 1;
        }

        /** Keeps estimates past the limit from growing further, so that products cannot overflow. */
        private static long cap(long v) {
            return Math.min(v, MAX_PROGRAM + 1L);
        }
    }
}
