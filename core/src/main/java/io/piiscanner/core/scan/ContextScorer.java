package io.piiscanner.core.scan;

import io.piiscanner.core.detect.ContextRule;
import java.util.List;
import java.util.Locale;

/**
 * Applies a detector's {@link ContextRule} to a candidate.
 *
 * <p>Only the candidate's own line is read, so one CSV row or log line does not lend its words to
 * the next. Within the line the nearest label wins: in {@code routing 021000021 account
 * 12345678}, the account number's label is "account", not the more distant "routing". Of labels
 * ending at the same place the longest wins, so {@code aws account} outranks {@code account}.
 * The field's name (CSV column, JSON key) counts as a label too and outranks the text around;
 * within a name, the word nearest the value (the last) wins.
 *
 * <p>A rule's {@link ContextRule#labelWords() label words} count only where written as a label:
 * right before the candidate, or followed by a label mark ({@code :}, {@code #}, {@code =}, a
 * word such as {@code no} or {@code number}) or by another positive word of the rule. In a phrase,
 * a space also matches {@code _} or {@code -}: {@code account_number} is "account number".
 */
final class ContextScorer {

    private static final int NONE = 0;
    private static final int POSITIVE = 1;
    private static final int NEGATIVE = 2;

    /** Words that make the label word before them a label: {@code checking no}, {@code transit number}. */
    private static final List<String> LABEL_NOUNS = List.of("no", "nr", "num", "number", "numbers");

    private ContextScorer() {}

    /**
     * Returns the candidate's confidence after context, or a negative number when a required
     * context is missing.
     *
     * @param text       the window text
     * @param start      candidate start in the text
     * @param end        candidate end in the text
     * @param fieldLabel normalized field label (see {@link #normalizeLabel}), or null
     */
    static double score(ContextRule rule, double base, String text, int start, int end, String fieldLabel) {
        if (rule.words().isEmpty()
                && rule.negative().isEmpty()
                && rule.labelWords().isEmpty()) {
            return base;
        }
        long[] firsts = firstChars(rule);
        int label = fieldLabel == null ? NONE : nameLabel(rule, firsts, fieldLabel);
        if (label == NONE) {
            label = nearestBefore(rule, firsts, text, lineFrom(text, start, rule.before()), start, false);
        }
        if (label == NONE) {
            label = nearestAfter(rule, firsts, text, end);
        }
        if (label == POSITIVE) {
            return Math.min(1.0, base + rule.boost());
        }
        if (rule.required()) {
            return -1;
        }
        if (label == NEGATIVE) {
            return Math.max(0.0, base - rule.penalty());
        }
        return base;
    }

    /** Whether a normalized field label makes the candidate's label positive, whatever the text around. */
    static boolean supports(ContextRule rule, String fieldLabel) {
        return nameLabel(rule, firstChars(rule), fieldLabel) == POSITIVE;
    }

    /** The label a field name gives: its word nearest the value, any label word counting. */
    private static int nameLabel(ContextRule rule, long[] firsts, String name) {
        return nearestBefore(rule, firsts, name, 0, name.length(), true);
    }

    /** Lower-cases a field name and splits it into words: {@code dateOfBirth} is "date of birth". */
    static String normalizeLabel(String field) {
        if (field == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(field.length() + 8);
        char prev = ' ';
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                out.append(' ');
            }
            out.append(Character.isLetterOrDigit(c) || c == '#' ? Character.toLowerCase(c) : ' ');
            prev = c;
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Where the look-behind of a candidate at {@code start} begins: {@code before} characters back,
     * or the start of its line. Only the span is searched for a line break: a window can be one
     * long line.
     */
    private static int lineFrom(String text, int start, int before) {
        int from = Math.max(0, start - before);
        for (int i = start - 1; i >= from; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * The label whose occurrence in {@code [from, start)} ends last, then starts first, a positive
     * word winning a full tie. One backward pass over the span, comparing words only where one
     * can begin: this runs for every candidate. In a field name ({@code inName}), every label
     * word counts.
     */
    private static int nearestBefore(
            ContextRule rule, long[] firsts, String text, int from, int start, boolean inName) {
        int longest = longest(rule);
        int bestStart = -1;
        int bestEnd = -1;
        int best = NONE;
        for (int i = start - 1; i >= from; i--) {
            if (bestEnd >= 0 && i + longest < bestEnd) {
                break;
            }
            char c = lower(text.charAt(i));
            if (!mayStart(firsts, c)) {
                continue;
            }
            // Positive words first: at the same start and end, a positive word wins.
            for (String w : rule.words()) {
                if (nearer(w, c, i, start, bestStart, bestEnd) && isWordAt(text, i, w)) {
                    bestStart = i;
                    bestEnd = i + w.length();
                    best = POSITIVE;
                }
            }
            for (String w : rule.labelWords()) {
                if (nearer(w, c, i, start, bestStart, bestEnd)
                        && isWordAt(text, i, w)
                        && (inName || isLabel(rule, text, i + w.length(), start))) {
                    bestStart = i;
                    bestEnd = i + w.length();
                    best = POSITIVE;
                }
            }
            for (String w : rule.negative()) {
                if (nearer(w, c, i, start, bestStart, bestEnd) && isWordAt(text, i, w)) {
                    bestStart = i;
                    bestEnd = i + w.length();
                    best = NEGATIVE;
                }
            }
        }
        return best;
    }

    /** Whether {@code w} at {@code i}, if there, would end by {@code start} and beat the best so far. */
    private static boolean nearer(String w, char first, int i, int start, int bestStart, int bestEnd) {
        int e = i + w.length();
        return w.charAt(0) == first && e <= start && (e > bestEnd || (e == bestEnd && i < bestStart));
    }

    /**
     * The label that starts first in {@code [end, end + after)} of the line, the longest of those
     * starting there, a positive word winning a tie.
     */
    private static int nearestAfter(ContextRule rule, long[] firsts, String text, int end) {
        int to = Math.min(text.length(), end + rule.after());
        for (int i = end; i < to; i++) {
            if (text.charAt(i) == '\n') {
                to = i;
                break;
            }
        }
        for (int i = end; i < to; i++) {
            char c = lower(text.charAt(i));
            if (!mayStart(firsts, c)) {
                continue;
            }
            int bestLength = 0;
            int best = NONE;
            for (String w : rule.words()) {
                if (longer(w, c, i, to, bestLength) && isWordAt(text, i, w)) {
                    bestLength = w.length();
                    best = POSITIVE;
                }
            }
            for (String w : rule.labelWords()) {
                if (longer(w, c, i, to, bestLength)
                        && isWordAt(text, i, w)
                        && isLabel(rule, text, i + w.length(), -1)) {
                    bestLength = w.length();
                    best = POSITIVE;
                }
            }
            for (String w : rule.negative()) {
                if (longer(w, c, i, to, bestLength) && isWordAt(text, i, w)) {
                    bestLength = w.length();
                    best = NEGATIVE;
                }
            }
            if (best != NONE) {
                return best;
            }
        }
        return NONE;
    }

    private static boolean longer(String w, char first, int i, int to, int bestLength) {
        return w.charAt(0) == first && w.length() > bestLength && i + w.length() <= to;
    }

    /**
     * Whether a label word ending at {@code wordEnd} is written as a label: with nothing but
     * punctuation and spaces between it and the candidate at {@code candidateStart} (-1 for a
     * word after the candidate), or followed by a label mark or a positive word of the rule.
     */
    private static boolean isLabel(ContextRule rule, String text, int wordEnd, int candidateStart) {
        if (candidateStart >= wordEnd && noLetterOrDigit(text, wordEnd, candidateStart)) {
            return true;
        }
        int j = wordEnd;
        while (j < text.length() && (isSpacer(text.charAt(j)) || text.charAt(j) == '.')) {
            j++;
        }
        if (j == text.length()) {
            return false;
        }
        char c = text.charAt(j);
        return c == ':'
                || c == '#'
                || c == '='
                || occursAt(text, j, LABEL_NOUNS)
                || occursAt(text, j, rule.words())
                || occursAt(text, j, rule.labelWords());
    }

    private static boolean noLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isLetter(c) || (c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean occursAt(String text, int i, List<String> words) {
        for (String w : words) {
            if (isWordAt(text, i, w)) {
                return true;
            }
        }
        return false;
    }

    /** The first characters of a rule's words of every kind, as a bit set over 0..255. */
    private static long[] firstChars(ContextRule rule) {
        long[] set = new long[4];
        for (List<String> words : List.of(rule.words(), rule.labelWords(), rule.negative())) {
            for (String w : words) {
                set[(w.charAt(0) >> 6) & 3] |= 1L << (w.charAt(0) & 63);
            }
        }
        return set;
    }

    private static boolean mayStart(long[] firsts, char c) {
        return c < 256 && (firsts[c >> 6] & (1L << (c & 63))) != 0;
    }

    private static int longest(ContextRule rule) {
        int max = 0;
        for (List<String> words : List.of(rule.words(), rule.labelWords(), rule.negative())) {
            for (String w : words) {
                max = Math.max(max, w.length());
            }
        }
        return max;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /**
     * Whether the lower-case word or phrase {@code w} is at {@code i} of {@code s} as a whole word,
     * ignoring case, a space in it matching any {@link #isSpacer spacer}.
     */
    static boolean isWordAt(String s, int i, String w) {
        int after = i + w.length();
        if (after > s.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char wc = w.charAt(k);
            char c = s.charAt(i + k);
            boolean same = wc == ' ' ? isSpacer(c) : lower(c) == wc || s.regionMatches(true, i + k, w, k, 1);
            if (!same) {
                return false;
            }
        }
        // Boundaries look at the real neighbours, even outside [from, to): a word cut in half by
        // the context window is not that word. ContextIndex relies on the same rule.
        return (i == 0 || !isLetter(s.charAt(i - 1))) && (after == s.length() || !isLetter(s.charAt(after)));
    }

    /** What separates the words of a phrase: a space, or the {@code _} and {@code -} of names. */
    static boolean isSpacer(char c) {
        return c == ' ' || c == '_' || c == '-';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
