package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.Shapes;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How phone numbers are written in text: a run of digit groups joined by single separators
 * ({@code (212) 555-1234}, {@code +44 20 7946 0958}, {@code 2125551234}), optionally followed by an
 * extension ({@code x793}, {@code ext. 12}, {@code #12}) that belongs to the run, and optionally
 * by a label suffix ({@code 415.867.5309-Fax}) that does not. {@link #RUN} defines a run; the
 * hand-written tests here agree with it and let the detectors try it only where it can match.
 *
 * <p>Every loop here is bounded by the length of the longest number (digits and groups), never by
 * the length of a digit cluster: a line of a million digit groups costs the same per byte as the
 * same groups in short lines.
 */
final class PhoneRuns {

    /** Fewest digits of a number: a local number of seven. */
    static final int MIN_DIGITS = 7;
    /** Most digits of a number, country code and trunk prefix included (E.164 allows 15). */
    static final int MAX_DIGITS = 15;
    /** Most digit groups in a run; the longest formats have six, with a country code and trunk prefix. */
    static final int MAX_GROUPS = 12;
    /** Most digits of an extension. */
    static final int MAX_EXTENSION = 6;
    /** Most characters of an extension: {@code " extension: 123456"}. */
    static final int MAX_EXTENSION_LENGTH = " extension: ".length() + MAX_EXTENSION;

    /** Before a number: not inside a word, amount or dotted/slashed/hyphenated token, nor a time. */
    static final String BEFORE = "(?<![\\w+@$#]|\\w[./\\-]|\\d:)";
    /** Words that label a number when they follow it after a dash: {@code 415.867.5309-Fax}. */
    static final List<String> SUFFIX_LABELS =
            List.of("fax", "office", "home", "work", "cell", "mobile", "main", "direct", "desk", "phone", "tel");
    /**
     * After a number: a label suffix, or nothing that runs into a word, a dotted/slashed/hyphenated
     * token or a time, so {@code 2024-03-15 10:22} is not read as a run ending in {@code 10}.
     * Commas are allowed on both sides because CSV puts them there.
     */
    static final String AFTER =
            "(?:(?=-(?i:" + String.join("|", SUFFIX_LABELS) + ")(?!\\w))" + "|(?![\\w+@]|[./\\-]\\w|:\\d))";
    /** An extension: {@code x793}, {@code  x 12}, {@code  ext. 12}, {@code extension 5}, {@code #12}. */
    static final String EXTENSION = "(?: ?(?i:x|#|ext(?:ension|n)?)[.:]? ?\\d{1," + MAX_EXTENSION + "}+)?";

    private static final String GROUP = "(?:\\d++|\\(\\d{1,6}\\))";
    /** Separators are single; a parenthesised group may touch its neighbours: {@code (212)555-1234}. */
    static final Pattern RUN = Pattern.compile(BEFORE + "\\+?" + GROUP + "(?:(?:[ .\\-]|(?<=\\))|(?=\\())" + GROUP
            + "){0," + (MAX_GROUPS - 1) + "}+" + EXTENSION + AFTER);

    /** What {@link #BEFORE} forbids just before a number. */
    static final CharClass NOT_AFTER = CharClass.WORD.plus("+@$#");
    /** A run starts on {@code +}, {@code (} or a digit. */
    private static final CharClass FIRST = CharClass.of("+(0123456789");
    /**
     * Where a formatted run (a {@code +} or {@code (} first, or several groups) can start. Its first
     * digits end their token: an extension attached to them would make it a bare number.
     */
    static final MatchStart FORMATTED_START = MatchStart.of(FIRST, NOT_AFTER).digitsEndToken();
    /** Where any run can start, bare digits with an extension ({@code 2125551234x12}) included. */
    static final MatchStart ANY_START = MatchStart.of(FIRST, NOT_AFTER);

    private PhoneRuns() {}

    /**
     * Whether a run from {@code i} can hold a number: the characters a run is made of
     * ({@code 0-9 . - ( )} and spaces, a {@code +} first) hold at least {@link #MIN_DIGITS} digits
     * and, when {@code formatted}, are formatted (a {@code +} or {@code (} first, or a separator
     * before a group). Stops as soon as both hold, so it reads a bounded stretch of a long cluster.
     */
    static boolean mayHoldNumber(CharSequence s, int i, int to, boolean formatted) {
        char first = s.charAt(i);
        boolean isFormatted = !formatted || first == '+' || first == '(';
        int digits = 0;
        for (int j = first == '+' ? i + 1 : i; j < to; j++) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                if (++digits >= MIN_DIGITS && isFormatted) {
                    return true;
                }
            } else if (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')') {
                isFormatted |= digits > 0 && j + 1 < to && (Shapes.isDigit(s.charAt(j + 1)) || s.charAt(j + 1) == '(');
                if (digits >= MIN_DIGITS && isFormatted) {
                    return true;
                }
            } else {
                return false;
            }
        }
        return false;
    }

    /**
     * Where {@link #RUN}'s match from {@code i} ends, bounded by {@code to}, or -1 when it has none
     * there; {@link #BEFORE} is left to the caller. Written out by hand because in logs almost
     * every run the pattern is tried on is a timestamp that it rejects only at its end (measured:
     * 82,000 failed tries per 17 MB of the bench corpus), and this costs a fraction of a try; the
     * detectors find their runs with it alone (measured: the pattern run again on the runs this
     * accepted took a fifth of their time on logs).
     */
    static int runEnd(CharSequence s, int i, int to) {
        int p = groupsEnd(s, i, to);
        if (p < 0) {
            return -1;
        }
        // The extension is optional: when what follows it ends no run, the run ends before it.
        int e = extensionEnd(s, p, to);
        if (e >= 0 && endsRun(s, e)) {
            return e;
        }
        return endsRun(s, p) ? p : -1;
    }

    /** Where the groups of a run from {@code i} end: up to {@link #MAX_GROUPS}, taken possessively. */
    private static int groupsEnd(CharSequence s, int i, int to) {
        int p = groupEnd(s, i < to && s.charAt(i) == '+' ? i + 1 : i, to);
        for (int g = 1; g < MAX_GROUPS && p >= 0; g++) {
            char c = p < to ? s.charAt(p) : 0;
            int next = c == ' ' || c == '.' || c == '-' ? groupEnd(s, p + 1, to) : -1;
            if (next < 0 && (s.charAt(p - 1) == ')' || c == '(')) {
                next = groupEnd(s, p, to);
            }
            if (next < 0) {
                break;
            }
            p = next;
        }
        return p;
    }

    /** Where a group from {@code p} ends: digits, or one to six of them in parentheses; -1 if none. */
    private static int groupEnd(CharSequence s, int p, int to) {
        if (p >= to) {
            return -1;
        }
        int q = p;
        if (s.charAt(p) == '(') {
            q++;
            while (q < to && q - p <= 6 && Shapes.isDigit(s.charAt(q))) {
                q++;
            }
            return q > p + 1 && q < to && s.charAt(q) == ')' ? q + 1 : -1;
        }
        while (q < to && Shapes.isDigit(s.charAt(q))) {
            q++;
        }
        return q > p ? q : -1;
    }

    /** Where {@link #EXTENSION} from {@code p} ends when it is there, by {@code to}; -1 if it is not. */
    private static int extensionEnd(CharSequence s, int p, int to) {
        int q = p < to && s.charAt(p) == ' ' ? p + 1 : p;
        if (q >= to) {
            return -1;
        }
        char c = s.charAt(q);
        if (c == 'x' || c == 'X' || c == '#') {
            q++;
        } else if (matchesIgnoreCase(s, q, to, "ext")) {
            q += 3;
            if (matchesIgnoreCase(s, q, to, "ension")) {
                q += 6;
            } else if (q < to && (s.charAt(q) | 0x20) == 'n') {
                q++;
            }
        } else {
            return -1;
        }
        if (q < to && (s.charAt(q) == '.' || s.charAt(q) == ':')) {
            q++;
        }
        if (q < to && s.charAt(q) == ' ') {
            q++;
        }
        int digits = 0;
        while (q < to && digits < MAX_EXTENSION && Shapes.isDigit(s.charAt(q))) {
            q++;
            digits++;
        }
        return digits > 0 ? q : -1;
    }

    /** {@link #AFTER} at {@code p}, which looks past the region's end as transparent bounds do. */
    private static boolean endsRun(CharSequence s, int p) {
        if (p >= s.length()) {
            return true;
        }
        char c = s.charAt(p);
        if (c == '-' && suffixLabelAt(s, p + 1)) {
            return true;
        }
        boolean nextIsWord = p + 1 < s.length() && CharClass.WORD.contains(s.charAt(p + 1));
        return !(CharClass.WORD.contains(c)
                || c == '+'
                || c == '@'
                || ((c == '.' || c == '/' || c == '-') && nextIsWord)
                || (c == ':' && p + 1 < s.length() && Shapes.isDigit(s.charAt(p + 1))));
    }

    /** Whether one of {@link #SUFFIX_LABELS} is at {@code p}, as a whole word. */
    private static boolean suffixLabelAt(CharSequence s, int p) {
        for (String label : SUFFIX_LABELS) {
            int end = p + label.length();
            if (matchesIgnoreCase(s, p, s.length(), label)
                    && (end == s.length() || !CharClass.WORD.contains(s.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-case ASCII {@code word} is at {@code p}, in any case, ending by {@code to}. */
    private static boolean matchesIgnoreCase(CharSequence s, int p, int to, String word) {
        if (p + word.length() > to) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((s.charAt(p + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The rest of {@link #BEFORE}: not after a word character and one of {@code ./-}, nor a digit and a colon. */
    /**
     * Whether the digit groups of a run without extension that ends at {@code end} go on after it
     * ({@code 0 9643 5 009 ... 806 875 3227}): a run stops before another group only when it has
     * {@link #MAX_GROUPS} already, so it is a piece of a longer cluster.
     */
    static boolean goesOn(CharSequence s, int end) {
        if (end + 1 >= s.length()) {
            return false;
        }
        char c = s.charAt(end);
        char next = s.charAt(end + 1);
        return (c == ' ' && (Shapes.isDigit(next) || next == '(')) || (c == '(' && Shapes.isDigit(next));
    }

    static boolean notAfterToken(CharSequence s, int i, int to) {
        if (i < 2) {
            return true;
        }
        char p = s.charAt(i - 1);
        char q = s.charAt(i - 2);
        if (p == '.' || p == '/' || p == '-') {
            return !(Shapes.isDigit(q) || Shapes.letterAt(s, i - 2, to) || q == '_');
        }
        return p != ':' || !Shapes.isDigit(q);
    }

    /**
     * Where the number of a run {@code [start, end)} ends and its extension begins (with the space
     * before it): at the run's first letter or {@code #}, which only an extension has.
     */
    static int numberEnd(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '#' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
                return s.charAt(i - 1) == ' ' ? i - 1 : i;
            }
        }
        return end;
    }
}
