package io.piiscanner.core.scan;

import io.piiscanner.core.detect.ContextRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the positive words of context-gated detectors occur in a window of text. Built in one
 * pass over the window's word starts, it lets the engine skip every region of a gated detector
 * with no context word in reach, before the detector spends any time validating there. Only used
 * for unstructured text: in CSV and JSON a field name can supply the context instead.
 */
final class ContextIndex {

    private static final boolean[] LETTERS = new boolean[256];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            LETTERS[c] = true;
            LETTERS[Character.toUpperCase(c)] = true;
        }
    }

    /** Words by their first two characters: 26 letters times 27 (a letter or anything else). */
    private final List<List<Entry>> byPrefix = new ArrayList<>(26 * 27);
    private final List<ContextRule> rules;
    private final int[][] hits;
    private final int[] hitCount;

    private record Entry(String word, int rule) {
    }

    /**
     * Whether the index can stand for this rule: every positive word starts with a letter (a
     * user's word like {@code #acct} would not be found at a word start).
     */
    static boolean indexable(ContextRule rule) {
        return rule.words().stream().allMatch(w -> key(w.charAt(0), ' ') >= 0);
    }

    /** Indexes the positive words of these rules, each {@link #indexable}, in the text. */
    ContextIndex(List<ContextRule> rules, String text, byte[] bytes) {
        this.rules = rules;
        for (int i = 0; i < 26 * 27; i++) {
            byPrefix.add(null);
        }
        for (int r = 0; r < rules.size(); r++) {
            for (String w : rules.get(r).words()) {
                int key = key(w.charAt(0), w.length() > 1 ? w.charAt(1) : ' ');
                if (byPrefix.get(key) == null) {
                    byPrefix.set(key, new ArrayList<>());
                }
                byPrefix.get(key).add(new Entry(w.toLowerCase(Locale.ROOT), r));
            }
        }
        hits = new int[rules.size()][16];
        hitCount = new int[rules.size()];
        index(text, bytes);
    }

    private void index(String text, byte[] bytes) {
        int n = text.length();
        boolean[] letters = LETTERS;
        boolean prevLetter = false;
        for (int i = 0; i < n; i++) {
            char c = (char) (bytes[i] & 0xff);
            boolean letter = letters[c];
            if (letter && !prevLetter) {
                int key = key(c, i + 1 < n ? (char) (bytes[i + 1] & 0xff) : ' ');
                List<Entry> entries = byPrefix.get(key);
                if (entries != null) {
                    match(text, i, entries);
                }
            }
            prevLetter = letter;
        }
    }

    private void match(String text, int at, List<Entry> entries) {
        for (Entry e : entries) {
            String w = e.word();
            int end = at + w.length();
            if (end <= text.length() && text.regionMatches(true, at, w, 0, w.length())
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
        ContextRule rule = rules.get(r);
        int from = start - rule.before();
        int to = end + rule.after();
        int[] h = hits[r];
        // Hits are distinct, so the insertion point is the first hit at or after from.
        int found = Arrays.binarySearch(h, 0, hitCount[r], from);
        int lo = found >= 0 ? found : -found - 1;
        return lo < hitCount[r] && h[lo] <= to;
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
