package io.piiscanner.core.scan;

import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.ScanText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the positive words of context-gated detectors occur in a window of text. Built from the
 * window's word starts ({@link ScanText#wordStart}), it lets the engine skip every region of a
 * gated detector with no context word in reach, before the detector spends any time validating
 * there. Used where no field name of the window (CSV column, JSON key) can supply the context.
 */
final class ContextIndex {

    private final Words words;
    private final int[][] hits;
    private final int[] hitCount;

    private record Entry(String word, int rule) {}

    /**
     * The positive words (label words included) of some rules, each {@link #indexable}, arranged
     * for looking them up at word starts. Prepared once for a scanner's rules and shared by the
     * index of each window.
     */
    static final class Words {
        private final List<ContextRule> rules;
        /** Words by their first two characters: 26 letters times 27 (a letter or anything else). */
        private final List<List<Entry>> byPrefix = new ArrayList<>(26 * 27);
        /**
         * For each key, the third characters its words can have (bit 26: not a letter; every bit
         * for words shorter than three): most word starts are ruled out by two lookups.
         */
        private final long[] thirds = new long[26 * 27];

        Words(List<ContextRule> rules) {
            this.rules = List.copyOf(rules);
            for (int i = 0; i < 26 * 27; i++) {
                byPrefix.add(null);
            }
            for (int r = 0; r < rules.size(); r++) {
                for (String w : positives(rules.get(r))) {
                    String word = w.toLowerCase(Locale.ROOT);
                    int key = key(word.charAt(0), word.length() > 1 ? word.charAt(1) : ' ');
                    if (byPrefix.get(key) == null) {
                        byPrefix.set(key, new ArrayList<>());
                    }
                    byPrefix.get(key).add(new Entry(word, r));
                    thirds[key] |= word.length() < 3 ? -1L : 1L << letterIndex(word.charAt(2));
                }
            }
        }
    }

    /**
     * Whether the index can stand for this rule: every positive word starts with a letter (a
     * user's word like {@code #acct} would not be found at a word start).
     */
    static boolean indexable(ContextRule rule) {
        return positives(rule).stream().allMatch(w -> key(w.charAt(0), ' ') >= 0);
    }

    /** Every word that can give a candidate of the rule a positive label. */
    private static List<String> positives(ContextRule rule) {
        List<String> all = new ArrayList<>(rule.words());
        all.addAll(rule.labelWords());
        return all;
    }

    /** Indexes these words in the window's text. */
    ContextIndex(Words words, ScanText window) {
        this.words = words;
        hits = new int[words.rules.size()][16];
        hitCount = new int[words.rules.size()];
        index(window);
    }

    /** Tries the words at each word start: the first letter of each run of letters. */
    private void index(ScanText window) {
        String text = window.text();
        int n = text.length();
        long[] thirds = words.thirds;
        for (int k = 0, count = window.wordStartCount(); k < count; k++) {
            int i = window.wordStart(k);
            // A word start is an ASCII letter, so setting bit 5 lower-cases it.
            int key = ((text.charAt(i) | 0x20) - 'a') * 27 + (i + 1 < n ? letterIndex(text.charAt(i + 1)) : 26);
            long third = thirds[key];
            if (third != 0 && (third >>> (i + 2 < n ? letterIndex(text.charAt(i + 2)) : 26) & 1) != 0) {
                match(text, i, words.byPrefix.get(key));
            }
        }
    }

    private void match(String text, int at, List<Entry> entries) {
        for (Entry e : entries) {
            String w = e.word();
            int end = at + w.length();
            if (end <= text.length()
                    && sameLetters(text, at, w)
                    && (end == text.length() || !isLetter(text.charAt(end)))) {
                int r = e.rule();
                if (hitCount[r] == hits[r].length) {
                    hits[r] = Arrays.copyOf(hits[r], hits[r].length * 2);
                }
                if (hitCount[r] == 0 || hits[r][hitCount[r] - 1] != at) {
                    hits[r][hitCount[r]++] = at;
                }
            }
        }
    }

    /**
     * Whether {@code text} holds the lower-case {@code word} at {@code at}, as
     * {@code regionMatches(true, ...)} tells, with ASCII compared in place and a space matching
     * what {@link ContextScorer#isSpacer} does. The first character is known to match already.
     */
    private static boolean sameLetters(String text, int at, String word) {
        for (int j = 1; j < word.length(); j++) {
            char w = word.charAt(j);
            char c = text.charAt(at + j);
            if (c == w || (w >= 'a' && w <= 'z' && (c | 0x20) == w) || (w == ' ' && ContextScorer.isSpacer(c))) {
                continue;
            }
            if ((c < 128 && w < 128) || !text.regionMatches(true, at + j, word, j, 1)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of rule {@code r} occurs anywhere in the window. */
    boolean any(int r) {
        return hitCount[r] > 0;
    }

    /**
     * Whether a word of rule {@code r} starts close enough to {@code [start, end)} to be the
     * context of a candidate inside it: at most {@code before} characters before its start or
     * {@code after} characters after its end.
     */
    boolean near(int r, int start, int end) {
        ContextRule rule = words.rules.get(r);
        int from = start - rule.before();
        int to = end + rule.after();
        int[] h = hits[r];
        // Hits are distinct, so the insertion point is the first hit at or after from.
        int found = Arrays.binarySearch(h, 0, hitCount[r], from);
        int lo = found >= 0 ? found : -found - 1;
        return lo < hitCount[r] && h[lo] <= to;
    }

    /** 0-25 for an ASCII letter of either case, 26 for anything else. */
    private static int letterIndex(char c) {
        int l = (c | 0x20) - 'a';
        return l >= 0 && l < 26 ? l : 26;
    }

    private static int key(char first, char second) {
        char a = Character.toLowerCase(first);
        if (a < 'a' || a > 'z') {
            return -1;
        }
        char b = Character.toLowerCase(second);
        return (a - 'a') * 27 + (b >= 'a' && b <= 'z' ? b - 'a' : 26);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
