package io.piiscanner.core.scan;

import io.piiscanner.core.detect.ContextRule;
import java.util.Arrays;
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
    /** The kind of a label word: positive where written as a label. */
    private static final int LABEL_WORD = 3;

    /** Words that make the label word before them a label: {@code checking no}, {@code transit number}. */
    private static final List<String> LABEL_NOUNS = List.of("no", "nr", "num", "number", "numbers");

    private static final String[] NO_WORDS = {};
    private static final int[] NO_KINDS = {};

    private final ContextRule rule;
    /**
     * The rule's words by their first character (0..255): the positive words, then the label
     * words, then the negative ones, each list in its order, so that of two words at one place
     * the first listed wins as it did in the rule. Scoring runs for every candidate and compares
     * words only where one can begin, so they are sorted here once.
     */
    private final String[][] wordsByFirst = new String[256][];

    private final int[][] kindsByFirst = new int[256][];
    /** The length of the rule's longest word: no word starting further back can end nearer. */
    private final int longest;

    /** Prepares the scoring of candidates under {@code rule}. */
    ContextScorer(ContextRule rule) {
        this.rule = rule;
        Arrays.fill(wordsByFirst, NO_WORDS);
        Arrays.fill(kindsByFirst, NO_KINDS);
        add(rule.words(), POSITIVE);
        add(rule.labelWords(), LABEL_WORD);
        add(rule.negative(), NEGATIVE);
        int max = 0;
        for (String[] words : wordsByFirst) {
            for (String w : words) {
                max = Math.max(max, w.length());
            }
        }
        this.longest = max;
    }

    private void add(List<String> words, int kind) {
        for (String w : words) {
            char first = w.charAt(0);
            if (first < 256) {
                int n = wordsByFirst[first].length;
                wordsByFirst[first] = Arrays.copyOf(wordsByFirst[first], n + 1);
                wordsByFirst[first][n] = w;
                kindsByFirst[first] = Arrays.copyOf(kindsByFirst[first], n + 1);
                kindsByFirst[first][n] = kind;
            }
        }
    }

    /**
     * Returns the candidate's confidence after context, or a negative number when a required
     * context is missing.
     *
     * @param base       the candidate's confidence before context
     * @param text       the window text
     * @param start      candidate start in the text
     * @param end        candidate end in the text
     * @param fieldLabel normalized field label (see {@link #normalizeLabel}), or null
     */
    double score(double base, String text, int start, int end, String fieldLabel) {
        if (rule.words().isEmpty()
                && rule.negative().isEmpty()
                && rule.labelWords().isEmpty()) {
            return base;
        }
        int label = fieldLabel == null ? NONE : nameLabel(fieldLabel);
        if (label == NONE) {
            label = nearestBefore(text, lineFrom(text, start, rule.before()), start, false);
        }
        if (label == NONE) {
            label = nearestAfter(text, end);
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
    boolean supports(String fieldLabel) {
        return nameLabel(fieldLabel) == POSITIVE;
    }

    /** The label a field name gives: its word nearest the value, any label word counting. */
    private int nameLabel(String name) {
        return nearestBefore(name, 0, name.length(), true);
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
    private int nearestBefore(String text, int from, int start, boolean inName) {
        int bestStart = -1;
        int bestEnd = -1;
        int best = NONE;
        for (int i = start - 1; i >= from; i--) {
            if (bestEnd >= 0 && i + longest < bestEnd) {
                break;
            }
            char c = lower(text.charAt(i));
            if (c >= 256) {
                continue;
            }
            String[] words = wordsByFirst[c];
            int[] kinds = kindsByFirst[c];
            for (int k = 0; k < words.length; k++) {
                String w = words[k];
                int e = i + w.length();
                // At the same start and end the word listed first wins: positive words come first.
                if (e <= start
                        && (e > bestEnd || (e == bestEnd && i < bestStart))
                        && isWordAt(text, i, w)
                        && (kinds[k] != LABEL_WORD || inName || isLabel(text, e, start))) {
                    bestStart = i;
                    bestEnd = e;
                    best = kinds[k] == NEGATIVE ? NEGATIVE : POSITIVE;
                }
            }
        }
        return best;
    }

    /**
     * The label that starts first in {@code [end, end + after)} of the line, the longest of those
     * starting there, a positive word winning a tie.
     */
    private int nearestAfter(String text, int end) {
        int to = Math.min(text.length(), end + rule.after());
        for (int i = end; i < to; i++) {
            if (text.charAt(i) == '\n') {
                to = i;
                break;
            }
        }
        for (int i = end; i < to; i++) {
            char c = lower(text.charAt(i));
            if (c >= 256) {
                continue;
            }
            String[] words = wordsByFirst[c];
            int[] kinds = kindsByFirst[c];
            int bestLength = 0;
            int best = NONE;
            for (int k = 0; k < words.length; k++) {
                String w = words[k];
                if (w.length() > bestLength
                        && i + w.length() <= to
                        && isWordAt(text, i, w)
                        && (kinds[k] != LABEL_WORD || isLabel(text, i + w.length(), -1))) {
                    bestLength = w.length();
                    best = kinds[k] == NEGATIVE ? NEGATIVE : POSITIVE;
                }
            }
            if (best != NONE) {
                return best;
            }
        }
        return NONE;
    }

    /**
     * Whether a label word ending at {@code wordEnd} is written as a label: with nothing but
     * punctuation and spaces between it and the candidate at {@code candidateStart} (-1 for a
     * word after the candidate), or followed by a label mark or a positive word of the rule.
     */
    private boolean isLabel(String text, int wordEnd, int candidateStart) {
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
