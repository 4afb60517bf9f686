package io.piiscanner.core.detect;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A window of input handed to detectors.
 *
 * <p>Input is treated as bytes: each byte is one {@code char} (ISO-8859-1), so offsets into the
 * text are byte offsets into the input, invalid UTF-8 can never fail decoding, and every pattern
 * that matters here (digits, ASCII letters, punctuation) matches as usual. Non-ASCII letters
 * appear as their UTF-8 bytes, which are never word characters.
 *
 * <p>Detectors report candidates that start in {@code [scanStart, scanEnd)}. The characters
 * before {@code scanStart} and after {@code scanEnd} are there for look-around only.
 *
 * <p>Behind the window, one classifying pass ({@link Tokenizer}) reads its tokens, word starts and
 * digit clusters the first time a gate or a {@link MatchStart} needs them.
 *
 * <p>Not thread-safe: a window is scanned by one thread, and its {@link #regions gate regions}
 * are computed once and shared by the detectors that use the same gate.
 */
public final class ScanText {

    /** Keeps or drops a gate region; lets the engine skip regions no candidate could survive. */
    @FunctionalInterface
    public interface RegionFilter {
        boolean keep(int start, int end);
    }

    private final String text;
    /** The same characters as bytes: the gate loops read them without String's per-char checks. */
    private final byte[] bytes;

    private final int scanStart;
    private final int scanEnd;
    private final WindowWorkspace workspace;
    private final Shared shared;
    private final RegionFilter filter;

    /** What a window and its filtered views share, each computed once: its tokens and gate regions. */
    private static final class Shared {
        final Map<Gate, int[]> regions = new HashMap<>();
        Tokens tokens;
    }

    public ScanText(String text, int scanStart, int scanEnd) {
        this(text, text.getBytes(StandardCharsets.ISO_8859_1), scanStart, scanEnd);
    }

    /**
     * A window over {@code bytes}, of which {@code text} is the ISO-8859-1 decoding of the first
     * {@code text.length()} bytes; lets the engine pass its buffer without a second copy.
     */
    public ScanText(String text, byte[] bytes, int scanStart, int scanEnd) {
        this(text, bytes, scanStart, scanEnd, null);
    }

    /**
     * As {@link #ScanText(String, byte[], int, int)}, with its token arrays in {@code workspace}
     * (see {@link WindowWorkspace}); a null workspace gives the window arrays of its own.
     */
    public ScanText(String text, byte[] bytes, int scanStart, int scanEnd, WindowWorkspace workspace) {
        if (scanStart < 0 || scanEnd < scanStart || scanEnd > text.length() || bytes.length < text.length()) {
            throw new IllegalArgumentException("bad scan range " + scanStart + ".." + scanEnd);
        }
        this.text = text;
        this.bytes = bytes;
        this.scanStart = scanStart;
        this.scanEnd = scanEnd;
        this.workspace = workspace != null ? workspace : new WindowWorkspace();
        this.shared = new Shared();
        this.filter = null;
    }

    private ScanText(ScanText window, RegionFilter filter) {
        this.text = window.text;
        this.bytes = window.bytes;
        this.scanStart = window.scanStart;
        this.scanEnd = window.scanEnd;
        this.workspace = window.workspace;
        this.shared = window.shared;
        this.filter = filter;
    }

    /** The same window, sharing its gate computations, whose regions also pass {@code filter}. */
    public ScanText filtered(RegionFilter regionFilter) {
        return new ScanText(this, regionFilter);
    }

    /**
     * Whether this view's region filter keeps a candidate spanning {@code [start, end)}, as it
     * keeps regions; always true without a filter. Lets a detector whose candidates cost much to
     * confirm skip, inside a region the filter keeps, those that the engine would drop.
     */
    public boolean keeps(int start, int end) {
        return filter == null || filter.keep(start, end);
    }

    /** A text whose whole length is scanned. */
    public static ScanText of(String text) {
        return new ScanText(text, 0, text.length());
    }

    /** The window, including look-around on both sides. */
    public String text() {
        return text;
    }

    /** Where the scanned range starts: candidates start at or after it. */
    public int scanStart() {
        return scanStart;
    }

    /** Where the scanned range ends: candidates start before it. */
    public int scanEnd() {
        return scanEnd;
    }

    /** The window's length, look-around included. */
    public int length() {
        return text.length();
    }

    /** The character at {@code i}: one byte of the input. */
    public char charAt(int i) {
        return text.charAt(i);
    }

    /** The window's bytes; {@code text} is their ISO-8859-1 reading. Not to be modified. */
    byte[] bytes() {
        return bytes;
    }

    /**
     * The regions where a gate lets candidates be, as {@code [start0, end0, start1, end1, ...]}:
     * sorted, not overlapping, within the text, and only those that can hold a candidate starting
     * in the scanned range.
     */
    public int[] regions(Gate gate) {
        int[] all = gateRegions(gate);
        if (filter == null) {
            return all;
        }
        int[] kept = new int[all.length];
        int n = 0;
        for (int i = 0; i < all.length; i += 2) {
            if (filter.keep(all[i], all[i + 1])) {
                kept[n++] = all[i];
                kept[n++] = all[i + 1];
            }
        }
        return n == all.length ? all : Arrays.copyOf(kept, n);
    }

    /**
     * The gate's regions before this view's filter, computed once per window. Not with
     * {@code computeIfAbsent}: a {@link Gate#narrowedTo narrowed} gate's regions are computed from
     * those of another gate, which this then adds to the map.
     */
    int[] gateRegions(Gate gate) {
        int[] all = shared.regions.get(gate);
        if (all == null) {
            all = GateRegions.of(gate, this);
            shared.regions.put(gate, all);
        }
        return all;
    }

    /**
     * The number of runs of ASCII letters in the window: the word starts at which context words
     * are looked for ({@link #wordStart}), in order. From the classifying pass.
     */
    public int wordStartCount() {
        return tokens().wordCount();
    }

    /** Where word {@code k} starts, for {@code k} below {@link #wordStartCount()}. */
    public int wordStart(int k) {
        return tokens().wordStart(k);
    }

    /** The window's tokens, word starts and digit clusters: its classifying pass, run when first asked for. */
    Tokens tokens() {
        Tokens tokens = shared.tokens;
        if (tokens == null) {
            tokens = Tokenizer.tokenize(bytes, text.length(), workspace);
            shared.tokens = tokens;
        }
        return tokens;
    }

    /**
     * A scratch array of at least {@code length} ints for one detector's use at a time, such as
     * the positions {@link MatchStart} tries: the workspace's, reused from window to window.
     */
    int[] scratch(int length) {
        return workspace.scratch(length);
    }
}
