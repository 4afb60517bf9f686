package io.piiscanner.core.detect;

import java.util.Arrays;

/**
 * The window's one classifying pass: its {@link Tokens tokens} with their {@link Leads leads}, its
 * word starts and its digit clusters (digit runs joined by one to {@link #MAX_GAP} of {@code "
 * \t-./(),+"}), read off the window's {@link ByteClasses} bitmaps a word of 64 bytes at a time.
 * Every byte of the input goes through here once, so it works on runs of bits rather than on
 * characters.
 */
final class Tokenizer {

    /** The most characters between two digit runs of one cluster. */
    static final int MAX_GAP = 3;

    /** Characters that may separate the digit groups of one cluster. */
    static final CharClass GAP_CHARS = CharClass.of(" -./(),+\t");

    private static final boolean[] GAP = new boolean[256];

    static {
        for (char c = 0; c < GAP.length; c++) {
            GAP[c] = GAP_CHARS.contains(c);
        }
    }

    private Tokenizer() {}

    /** Classifies {@code b[0, n)}, keeping the token arrays in {@code workspace}. */
    static Tokens tokenize(byte[] b, int n, WindowWorkspace workspace) {
        ByteClasses classes = ByteClasses.of(b, n);
        long[] alnum = classes.alnum;
        long[] digits = classes.digits;
        long[] letters = classes.letters;
        long[] marks = classes.marks;
        int words = classes.words();
        // Counted first, so that each array is allocated once at its size.
        int tokenCount = 0;
        int runCount = 0;
        int wordCount = 0;
        long carry = 0;
        long digitCarry = 0;
        long letterCarry = 0;
        for (int word = 0; word < words; word++) {
            long a = alnum[word];
            long d = digits[word];
            long l = letters[word];
            tokenCount += Long.bitCount((a | marks[word]) & ~(a << 1 | carry));
            runCount += Long.bitCount(d & ~(d << 1 | digitCarry));
            wordCount += Long.bitCount(l & ~(l << 1 | letterCarry));
            carry = a >>> 63;
            digitCarry = d >>> 63;
            letterCarry = l >>> 63;
        }
        workspace.reserve(tokenCount, wordCount);
        int[] wordStarts = workspace.wordStarts;
        int w = 0;
        letterCarry = 0;
        for (int word = 0; word < words; word++) {
            long l = letters[word];
            long runStarts = l & ~(l << 1 | letterCarry);
            letterCarry = l >>> 63;
            while (runStarts != 0) {
                wordStarts[w++] = (word << 6) + Long.numberOfTrailingZeros(runStarts);
                runStarts &= runStarts - 1;
            }
        }
        int[] starts = workspace.starts;
        int[] ends = workspace.ends;
        byte[] leads = workspace.leads;
        int count = 0;
        Clusters clusters = new Clusters(runCount);
        // Whether the byte before the current word is alphanumeric, or a digit.
        long alnumBefore = 0;
        long digitBefore = 0;
        for (int word = 0; word < words; word++) {
            long a = alnum[word];
            long d = digits[word];
            long afterAlnum = a << 1 | alnumBefore;
            long runStarts = d & ~(d << 1 | digitBefore);
            alnumBefore = a >>> 63;
            digitBefore = d >>> 63;
            int base = word << 6;
            while (runStarts != 0) {
                int p = base + Long.numberOfTrailingZeros(runStarts);
                runStarts &= runStarts - 1;
                clusters.add(b, p, classes.nextClear(digits, p));
            }
            // A token starts on a letter or digit after none, or on a mark after none.
            long tokens = (a | marks[word]) & ~afterAlnum;
            while (tokens != 0) {
                int bit = Long.numberOfTrailingZeros(tokens);
                tokens &= tokens - 1;
                int p = base + bit;
                int end;
                int lead;
                if ((marks[word] >>> bit & 1) != 0) {
                    end = p + 1;
                    lead = 0;
                } else {
                    boolean letter = (letters[word] >>> bit & 1) != 0;
                    int firstRunEnd = classes.nextClear(letter ? letters : digits, p);
                    end = isSet(alnum, firstRunEnd) ? classes.nextClear(alnum, firstRunEnd) : firstRunEnd;
                    lead = Math.min(Leads.MAX_LEAD, firstRunEnd - p)
                            + (letter ? Leads.LETTER_RUN : 0)
                            + (end > firstRunEnd ? Leads.MORE : 0);
                }
                starts[count] = p;
                ends[count] = end;
                leads[count++] = (byte) lead;
            }
        }
        return new Tokens(count, starts, ends, leads, wordCount, wordStarts, clusters.toArray());
    }

    private static boolean isSet(long[] bits, int p) {
        return (bits[p >>> 6] >>> p & 1) != 0;
    }

    /** The digit clusters of {@link #tokenize}, as {@code [start, end, digitCount, ...]}. */
    private static final class Clusters {
        private final int[] a;
        private int n;

        Clusters(int runs) {
            a = new int[3 * runs];
        }

        /** Adds the digit run {@code [start, end)}, after every run before it. */
        void add(byte[] b, int start, int end) {
            if (n > 0 && joins(b, a[n - 2], start)) {
                a[n - 2] = end;
                a[n - 1] += end - start;
            } else {
                a[n++] = start;
                a[n++] = end;
                a[n++] = end - start;
            }
        }

        int[] toArray() {
            return n == a.length ? a : Arrays.copyOf(a, n);
        }
    }

    /** Whether the digits starting at {@code next} continue a cluster ending at {@code end}. */
    private static boolean joins(byte[] b, int end, int next) {
        if (next - end > MAX_GAP) {
            return false;
        }
        for (int j = end; j < next; j++) {
            if (!GAP[b[j] & 0xff]) {
                return false;
            }
        }
        return true;
    }
}
