package io.piiscanner.core.detect;

/**
 * The arrays of a window's classifying pass, kept for the next window: a scanner that reads one
 * window after another passes the same workspace to each {@link ScanText}, and its windows
 * allocate no token arrays (a few megabytes per window otherwise, most of the pass's cost in
 * zeroing and page faults). A workspace serves one window at a time: the window it served before
 * is not to be used after it serves the next.
 */
public final class WindowWorkspace {
    // Read by the Tokenizer after reserve: the first tokens and words of each are the window's.
    int[] starts = new int[0];
    int[] ends = new int[0];
    byte[] leads = new byte[0];
    int[] wordStarts = new int[0];
    private int[] scratch = new int[0];

    /** Makes room for this many tokens and word starts, growing by half at least. */
    void reserve(int tokens, int words) {
        if (starts.length < tokens) {
            int capacity = Math.max(tokens, starts.length + (starts.length >> 1));
            starts = new int[capacity];
            ends = new int[capacity];
            leads = new byte[capacity];
        }
        if (wordStarts.length < words) {
            wordStarts = new int[Math.max(words, wordStarts.length + (wordStarts.length >> 1))];
        }
    }

    /**
     * A scratch array of at least {@code length} ints for one detector's use at a time, such as
     * the positions {@link MatchStart} tries, reused from window to window.
     */
    int[] scratch(int length) {
        if (scratch.length < length) {
            scratch = new int[Math.max(length, scratch.length + (scratch.length >> 1))];
        }
        return scratch;
    }
}
