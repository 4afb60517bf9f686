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
            if (containsWord(fieldLabel, 0, fieldLabel.length(), rule.words())) {
                label = POSITIVE;
            } else if (containsWord(fieldLabel, 0, fieldLabel.length(), rule.negative())) {
                label = NEGATIVE;
            }
        }
        if (label == NONE) {
            int textLabel = nearestBefore(rule, text, start);
            if (textLabel == NONE) {
                textLabel = nearestAfter(rule, text, end);
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

    private static int nearestBefore(ContextRule rule, String text, int start) {
        int from = Math.max(0, start - rule.before());
        int nl = text.lastIndexOf('\n', start - 1);
        if (nl >= from) {
            from = nl + 1;
        }
        int bestEnd = -1;
        int best = NONE;
        for (String w : rule.words()) {
            int e = lastWordEnd(text, from, start, w);
            if (e > bestEnd) {
                bestEnd = e;
                best = POSITIVE;
            }
        }
        for (String w : rule.negative()) {
            int e = lastWordEnd(text, from, start, w);
            if (e > bestEnd) {
                bestEnd = e;
                best = NEGATIVE;
            }
        }
        return best;
    }

    private static int nearestAfter(ContextRule rule, String text, int end) {
        int to = Math.min(text.length(), end + rule.after());
        int nl = text.indexOf('\n', end);
        if (nl >= 0 && nl < to) {
            to = nl;
        }
        int bestStart = Integer.MAX_VALUE;
        int best = NONE;
        for (String w : rule.words()) {
            int s = firstWordStart(text, end, to, w);
            if (s >= 0 && s < bestStart) {
                bestStart = s;
                best = POSITIVE;
            }
        }
        for (String w : rule.negative()) {
            int s = firstWordStart(text, end, to, w);
            if (s >= 0 && s < bestStart) {
                bestStart = s;
                best = NEGATIVE;
            }
        }
        return best;
    }

    private static boolean containsWord(String s, int from, int to, List<String> words) {
        for (String w : words) {
            if (firstWordStart(s, from, to, w) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** End of the last whole-word occurrence of {@code w} within [from, to), or -1. */
    private static int lastWordEnd(String s, int from, int to, String w) {
        char first = w.charAt(0);
        for (int i = to - w.length(); i >= from; i--) {
            // Cheap first-character test before the full comparison: this runs for every candidate.
            if (lower(s.charAt(i)) == first && isWordAt(s, i, w)) {
                return i + w.length();
            }
        }
        return -1;
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
