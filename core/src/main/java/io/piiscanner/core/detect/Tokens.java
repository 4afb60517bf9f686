package io.piiscanner.core.detect;

import io.piiscanner.core.swar.Swar;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What a window's one classifying pass ({@link Tokenizer}) reads off its bytes: its tokens with
 * their {@link Leads leads}, its word starts and its digit clusters. A token is a maximal run of
 * ASCII letters and digits, or one of {@code + ( : /} that does not follow a letter or digit. Every
 * built-in pattern starts a match at a token's start (see {@link MatchStart}), so matching is only
 * tried there.
 *
 * <p>The arrays are shared, not copied: the first {@link #count()} (or {@link #wordCount()}) of
 * each are valid and none is to be modified.
 */
final class Tokens {

    /** Digit gates needing this many digits or more read only the clusters that have as many. */
    private static final int LONG_CLUSTER = 7;

    private final int count;
    private final int[] starts;
    private final int[] ends;
    private final byte[] leads;
    private final int words;
    private final int[] wordStarts;
    private final int[] clusters;
    /** The {@link #clusters} with at least {@link #LONG_CLUSTER} digits, listed when first asked for. */
    private int[] longClusters;

    private final Map<Leads, int[]> startsByLeads = new HashMap<>();

    Tokens(int count, int[] starts, int[] ends, byte[] leads, int words, int[] wordStarts, int[] clusters) {
        this.count = count;
        this.starts = starts;
        this.ends = ends;
        this.leads = leads;
        this.words = words;
        this.wordStarts = wordStarts;
        this.clusters = clusters;
    }

    /** The number of tokens in the window. */
    int count() {
        return count;
    }

    /** Where each token starts, sorted. */
    int[] starts() {
        return starts;
    }

    /** Where each token ends. */
    int[] ends() {
        return ends;
    }

    /** Each token's {@link Leads lead}. */
    byte[] leads() {
        return leads;
    }

    /** The number of runs of ASCII letters in the window: the word starts. */
    int wordCount() {
        return words;
    }

    /** Where run of letters {@code k} starts, for {@code k} below {@link #wordCount()}. */
    int wordStart(int k) {
        return wordStarts[k];
    }

    /**
     * Digit clusters (digit runs joined by a few separators, see {@link Tokenizer}) as {@code
     * [start, end, digitCount, ...]}: every cluster with at least {@code minDigits} digits, and
     * perhaps shorter ones. Most gates need seven digits or more: they read only the clusters that
     * have as many, listed once.
     */
    int[] clusters(int minDigits) {
        if (minDigits < LONG_CLUSTER) {
            return clusters;
        }
        if (longClusters == null) {
            int[] out = new int[clusters.length];
            int n = 0;
            for (int i = 0; i < clusters.length; i += 3) {
                if (clusters[i + 2] >= LONG_CLUSTER) {
                    out[n++] = clusters[i];
                    out[n++] = clusters[i + 1];
                    out[n++] = clusters[i + 2];
                }
            }
            longClusters = Arrays.copyOf(out, n);
        }
        return longClusters;
    }

    /**
     * The starts of the tokens whose lead is in {@code leads}, sorted, in an array of their own
     * length. Computed once per window for each set, by one pass over the leads (a byte per token),
     * so that a detector visits only the tokens it could start on.
     */
    int[] startsLeading(Leads wanted) {
        return startsByLeads.computeIfAbsent(wanted, this::filterStarts);
    }

    private int[] filterStarts(Leads wanted) {
        // In locals, as the loops read them on every token.
        byte[] lead = leads;
        int[] at = starts;
        int tokens = count;
        int[] out = new int[256];
        int n = 0;
        int k = 0;
        int single = wanted.single();
        if (single >= 0) {
            // One lead, such as an IBAN's two letters and more: eight leads compared at a time.
            long repeated = Swar.repeat((byte) single);
            for (; k + 8 <= tokens; k += 8) {
                long hits = Swar.zeroBytes(Swar.word(lead, k) ^ repeated);
                while (hits != 0) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = at[k + (Long.numberOfTrailingZeros(hits) >>> 3)];
                    hits &= hits - 1;
                }
            }
        }
        boolean[] ok = single >= 0 ? null : wanted.table();
        for (; k < tokens; k++) {
            if (ok == null ? (lead[k] & 0xff) == single : ok[lead[k] & 0xff]) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = at[k];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The index of the first element of the sorted {@code a[0, count)} at or after {@code pos},
     * searching from index {@code k} on ({@code count} if none): galloping, so that walking a
     * window's regions in order costs little however far apart they are.
     */
    static int lowerBound(int[] a, int count, int k, int pos) {
        // Regions are usually near one another: look at the next few before searching.
        for (int end = Math.min(count, k + 4); k < end; k++) {
            if (a[k] >= pos) {
                return k;
            }
        }
        int lo = k;
        int step = 1;
        while (lo + step < count && a[lo + step] < pos) {
            lo += step;
            step <<= 1;
        }
        int hi = Math.min(count, lo + step);
        if (lo >= hi) {
            return lo;
        }
        // Elements are distinct, so the insertion point is the first at or after pos.
        int found = Arrays.binarySearch(a, lo, hi, pos);
        return found >= 0 ? found : -found - 1;
    }
}
