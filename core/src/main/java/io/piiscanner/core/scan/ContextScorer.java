package io.piiscanner.core.scan;

import io.piiscanner.core.detect.ContextRule;

import java.util.List;
import java.util.Locale;

/**
 * Applies a detector's {@link ContextRule} to a candidate.
 *
 * <p>Only the candidate's own line is read, so one CSV row or log line does not lend its words to
 * the next. Within the line the nearest label wins: in {@code routing 021000021 account
 * 12345678}, the account number's label is "account", not the more distant "routing". The field's
 * name (CSV column, JSON key) counts as a label too and outranks the text around.
 */
final class ContextScorer {

    private static final int NONE = 0;
    private static final int POSITIVE = 1;
    private static final int NEGATIVE = 2;

    private ContextScorer() {
    }

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
        if (rule.words().isEmpty() && rule.negative().isEmpty()) {
            return base;
        }
        int label = NONE;
        if (fieldLabel != null) {
            if (supports(rule, fieldLabel)) {
                label = POSITIVE;
            } else if (containsWord(fieldLabel, 0, fieldLabel.length(), rule.negative())) {
                label = NEGATIVE;
            }
        }
        if (label == NONE) {
            long[] firsts = firstChars(rule);
            int textLabel = nearestBefore(rule, firsts, text, start);
            if (textLabel == NONE) {
                textLabel = nearestAfter(rule, firsts, text, end);
            }
            if (textLabel != NONE) {
                label = textLabel;
            }
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

    /** Whether a normalized field label holds one of the rule's positive words, which makes it the candidate's context. */
    static boolean supports(ContextRule rule, String fieldLabel) {
        return containsWord(fieldLabel, 0, fieldLabel.length(), rule.words());
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
     * The label whose occurrence ends last in {@code [from, start)} of the candidate's line; a
     * positive word wins a tie. One backward pass over the span, comparing words only where one
     * can begin: this runs for every candidate.
     */
    private static int nearestBefore(ContextRule rule, long[] firsts, String text, int start) {
        int from = Math.max(0, start - rule.before());
        // Only the span is searched for a line break: a window can be one long line.
        for (int i = start - 1; i >= from; i--) {
            if (text.charAt(i) == '\n') {
                from = i + 1;
                break;
            }
        }
        int longest = longest(rule);
        int bestEnd = -1;
        int best = NONE;
        for (int i = start - 1; i >= from; i--) {
            if (bestEnd >= 0 && (i + longest < bestEnd || (best == POSITIVE && i + longest <= bestEnd))) {
                break;
            }
            char c = lower(text.charAt(i));
            if (!mayStart(firsts, c)) {
                continue;
            }
            for (String w : rule.words()) {
                int e = i + w.length();
                if (w.charAt(0) == c && e <= start && (e > bestEnd || (e == bestEnd && best == NEGATIVE))
                        && isWordAt(text, i, w)) {
                    bestEnd = e;
                    best = POSITIVE;
                }
            }
            for (String w : rule.negative()) {
                int e = i + w.length();
                if (w.charAt(0) == c && e <= start && e > bestEnd && isWordAt(text, i, w)) {
                    bestEnd = e;
                    best = NEGATIVE;
                }
            }
        }
        return best;
    }

    /** The label that starts first in {@code [end, end + after)} of the line; a positive word wins a tie. */
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
            if (occursAt(text, i, to, c, rule.words())) {
                return POSITIVE;
            }
            if (occursAt(text, i, to, c, rule.negative())) {
                return NEGATIVE;
            }
        }
        return NONE;
    }

    private static boolean occursAt(String text, int i, int to, char first, List<String> words) {
        for (String w : words) {
            if (w.charAt(0) == first && i + w.length() <= to && isWordAt(text, i, w)) {
                return true;
            }
        }
        return false;
    }

    /** The first characters of a rule's words and negative words, as a bit set over 0..255. */
    private static long[] firstChars(ContextRule rule) {
        long[] set = new long[4];
        for (String w : rule.words()) {
            set[(w.charAt(0) >> 6) & 3] |= 1L << (w.charAt(0) & 63);
        }
        for (String w : rule.negative()) {
            set[(w.charAt(0) >> 6) & 3] |= 1L << (w.charAt(0) & 63);
        }
        return set;
    }

    private static boolean mayStart(long[] firsts, char c) {
        return c < 256 && (firsts[c >> 6] & (1L << (c & 63))) != 0;
    }

    private static int longest(ContextRule rule) {
        int max = 0;
        for (String w : rule.words()) {
            max = Math.max(max, w.length());
        }
        for (String w : rule.negative()) {
            max = Math.max(max, w.length());
        }
        return max;
    }

    private static boolean containsWord(String s, int from, int to, List<String> words) {
        for (String w : words) {
            if (firstWordStart(s, from, to, w) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Start of the first whole-word occurrence of {@code w} within [from, to), or -1. */
    private static int firstWordStart(String s, int from, int to, String w) {
        char first = w.charAt(0);
        for (int i = from; i + w.length() <= to; i++) {
            if (lower(s.charAt(i)) == first && isWordAt(s, i, w)) {
                return i;
            }
        }
        return -1;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean isWordAt(String s, int i, String w) {
        if (!s.regionMatches(true, i, w, 0, w.length())) {
            return false;
        }
        // Boundaries look at the real neighbours, even outside [from, to): a word cut in half by
        // the context window is not that word. ContextIndex relies on the same rule.
        boolean leftOk = i == 0 || !isLetter(s.charAt(i - 1));
        int after = i + w.length();
        boolean rightOk = after >= s.length() || !isLetter(s.charAt(after));
        return leftOk && rightOk;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
